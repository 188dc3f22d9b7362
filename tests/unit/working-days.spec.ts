import { describe, it, expect } from 'vitest'
import {
  addWorkingDays,
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
    // Decision Fri 2024-08-30; Mon 09-02 is a holiday, so the 5th working day is Mon 09-09.
    expect(isPublishedWithinWorkingDays('2024-08-30T10:00:00+07:00', '2024-09-09T10:00:00+07:00')).toBe(true)
    expect(isPublishedWithinWorkingDays('2024-08-30T10:00:00+07:00', '2024-09-10T10:00:00+07:00')).toBe(false)
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
