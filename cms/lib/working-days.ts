/**
 * Working-day arithmetic for publication deadlines (e.g. a decision must be
 * published within 5 working days). Calendar days are taken in
 * Asia/Ho_Chi_Minh (UTC+7, no DST), so a decision signed at 23:30 local time
 * counts for that local day even though it is the previous day in UTC.
 *
 * Without an explicit list, the days off are those of the Labour Code 2019 (art. 112), computed
 * for every year: the solar holidays, Tết (5 days) and the Hùng Kings' day from the Vietnamese
 * lunar calendar (date-holidays, which computes it at UTC+7, not China's UTC+8), the second
 * National Day day, and the day off in lieu of a holiday falling on a weekend. The government's
 * yearly announcement (days moved, make-up Saturdays) is the caller's: pass a WorkingDayCalendar.
 */
import Holidays from 'date-holidays'

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

const dayOfKey = (key: string): number => Date.parse(`${key}T00:00:00Z`) / DAY_MS
const isWeekend = (day: number): boolean => [0, 6].includes((day + 4) % 7) // 1970-01-01 was a Thursday

/** Days off and working days of a calendar as ISO dates; `workdays` are make-up Saturdays or days moved back to work. */
export type WorkingDayCalendar = { holidays: readonly string[]; workdays: readonly string[] }
type HolidayInput = readonly string[] | WorkingDayCalendar

const vietnam = new Holidays('VN', { types: ['public'] })
const statutoryCache = new Map<number, Set<string>>()

/** The Vietnam-local days from `start` (inclusive) to `end` (exclusive) of a date-holidays entry. */
function localDaysOf(entry: { start: Date; end: Date }): number[] {
  const days: number[] = []
  for (let day = localDayNumber(entry.start); day < localDayNumber(entry.end); day++) days.push(day)
  return days
}

/**
 * National Day has two days since 2021: 2 September and one next to it, which the Prime Minister
 * picks each year; the default takes the one that joins a weekend (as in 2021-2025), else the 3rd.
 */
function nationalDayNeighbour(year: number): number {
  const second = dayOfKey(`${year}-09-02`)
  const weekday = (second + 4) % 7
  return weekday === 2 || weekday === 5 || weekday === 6 ? second - 1 : second + 1
}

/**
 * Statutory days off of `year` (Labour Code 2019, art. 112) as sorted ISO dates: every public
 * holiday (Tết Dương lịch, Tết Nguyên đán's five days from the last day of the lunar year,
 * Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, Quốc khánh 2/9 and its neighbour), plus, for each of
 * them falling on a Saturday or Sunday, the next working day off in lieu (nghỉ bù, art. 112(3)).
 */
export function statutoryHolidaysForYear(year: number): string[] {
  return [...statutorySet(year)].sort()
}

function statutorySet(year: number): Set<string> {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`Invalid year: ${year}`)
  const cached = statutoryCache.get(year)
  if (cached) return cached
  const days = new Set<number>()
  for (const entry of vietnam.getHolidays(year)) for (const day of localDaysOf(entry)) days.add(day)
  if (year >= 2021) days.add(nationalDayNeighbour(year))
  for (const day of [...days].sort((a, b) => a - b)) {
    if (!isWeekend(day)) continue
    // In lieu: the first day after this holiday that is neither a weekend nor already off.
    let candidate = day + 1
    while (isWeekend(candidate) || days.has(candidate)) candidate++
    days.add(candidate)
  }
  const result = new Set([...days].map(dayKey))
  statutoryCache.set(year, result)
  return result
}

function checkedSet(dates: readonly string[]): Set<string> {
  for (const h of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(h)) throw new RangeError(`Holiday must be an ISO date YYYY-MM-DD: "${h}"`)
  }
  return new Set(dates)
}

/**
 * Whether a local day is a working day. Without a list, the statutory days off of every year
 * apply; with a list, exactly that list applies (pass [] for weekends only); with a calendar,
 * its days off apply and its working days are worked even on a weekend or a holiday.
 */
function workingDayChecker(holidays: HolidayInput | undefined): (day: number) => boolean {
  if (holidays === undefined)
    return (day) => !isWeekend(day) && !statutorySet(Number(dayKey(day).slice(0, 4))).has(dayKey(day))
  const calendar: WorkingDayCalendar = Array.isArray(holidays)
    ? { holidays: holidays as readonly string[], workdays: [] }
    : (holidays as WorkingDayCalendar)
  const off = checkedSet(calendar.holidays)
  const worked = checkedSet(calendar.workdays)
  return (day) => worked.has(dayKey(day)) || (!isWeekend(day) && !off.has(dayKey(day)))
}

/** Whether the Vietnam-local day of `date` is a working day under `holidays` (see workingDayChecker). */
export function isWorkingDate(date: Date, holidays?: HolidayInput): boolean {
  return workingDayChecker(holidays)(localDayNumber(date))
}

/**
 * The date `n` working days after (or, for negative n, before) `date`,
 * keeping the same local time of day. n = 0 returns a copy of `date`.
 */
export function addWorkingDays(date: Date, n: number, holidays?: HolidayInput): Date {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer: ${n}`)
  const isWorkingDay = workingDayChecker(holidays)
  const start = localDayNumber(date)
  const step = n < 0 ? -1 : 1
  let day = start
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step
    if (isWorkingDay(day)) remaining--
  }
  return new Date(date.getTime() + (day - start) * DAY_MS)
}

/**
 * Working days after the local day of `from` up to and including the local
 * day of `to`; negative when `to` is earlier (counted the same way from `to`).
 */
export function workingDaysBetween(from: Date, to: Date, holidays?: HolidayInput): number {
  const isWorkingDay = workingDayChecker(holidays)
  const a = localDayNumber(from)
  const b = localDayNumber(to)
  if (b < a) return -workingDaysBetween(to, from, holidays)
  let count = 0
  for (let day = a + 1; day <= b; day++) if (isWorkingDay(day)) count++
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
  holidays?: HolidayInput,
): boolean {
  const decision = toDate(decisionDate)
  const publication = toDate(publicationDate)
  if (localDayNumber(publication) < localDayNumber(decision)) return false
  return workingDaysBetween(decision, publication, holidays) <= n
}

/**
 * Where the config keeps the province's calendar: the holidays feature puts a function under this
 * key of Payload's server-only `config.custom`, so code below the features (the disclosures'
 * on-time hook) can read the calendar without importing the feature.
 */
export const CALENDAR_CONFIG_KEY = 'workingDayCalendar'

/** The function stored under CALENDAR_CONFIG_KEY: the calendar in force, given the Payload instance. */
export type WorkingDayCalendarSource = (payload: unknown) => Promise<WorkingDayCalendar>

/** The deadline: the end (23:59:59.999 local) of the n-th working day after the local day of `decision`. */
export function workingDayDeadline(decision: Date | string, n = 5, holidays?: HolidayInput): Date {
  const day = addWorkingDays(toDate(decision), n, holidays)
  return new Date((localDayNumber(day) + 1) * DAY_MS - VN_OFFSET_MS - 1)
}
