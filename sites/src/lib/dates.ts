/** Dates as Vietnamese readers expect them, in Vietnam's time zone whatever the build machine's. */
const TZ = 'Asia/Ho_Chi_Minh'
const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' })
const timeFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hour12: false })
const yearFmt = new Intl.DateTimeFormat('en-US', { timeZone: TZ, year: 'numeric' })

/** "05/03/2025" */
export const formatDate = (iso: string | null | undefined): string => (iso ? dateFmt.format(new Date(iso)) : '')
/** "08:30, 05/03/2025" */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? `${timeFmt.format(new Date(iso))}, ${dateFmt.format(new Date(iso))}` : ''
/** The year in Vietnam (a document issued at 01:00 on 1 January local time belongs to that year). */
export const yearOf = (iso: string): string => yearFmt.format(new Date(iso))
/** RFC 822, for RSS. */
export const rfc822 = (iso: string): string => new Date(iso).toUTCString()
