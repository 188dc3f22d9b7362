/** The kinds of a Lịch nghỉ lễ entry: two days off, one working day. */
export const HOLIDAY_KINDS = [
  { value: 'ngay-nghi', label: { vi: 'Ngày nghỉ', en: 'Day off' } },
  { value: 'nghi-bu', label: { vi: 'Nghỉ bù', en: 'Day off in lieu' } },
  { value: 'lam-bu', label: { vi: 'Làm bù', en: 'Make-up working day' } },
] as const

export type HolidayKind = (typeof HOLIDAY_KINDS)[number]['value']

/** The Vietnam-local calendar day (UTC+7, no DST) of an instant, as YYYY-MM-DD. */
export const localDayKey = (value: string | Date): string =>
  new Date(new Date(value).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
