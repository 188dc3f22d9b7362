/**
 * Lịch nghỉ lễ: Vietnam's public holidays (lunar ones included) and the days off the government
 * announces, for the 5-working-day rule (issue 12).
 *
 * Exports, for other features (oversight counts late and overdue disclosures with them):
 * - `workingDayCalendar(payload): Promise<{ holidays: string[]; workdays: string[] }>`: ISO days off
 *   and make-up working days in force (statutory days computed, the province's entries applied;
 *   cached, cleared when an entry changes). Pass it as the `holidays` argument of cms/lib/working-days.
 * - `publicationDeadline(payload, decision: Date): Promise<Date>`: the end of the 5th working day
 *   after the decision (Vietnam time).
 * - `HOLIDAYS_SLUG`: the collection of entries ('holidays').
 * Endpoints (signed-in users): GET /api/working-days/calendar?year=YYYY, GET /api/working-days/deadline?decision=ISO.
 * The plugin adds the collection, closes the disclosures' publication date to every client and
 * puts the calendar under `config.custom[CALENDAR_CONFIG_KEY]` for the on-time hook.
 */
import type { Plugin } from 'payload'
import { withCollections } from '../../collections/extend'
import { CALENDAR_CONFIG_KEY } from '../../lib/working-days'
import { workingDayCalendar } from './calendar'
import { Holidays } from './collection'
import { withServerPublicationDate } from './disclosure-fields'
import { calendarEndpoint, deadlineEndpoint } from './endpoints'

export { publicationDeadline, workingDayCalendar } from './calendar'
export { HOLIDAYS_SLUG } from './collection'

export const holidaysPlugin = (): Plugin => (config) => {
  const collections = withCollections(config, { disclosures: withServerPublicationDate })
  return {
    ...config,
    collections: [...collections, Holidays],
    endpoints: [...(config.endpoints ?? []), calendarEndpoint, deadlineEndpoint],
    custom: { ...config.custom, [CALENDAR_CONFIG_KEY]: workingDayCalendar },
  }
}
