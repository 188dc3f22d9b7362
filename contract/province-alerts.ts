/**
 * Where a built page takes the province's alerts (issue 14): an empty element the layout puts
 * after the header and menu, replaced by the sites server with the live alerts of the commune
 * as it serves the page, so an alert needs no rebuild to appear or to leave.
 */
export const PROVINCE_ALERTS_MARKER = '<div class="province-alerts" data-province-alerts></div>'
