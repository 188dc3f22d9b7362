/**
 * Working-day arithmetic for publication deadlines (e.g. a decision must be
 * published within 5 working days). Calendar days are taken in
 * Asia/Ho_Chi_Minh (UTC+7, no DST), so a decision signed at 23:30 local time
 * counts for that local day even though it is the previous day in UTC.
 */

const DAY_MS = 86_400_000
// Vietnam has used UTC+7 without daylight saving since 1975, so a fixed
// offset is exact and avoids depending on the runtime's ICU time-zone data.
const VN_OFFSET_MS = 7 * 3_600_000

/** Fixed-date public holidays (MM-DD): New Year, Reunification Day, Labour Day, National Day. */
export const VIETNAM_FIXED_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02']

/**
 * The fixed-date holidays of `year` as ISO dates. Lunar holidays (Tết, Hùng
 * Kings), the extra National Day day and compensatory days-off change every
 * year and must be supplied by the caller.
 */
export function fixedHolidaysForYear(year: number): string[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`)
  const y = String(year).padStart(4, '0')
  return VIETNAM_FIXED_HOLIDAYS.map((mmdd) => `${y}-${mmdd}`)
}

/** Days since 1970-01-01 of the Vietnam-local calendar day containing `date`. */
function localDayNumber(date: Date): number {
  const t = date.getTime()
  if (Number.isNaN(t)) throw new RangeError('Invalid date')
  return Math.floor((t + VN_OFFSET_MS) / DAY_MS)
}

function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Predicate for holidays. Without a list, the fixed-date holidays of every
 * year apply; with a list, exactly that list applies (pass [] for weekends only).
 */
function holidayChecker(holidays: readonly string[] | undefined): (day: number) => boolean {
  if (holidays === undefined) {
    const fixed = new Set(VIETNAM_FIXED_HOLIDAYS)
    return (day) => fixed.has(dayKey(day).slice(5))
  }
  for (const h of holidays) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(h)) throw new RangeError(`Holiday must be an ISO date YYYY-MM-DD: "${h}"`)
  }
  const set = new Set(holidays)
  return (day) => set.has(dayKey(day))
}

function isWorkingDay(day: number, isHoliday: (day: number) => boolean): boolean {
  const weekday = (day + 4) % 7 // 1970-01-01 was a Thursday; 0 = Sunday, 6 = Saturday
  return weekday !== 0 && weekday !== 6 && !isHoliday(day)
}

/**
 * The date `n` working days after (or, for negative n, before) `date`,
 * keeping the same local time of day. n = 0 returns a copy of `date`.
 */
export function addWorkingDays(date: Date, n: number, holidays?: readonly string[]): Date {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer: ${n}`)
  const isHoliday = holidayChecker(holidays)
  const start = localDayNumber(date)
  const step = n < 0 ? -1 : 1
  let day = start
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step
    if (isWorkingDay(day, isHoliday)) remaining--
  }
  return new Date(date.getTime() + (day - start) * DAY_MS)
}

/**
 * Working days after the local day of `from` up to and including the local
 * day of `to`; negative when `to` is earlier (counted the same way from `to`).
 */
export function workingDaysBetween(from: Date, to: Date, holidays?: readonly string[]): number {
  const isHoliday = holidayChecker(holidays)
  const a = localDayNumber(from)
  const b = localDayNumber(to)
  if (b < a) return -workingDaysBetween(to, from, holidays)
  let count = 0
  for (let day = a + 1; day <= b; day++) if (isWorkingDay(day, isHoliday)) count++
  return count
}

function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return date
}

/**
 * Whether a document was published no later than the n-th working day after
 * its decision date. Publication before the decision date is never valid.
 */
export function isPublishedWithinWorkingDays(
  decisionDate: Date | string,
  publicationDate: Date | string,
  n = 5,
  holidays?: readonly string[],
): boolean {
  const decision = toDate(decisionDate)
  const publication = toDate(publicationDate)
  if (localDayNumber(publication) < localDayNumber(decision)) return false
  return workingDaysBetween(decision, publication, holidays) <= n
}
