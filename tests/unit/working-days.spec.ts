import { describe, it, expect } from 'vitest'
import { mergeCalendar } from '../../cms/features/holidays/calendar'
import {
  addWorkingDays,
  isWorkingDate,
  statutoryHolidaysForYear,
  workingDayDeadline,
  fixedHolidaysForYear,
  isPublishedWithinWorkingDays,
  VIETNAM_FIXED_HOLIDAYS,
  workingDaysBetween,
} from '../../cms/lib/working-days'

// Vietnam local time (UTC+7) helper.
const vn = (isoLocal: string): Date => new Date(`${isoLocal}+07:00`)

describe('fixed holidays', () => {
  it('expands the fixed-date list for a year', () => {
    expect(VIETNAM_FIXED_HOLIDAYS).toEqual(['01-01', '04-30', '05-01', '09-02'])
    expect(fixedHolidaysForYear(2025)).toEqual(['2025-01-01', '2025-04-30', '2025-05-01', '2025-09-02'])
  })
})

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    // Fri 2024-03-08 + 1 working day = Mon 2024-03-11, same local time.
    expect(addWorkingDays(vn('2024-03-08T09:30:00'), 1, [])).toEqual(vn('2024-03-11T09:30:00'))
    expect(addWorkingDays(vn('2024-03-08T09:30:00'), 5, [])).toEqual(vn('2024-03-15T09:30:00'))
    // Starting on a Saturday: first working day is Monday.
    expect(addWorkingDays(vn('2024-03-09T10:00:00'), 1, [])).toEqual(vn('2024-03-11T10:00:00'))
  })

  it('skips the default fixed holidays and explicit ones', () => {
    // Mon 2024-04-29 + 1: Tue 04-30 and Wed 05-01 are holidays -> Thu 05-02.
    expect(addWorkingDays(vn('2024-04-29T08:00:00'), 1)).toEqual(vn('2024-05-02T08:00:00'))
    // With an explicit empty list holidays are ignored.
    expect(addWorkingDays(vn('2024-04-29T08:00:00'), 1, [])).toEqual(vn('2024-04-30T08:00:00'))
    // Explicit list (e.g. Tết 2025 Mon 01-27 .. Fri 01-31).
    const tet = ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']
    expect(addWorkingDays(vn('2025-01-24T08:00:00'), 1, tet)).toEqual(vn('2025-02-03T08:00:00'))
  })

  it('uses the Vietnam calendar day, not the UTC one', () => {
    // 2024-03-08 23:30 in Vietnam is still Friday there (16:30 UTC Friday);
    // 2024-03-09 00:30 in Vietnam is Saturday (17:30 UTC Friday).
    expect(addWorkingDays(vn('2024-03-08T23:30:00'), 1, [])).toEqual(vn('2024-03-11T23:30:00'))
    expect(addWorkingDays(vn('2024-03-09T00:30:00'), 1, [])).toEqual(vn('2024-03-11T00:30:00'))
  })

  it('supports zero and negative n', () => {
    const d = vn('2024-03-11T08:00:00')
    const copy = addWorkingDays(d, 0)
    expect(copy).toEqual(d)
    expect(copy).not.toBe(d)
    expect(addWorkingDays(d, -1, [])).toEqual(vn('2024-03-08T08:00:00'))
  })

  it('rejects bad input', () => {
    expect(() => addWorkingDays(vn('2024-03-11T08:00:00'), 1.5)).toThrow(RangeError)
    expect(() => addWorkingDays(new Date('nope'), 1)).toThrow(RangeError)
    expect(() => addWorkingDays(vn('2024-03-11T08:00:00'), 1, ['30/04/2024'])).toThrow(/YYYY-MM-DD/)
  })
})

