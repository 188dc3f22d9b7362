/**
 * Calendar arithmetic of the oversight table, in Vietnam's local time (UTC+7, no daylight
 * saving): month keys, the last 12 months, "N days ago".
 */
const VN_OFFSET_MS = 7 * 3_600_000
export const DAY_MS = 86_400_000

/** "YYYY-MM" of the local month containing `date`. */
export const monthKey = (date: Date): string => new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 7)

/** The last `count` local months, oldest first, ending with the month of `now`. */
export const lastMonths = (now: Date, count = 12): string[] => {
  const local = new Date(now.getTime() + VN_OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth()
  const keys: string[] = []
  for (let i = count - 1; i >= 0; i--) keys.push(new Date(Date.UTC(year, month - i, 1)).toISOString().slice(0, 7))
  return keys
}

/** The instant the local month `key` ("YYYY-MM") starts. */
export const monthStart = (key: string): Date => new Date(Date.parse(`${key}-01T00:00:00Z`) - VN_OFFSET_MS)

export const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS)

/** dd/MM/yyyy HH:mm in Vietnam's time, the admin's date format. */
export const formatDateTimeVi = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString()
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`
}

/** dd/MM/yyyy in Vietnam's time. */
export const formatDateVi = (iso: string | null | undefined): string => formatDateTimeVi(iso).slice(0, 10)
