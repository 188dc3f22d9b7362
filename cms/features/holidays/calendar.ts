import type { Payload } from 'payload'
import { statutoryHolidaysForYear, type WorkingDayCalendar, workingDayDeadline } from '../../lib/working-days'
import { type HolidayKind, localDayKey } from './kinds'

/** Statutory years always in the calendar around the current one; entries' years are added. */
const YEARS_BEFORE = 6
const YEARS_AFTER = 2
/** Another server process may change the entries: a cached calendar is read again after this. */
const CACHE_MS = 5 * 60_000

let cached: { at: number; calendar: Promise<WorkingDayCalendar> } | undefined

/** Forgets the cached calendar: the entries changed. */
export const clearCalendarCache = (): void => {
  cached = undefined
}

type Entry = { day?: string | null; date?: string | null; kind?: HolidayKind | null }

/** The statutory days of the years around now and of the entries' years, with the entries applied. */
export const mergeCalendar = (entries: Entry[], now = new Date()): WorkingDayCalendar => {
  const days = entries
    .map((e) => ({ day: e.day || (e.date ? localDayKey(e.date) : ''), kind: e.kind }))
    .filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.day))
  const year = now.getUTCFullYear()
  const years = new Set<number>()
  for (let y = year - YEARS_BEFORE; y <= year + YEARS_AFTER; y++) years.add(y)
  for (const e of days) years.add(Number(e.day.slice(0, 4)))
  const holidays = new Set<string>()
  for (const y of years) for (const day of statutoryHolidaysForYear(y)) holidays.add(day)
  const workdays = new Set<string>()
  for (const e of days) {
    if (e.kind === 'lam-bu') workdays.add(e.day)
    else holidays.add(e.day)
  }
  for (const day of workdays) holidays.delete(day)
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort() }
}

const readCalendar = async (payload: Payload): Promise<WorkingDayCalendar> => {
  const { docs } = await payload.find({
    collection: 'holidays' as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return mergeCalendar(docs as unknown as Entry[])
}

/**
 * The working-day calendar in force: the statutory days off (Tết and Hùng Kings from the lunar
 * calendar) of the years around now, plus the province's Lịch nghỉ lễ. Cached; an entry's
 * change clears the cache. `workdays` are days worked although weekend or holiday (làm bù).
 */
export const workingDayCalendar = async (payload: Payload): Promise<WorkingDayCalendar> => {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    const calendar = readCalendar(payload)
    cached = { at: Date.now(), calendar }
    calendar.catch(() => clearCalendarCache())
  }
  return cached.calendar
}

/** The last instant a decision may be published in time: the end of its 5th working day, Vietnam time. */
export const publicationDeadline = async (payload: Payload, decision: Date): Promise<Date> =>
  workingDayDeadline(decision, 5, await workingDayCalendar(payload))