describe('workingDaysBetween', () => {
  it('counts working days after from up to and including to', () => {
    expect(workingDaysBetween(vn('2024-03-11T08:00:00'), vn('2024-03-11T17:00:00'), [])).toBe(0)
    expect(workingDaysBetween(vn('2024-03-08T08:00:00'), vn('2024-03-11T08:00:00'), [])).toBe(1)
    expect(workingDaysBetween(vn('2024-03-08T08:00:00'), vn('2024-03-15T08:00:00'), [])).toBe(5)
    expect(workingDaysBetween(vn('2024-03-09T08:00:00'), vn('2024-03-10T08:00:00'), [])).toBe(0)
    expect(workingDaysBetween(vn('2024-04-26T08:00:00'), vn('2024-05-03T08:00:00'))).toBe(3)
  })

  it('is consistent with addWorkingDays', () => {
    const from = vn('2024-08-28T08:00:00')
    for (const n of [1, 2, 5, 10, 30]) {
      expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n)
    }
  })

  it('is negative when to is before from', () => {
    expect(workingDaysBetween(vn('2024-03-15T08:00:00'), vn('2024-03-08T08:00:00'), [])).toBe(-5)
  })
})

describe('isPublishedWithinWorkingDays', () => {
  it('accepts publication up to the n-th working day', () => {
    const decision = vn('2024-03-08T15:00:00') // Friday
    expect(isPublishedWithinWorkingDays(decision, vn('2024-03-08T16:00:00'))).toBe(true)
    expect(isPublishedWithinWorkingDays(decision, vn('2024-03-15T23:59:00'))).toBe(true)
    expect(isPublishedWithinWorkingDays(decision, vn('2024-03-18T00:01:00'))).toBe(false)
    expect(isPublishedWithinWorkingDays(decision, vn('2024-03-12T08:00:00'), 1)).toBe(false)
  })

  it('extends the deadline over holidays', () => {
    // Decision Fri 2024-08-30; Mon 09-02 and Tue 09-03 (National Day's second day) are off, so the
    // 5th working day is Tue 09-10.
    expect(isPublishedWithinWorkingDays('2024-08-30T10:00:00+07:00', '2024-09-10T10:00:00+07:00')).toBe(true)
    expect(isPublishedWithinWorkingDays('2024-08-30T10:00:00+07:00', '2024-09-11T10:00:00+07:00')).toBe(false)
    // Without holidays the 5th working day would be Fri 09-06.
    expect(isPublishedWithinWorkingDays('2024-08-30T10:00:00+07:00', '2024-09-09T10:00:00+07:00', 5, [])).toBe(false)
    // Explicit extra holiday (09-03 in 2024) moves it one more day; date-only strings work too.
    const holidays = [...fixedHolidaysForYear(2024), '2024-09-03']
    expect(isPublishedWithinWorkingDays('2024-08-30', '2024-09-10', 5, holidays)).toBe(true)
    expect(isPublishedWithinWorkingDays('2024-08-30', '2024-09-11', 5, holidays)).toBe(false)
  })

  it('rejects publication before the decision', () => {
    expect(isPublishedWithinWorkingDays(vn('2024-03-11T08:00:00'), vn('2024-03-10T08:00:00'))).toBe(false)
  })
})

