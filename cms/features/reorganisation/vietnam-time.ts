/** Times as the province reads them: dd/MM/yyyy HH:mm on a 24-hour clock, in Vietnam (UTC+7, no DST). */
const VN_OFFSET_MS = 7 * 3600 * 1000

export const formatVietnamTime = (iso: string | Date | null | undefined): string => {
  if (!iso) return ''
  const time = new Date(iso).getTime()
  if (Number.isNaN(time)) return ''
  const d = new Date(time + VN_OFFSET_MS).toISOString()
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`
}

/**
 * A date ("31/12/2026") and a time ("07:30", 24-hour) typed in Vietnam's time, as an ISO instant;
 * null when either is not a real date or time (31/02 included).
 */
export const vietnamDateTimeToIso = (date: string, time: string): string | null => {
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim())
  const t = /^(\d{1,2})[:h](\d{2})$/.exec(time.trim())
  if (!d || !t) return null
  const [day, month, year, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as number[]
  if (hour! > 23 || minute! > 59) return null
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!) - VN_OFFSET_MS
  const back = new Date(utc + VN_OFFSET_MS)
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month! - 1) return null
  return new Date(utc).toISOString()
}

/** "about 3 minutes" in Vietnamese. */
export const durationVi = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} giây`
  const minutes = Math.round(s / 60)
  if (minutes < 60) return `${minutes} phút`
  return `${Math.floor(minutes / 60)} giờ ${minutes % 60} phút`
}
