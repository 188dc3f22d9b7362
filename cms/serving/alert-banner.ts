import crypto from 'node:crypto'
import { PROVINCE_ALERTS_MARKER as ALERTS_MARKER } from '../../contract/province-alerts'
import type { LiveAlert } from './alerts'
import { precompress } from './compression'
import type { SiteFile, Variant } from './files'
import { byteLru } from './lru'

const LEVEL_LABEL = { info: 'Thông tin', important: 'Quan trọng', emergency: 'Khẩn cấp' } as const

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** "18:00 ngày 07/12/2026", Vietnam time (UTC+7, no daylight saving). */
export const vietnamTime = (iso: string): string => {
  const d = new Date(Date.parse(iso) + 7 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}

/** Only http(s) links and site paths: the province types them, citizens click them. */
const safeLink = (link: string | null): string | null =>
  link && (/^https?:\/\/[^\s"'<>]+$/i.test(link) || /^\/(?!\/)[^\s"'<>]*$/.test(link)) ? link : null

/** The alerts as the page shows them, most urgent first. */
export const alertsHtml = (alerts: LiveAlert[]): string => {
  const items = alerts.map((a) => {
    const link = safeLink(a.link)
    return [
      `<div class="province-alert province-alert--${a.level}"${a.level === 'emergency' ? ' role="alert"' : ''}>`,
      `<p class="container"><strong class="province-alert__level">${LEVEL_LABEL[a.level]}:</strong> `,
      `<strong class="province-alert__title">${escapeHtml(a.title)}</strong> `,
      `<span class="province-alert__message">${escapeHtml(a.message)}</span> `,
      link ? `<a class="province-alert__link" href="${escapeHtml(link)}">Xem chi tiết</a> ` : '',
      `<span class="province-alert__until">(đến ${vietnamTime(a.endsAt)})</span></p></div>`,
    ].join('')
  })
  return `<section class="province-alerts" aria-label="Cảnh báo của tỉnh">${items.join('')}</section>`
}

/** Which alerts, in which version: part of the page's ETag, so a browser's copy is never stale. */
const alertsKey = (alerts: LiveAlert[]): string =>
  crypto
    .createHash('sha1')
    .update(alerts.map((a) => `${a.id}@${a.updatedAt}`).join(','))
    .digest('base64url')
    .slice(0, 12)

/**
 * A built HTML page with the alerts in place of its marker, made once per page and set of
 * alerts (compressed as the file cache does) and kept in a small cache of its own: while an
 * alert is live every page of the site is served this way, from memory.
 */
export const alertPages = (maxBytes = 32 * 1024 * 1024) => {
  const lru = byteLru<SiteFile>(maxBytes)
  const loading = new Map<string, Promise<SiteFile>>()

  const make = async (file: SiteFile, alerts: LiveAlert[], key: string): Promise<SiteFile> => {
    const html = file.identity.body!.toString('utf8')
    const at = html.indexOf(ALERTS_MARKER)
    if (at === -1) return file
    const raw = Buffer.from(html.slice(0, at) + alertsHtml(alerts) + html.slice(at + ALERTS_MARKER.length))
    const etag = `W/"${file.etag.replace(/^W\/"|"$/g, '')}-${key}"`
    const { 'Last-Modified': _lm, 'Content-Length': _cl, ...rest } = file.identity.headers
    const common = { ...rest, ETag: etag }
    const variant = (body: Buffer, encoding?: string): Variant => ({
      body,
      headers: {
        ...common,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Content-Length': String(body.length),
      },
    })
    const { gzip, br } = await precompress(raw)
    const { 'Last-Modified': _nm, ...notModified } = file.notModifiedHeaders
    return {
      ...file,
      size: raw.length,
      etag,
      // No Last-Modified: a browser revalidates by ETag alone, which names the alerts.
      lastModifiedMs: Number.MAX_SAFE_INTEGER,
      identity: variant(raw),
      gzip: gzip ? variant(gzip, 'gzip') : undefined,
      br: br ? variant(br, 'br') : undefined,
      notModifiedHeaders: { ...notModified, ETag: etag },
    }
  }

  return (file: SiteFile, alerts: LiveAlert[]): SiteFile | Promise<SiteFile> => {
    if (!alerts.length || !file.identity.body || !file.identity.headers['Content-Type']?.startsWith('text/html'))
      return file
    const key = alertsKey(alerts)
    const cacheKey = `${file.path}\0${file.etag}\0${key}`
    const cached = lru.get(cacheKey)
    if (cached) return cached
    let pending = loading.get(cacheKey)
    if (!pending) {
      pending = make(file, alerts, key)
        .then((page) => {
          lru.set(cacheKey, page, page.size + (page.gzip?.body?.length ?? 0) + (page.br?.body?.length ?? 0) + 1024)
          return page
        })
        .finally(() => loading.delete(cacheKey))
      loading.set(cacheKey, pending)
    }
    return pending
  }
}