describe('statutory days off (Labour Code 2019, art. 112) with the lunar calendar', () => {
  it('knows Tết and the Hùng Kings of 2027 and the days off in lieu of the weekend', () => {
    const days = statutoryHolidaysForYear(2027)
    // Tết Đinh Mùi: mùng 1 is Sat 2027-02-06; the five days run from the last day of the year (Fri 02-05).
    for (const day of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'])
      expect(days).toContain(day)
    // Sat 06 and Sun 07 are Tết days on a weekend: Wed 10 and Thu 11 are off in lieu.
    expect(days).toContain('2027-02-10')
    expect(days).toContain('2027-02-11')
    expect(days).not.toContain('2027-02-12')
    // Giỗ Tổ Hùng Vương, 10/3 lunar: Fri 2027-04-16. 1/5 is a Saturday: Mon 05-03 off in lieu.
    expect(days).toContain('2027-04-16')
    expect(days).toContain('2027-05-03')
    expect(days).toEqual(expect.arrayContaining(['2027-01-01', '2027-04-30', '2027-05-01', '2027-09-02']))
  })

  it('matches the government announcements of 2025 and 2026 on the lunar days', () => {
    // Hùng Kings: Mon 2025-04-07; Sun 2026-04-26 with Mon 04-27 off in lieu.
    expect(statutoryHolidaysForYear(2025)).toContain('2025-04-07')
    expect(statutoryHolidaysForYear(2026)).toEqual(expect.arrayContaining(['2026-04-26', '2026-04-27']))
    // Tết Bính Ngọ: off from Sat 2026-02-14 to Sun 2026-02-22, nine days, no working day between.
    for (let d = 14; d <= 22; d++) expect(isWorkingDate(vn(`2026-02-${d}T09:00:00`))).toBe(false)
    expect(isWorkingDate(vn('2026-02-23T09:00:00'))).toBe(true)
    expect(isWorkingDate(vn('2026-02-13T09:00:00'))).toBe(true)
  })
})

describe('a decision crossing Tết 2027', () => {
  it('counts the 5 working days over Tết and the days off in lieu', () => {
    // Decision Wed 2027-02-03: Thu 04 is the 1st working day, then Fri 12, Mon 15, Tue 16, Wed 17.
    const decision = vn('2027-02-03T15:00:00')
    expect(addWorkingDays(decision, 5)).toEqual(vn('2027-02-17T15:00:00'))
    expect(workingDayDeadline(decision)).toEqual(vn('2027-02-17T23:59:59.999'))
    expect(isPublishedWithinWorkingDays(decision, vn('2027-02-17T16:00:00'))).toBe(true)
    expect(isPublishedWithinWorkingDays(decision, vn('2027-02-18T08:00:00'))).toBe(false)
    // Weekends alone would have ended it on Wed 02-10.
    expect(addWorkingDays(decision, 5, [])).toEqual(vn('2027-02-10T15:00:00'))
  })

  it('applies the days off and make-up working days the province enters', () => {
    const calendar = mergeCalendar(
      [
        { day: '2027-02-04', kind: 'ngay-nghi' },
        { day: '2027-02-20', kind: 'lam-bu' },
        { date: '2027-02-11T17:00:00.000Z', kind: 'nghi-bu' },
      ],
      new Date('2026-12-06T00:00:00Z'),
    )
    expect(calendar.holidays).toEqual(expect.arrayContaining(['2027-02-04', '2027-02-05', '2027-02-12', '2027-04-16']))
    expect(calendar.workdays).toEqual(['2027-02-20'])
    // Decision Wed 2027-02-03: 04 is now off too, 12 is off (entered as a date in UTC), so:
    // Mon 15, Tue 16, Wed 17, Thu 18, Fri 19 -> the 19th.
    expect(workingDayDeadline(vn('2027-02-03T10:00:00'), 5, calendar)).toEqual(vn('2027-02-19T23:59:59.999'))
    // Decision Wed 2027-02-17: Thu 18, Fri 19, Sat 20 (làm bù), Mon 22, Tue 23.
    expect(addWorkingDays(vn('2027-02-17T10:00:00'), 5, calendar)).toEqual(vn('2027-02-23T10:00:00'))
    expect(addWorkingDays(vn('2027-02-17T10:00:00'), 5)).toEqual(vn('2027-02-24T10:00:00'))
  })

  it('lets a make-up day override a computed day off', () => {
    const calendar = mergeCalendar([{ day: '2027-02-11', kind: 'lam-bu' }], new Date('2027-01-01T00:00:00Z'))
    expect(calendar.holidays).not.toContain('2027-02-11')
    expect(isWorkingDate(vn('2027-02-11T09:00:00'), calendar)).toBe(true)
    expect(isWorkingDate(vn('2027-02-10T09:00:00'), calendar)).toBe(false)
  })
})
