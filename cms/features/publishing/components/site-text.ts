import { getTranslation } from '@payloadcms/translations'
import { type Pill, useConfig, useTranslation } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/**
 * What the site-state components (list cells, site panel, rebuild panel) say, in the admin's
 * two languages. The state names come from the `site.state` field's options
 * (cms/collections/Communes.ts), so they are written once. Client-side only: it uses the
 * admin's hooks.
 */
const TEXT = {
  vi: {
    website: 'Trang web',
    liveSince: 'Hoạt động từ',
    lastBuild: 'Lần xây dựng gần nhất',
    buildTime: 'Thời gian xây dựng',
    pages: 'Số trang',
    builds: 'Số lần xây dựng',
    error: 'Lỗi lần xây dựng gần nhất',
    errorPage: 'Trang gây lỗi',
    errorMarker: 'Lỗi',
    previousFailed: 'Lần xây dựng trước bị lỗi',
    openSite: 'Mở trang web',
    notSaved: 'Trang web được xây dựng sau khi lưu đơn vị.',
    rebuildThis: 'Xây dựng lại trang này',
    rebuildPanel: 'Xây dựng lại trang web',
    rebuildAll: 'Xây dựng lại toàn bộ',
    rebuildAllConfirm:
      'Xây dựng lại trang của tất cả đơn vị đang hoạt động và trang danh bạ của tỉnh? Việc này có thể mất nhiều phút; các trang hiện tại vẫn hoạt động trong lúc xây dựng.',
    confirm: 'Xác nhận xây dựng lại toàn bộ',
    cancel: 'Hủy',
    rebuildDistrict: 'Xây dựng lại theo huyện',
    chooseDistrict: 'Chọn huyện',
    districtsFailed: 'Không tải được danh sách huyện.',
    sending: 'Đang gửi yêu cầu...',
    networkError: 'Không gửi được yêu cầu. Kiểm tra kết nối và thử lại.',
    seconds: 'giây',
    minutes: 'phút',
  },
  en: {
    website: 'Website',
    liveSince: 'Live since',
    lastBuild: 'Last build',
    buildTime: 'Build time',
    pages: 'Pages',
    builds: 'Builds',
    error: 'Last build error',
    errorPage: 'Failing page',
    errorMarker: 'Error',
    previousFailed: 'The previous build failed',
    openSite: 'Open the website',
    notSaved: 'The website is built once the commune is saved.',
    rebuildThis: 'Rebuild this site',
    rebuildPanel: 'Rebuild websites',
    rebuildAll: 'Rebuild all sites',
    rebuildAllConfirm:
      'Rebuild the sites of every live commune and the province directory? This can take several minutes; the current sites stay live meanwhile.',
    confirm: 'Confirm: rebuild all',
    cancel: 'Cancel',
    rebuildDistrict: 'Rebuild a district',
    chooseDistrict: 'Choose a district',
    districtsFailed: 'Could not load the districts.',
    sending: 'Sending the request...',
    networkError: 'The request could not be sent. Check the connection and try again.',
    seconds: 's',
    minutes: 'min',
  },
} as const

export type Lang = keyof typeof TEXT
export type SiteText = { [K in keyof (typeof TEXT)['vi']]: string }

export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'vi')

/** The texts in the admin's current language, the language itself and the i18n object. */
export const useSiteText = () => {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return { text: TEXT[lang] as SiteText, lang, i18n }
}

/** The REST API's base path, as the admin itself calls it. */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes.api}`
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

export type SiteData = {
  state?: string | null
  liveSince?: string | null
  lastBuildMs?: number | null
  pages?: number | null
  builds?: number | null
  error?: string | null
  errorPage?: string | null
}

export type RebuildAnswer = { ok: boolean; message: string; queued?: number }

/**
 * POSTs /api/communes/rebuild and turns the answer into one line for the user: the server's
 * Vietnamese message (English built from the count), or the server's error.
 */
export const requestRebuild = async (
  apiBase: string,
  body: { scope: 'commune' | 'district' | 'all'; id?: number | string },
  lang: Lang,
  text: SiteText,
): Promise<RebuildAnswer> => {
  let response: Response
  try {
    response = await fetch(`${apiBase}/communes/rebuild`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, message: text.networkError }
  }
  const answer = (await response.json().catch(() => null)) as {
    queued?: number
    message?: string
    errors?: { message?: string }[]
  } | null
  if (response.ok && answer) {
    const queued = answer.queued ?? 0
    const message =
      lang === 'en' ? `Queued ${queued} site${queued === 1 ? '' : 's'} for rebuilding.` : (answer.message ?? '')
    return { ok: true, message, queued }
  }
  const errors = answer?.errors?.map((e) => e.message).filter(Boolean) ?? []
  return { ok: false, message: errors.length ? errors.join(' ') : `${text.networkError} (HTTP ${response.status})` }
}
