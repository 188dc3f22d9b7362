import { getTranslation } from '@payloadcms/translations'
import type { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'
import type { Lang } from '../../../admin-ui/lang'
import type { SiteText } from './site-text'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/** The commune's `site` group, as the admin receives it. */
export type SiteData = {
  state?: string | null
  liveSince?: string | null
  lastBuildMs?: number | null
  pages?: number | null
  builds?: number | null
  error?: string | null
  errorPage?: string | null
}

export const SITE_STATE_PILL: Record<string, PillStyle> = {
  none: 'light-gray',
  queued: 'warning',
  building: 'warning',
  live: 'success',
  failed: 'error',
}

type Option = string | { label: unknown; value: string }
/** The translated label of a select option, from the field config the admin received. */
export const optionLabel = (
  options: readonly Option[] | undefined,
  value: string,
  i18n: Parameters<typeof getTranslation>[1],
): string => {
  const option = options?.find((o) => (typeof o === 'string' ? o : o.value) === value)
  if (!option) return value
  if (typeof option === 'string') return option
  const label: unknown = getTranslation(option.label as Parameters<typeof getTranslation>[0], i18n)
  return typeof label === 'string' ? label : value
}

/** The province's time zone: the server and the browser format the same text (no hydration mismatch). */
const TIME_ZONE = 'Asia/Ho_Chi_Minh'
const dateParts = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

/** Vietnamese date-time, "dd/MM/yyyy HH:mm" (also fine in English). */
export const formatDateTime = (value: unknown): string => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(dateParts.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}

/** A build duration: "850 ms", "3,2 giây", "1 phút 05 giây" (English: "3.2 s", "1 min 05 s"). */
export const formatDuration = (ms: unknown, lang: Lang, text: SiteText): string => {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return ''
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) {
    const seconds = (Math.round(ms / 100) / 10).toFixed(1)
    return `${lang === 'vi' ? seconds.replace('.', ',') : seconds} ${text.seconds}`
  }
  const total = Math.round(ms / 1000)
  return `${Math.floor(total / 60)} ${text.minutes} ${String(total % 60).padStart(2, '0')} ${text.seconds}`
}
