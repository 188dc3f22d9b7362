import type http from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import { analyticsOrigins } from '../../contract/analytics'
import { liveDir } from '../runtime/sites-dir'
import { downloadTracker, DOWNLOAD } from './download-tracking'
import { siteFileCache, type Resolved } from './files'
import {
  communeHosts,
  requestHostname,
  requestProtocol,
  type SiteInfo,
  type SiteLookup,
  type TrustProxy,
} from './hosts'
import { alertPages } from './alert-banner'
import { alertTable, type AlertLookup } from './alerts'
import { bulletinBoards } from './bulletin'
import { liveBuilds } from './live-builds'
import { answerOldSite, isOldSite, redirectTable, withOldSites, type OldSite } from './redirects'
import { sendSiteFile } from './send'
import { DIRECTORY_SITE } from '../../contract/snapshot'

/** Headers every site response carries; the CSP allows exactly the analytics hosts in use. */
export const siteSecurityHeaders = (matomoUrl: string | null): Record<string, string> => {
  const trackers = analyticsOrigins(matomoUrl).join(' ')
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src 'self' ${trackers}`.trim(),
      `connect-src 'self' ${trackers}`.trim(),
      `img-src 'self' data: ${trackers} https://tinnhiemmang.vn`.trim(),
      "style-src 'self' 'unsafe-inline'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
  }
}

/** A path that, once decoded and normalised, stays inside the site's folder. */
export const safeSitePath = (urlPath: string): string | null => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const normal = path.posix.normalize(decoded)
  if (normal.split('/').some((part) => part === '..' || (part.startsWith('.') && part.length > 1))) return null
  return normal
}

/** Paths that always belong to Payload and Next, on every host. */
const CMS_PATH = /^\/(admin|api|_next)(\/|$)/

/** What a host name serves: a commune's site, the old site of a commune merged away, or neither. */
export type HostLookup = (hostname: string) => SiteInfo | OldSite | undefined | Promise<SiteInfo | OldSite | undefined>

export type SiteHandler = ((req: http.IncomingMessage, res: http.ServerResponse, passOn: () => void) => void) & {
  cacheStats: () => { entries: number; bytes: number; maxBytes: number }
}

export type SiteHandlerOptions = {
  /** Host → live commune; or, for a host that is no commune's, the old site of one merged away (withOldSites). */
  siteFor: SiteLookup | HostLookup
  /** Express's compiled `trust proxy fn`, so host and scheme are read as Express reads them. */
  trustProxy?: TrustProxy
  liveDirOf?: (slug: string) => string
  /** Memory for cached files and their compressed copies (default SITE_CACHE_MB, or 256 MB). */
  cacheBytes?: number
  /** Files larger than this are streamed from disk instead (default 2 MB). */
  maxFileBytes?: number
  warn?: (message: string) => void
  /** The province's live alerts of a site (alerts.ts), added to its pages as they are served. */
  alertsFor?: AlertLookup
}

/**
 * Serves each commune's live site by host name (<slug>.<SITES_DOMAIN> or one of its domains),
 * the old hosts of communes merged away as redirects to their successors (redirects.ts), and
 * the province directory on any other host; /admin, /api and /_next go to `passOn` on every
 * host (Express: Payload's admin and API, Next). It runs on the bare Node request, before Express:
 * a site request is a few map lookups and one write of bytes and headers prepared once (see
 * files.ts), which is what lets one process serve >10,000 pages/s beside the CMS (Express
 * with express.static and per-request compression managed ~1,000-1,600; the same cache behind
 * Express's stack, ~15% less than here).
 */
export const siteRequestHandler = ({
  siteFor,
  trustProxy = () => false,
  liveDirOf = liveDir,
  cacheBytes = Number(process.env.SITE_CACHE_MB || 256) * 1024 * 1024,
  maxFileBytes = 2 * 1024 * 1024,
  warn = console.warn,
  alertsFor,
}: SiteHandlerOptions): SiteHandler => {
  const security = siteSecurityHeaders(process.env.MATOMO_URL || null)
  const files = siteFileCache({ maxBytes: cacheBytes, maxFileBytes, headers: security })
  const liveBuild = liveBuilds(liveDirOf, files.forgetBuild)
  const trackDownload = downloadTracker(warn)
  const withAlerts = alertPages()
  const boards = bulletinBoards({ files, liveBuild, alertsFor, security, warn })

  const plain = (res: http.ServerResponse, status: number, headers: Record<string, string>, body = '') => {
    res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) })
    res.end(body)
  }
  const fail = (res: http.ServerResponse, err: unknown) => {
    warn(`site request failed: ${String(err)}`)
    if (!res.headersSent) plain(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Lỗi máy chủ.')
    else res.destroy()
  }
  /** Runs `then` on a value now, or when its promise settles (cache hits stay synchronous). */
  const settle = <T>(res: http.ServerResponse, value: T | Promise<T>, then: (v: T) => void) => {
    if (!(value instanceof Promise)) return then(value)
    value.then(then).catch((err: unknown) => fail(res, err))
  }

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse, root: string | null) => {
    const fallback = () =>
      plain(
        res,
        404,
        { ...security, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' },
        req.method === 'HEAD' ? '' : 'Không tìm thấy trang.',
      )
    if (!root) return fallback()
    settle(res, files.resolve(root, '/404.html'), (page) =>
      page.kind === 'file' ? sendSiteFile(req, res, page, 404) : fallback(),
    )
  }

  const serve = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    urlPath: string,
    query: string,
    site: SiteInfo | OldSite | undefined,
  ) => {
    if (isOldSite(site)) return answerOldSite(req, res, site, urlPath, security)
    // Public bulletin boards (issue 14, bulletin.ts): /bang-tin.json with the live alerts on every
    // site, and the region boards (/bang-tin/) on the directory's hosts.
    if (!site?.suspended && boards.handles(urlPath, site))
      return boards.serve(req, res, safeSitePath(urlPath), query, site)
    if (site?.suspended)
      return plain(res, 503, suspendedHeaders(security), req.method === 'HEAD' ? '' : suspendedNotice(site.name))
    // Any other host is the directory's: its files, or its 404 in Vietnamese (Next's own 404,
    // which these paths reached before, is in English and the admin has nothing outside /admin).
    const root = liveBuild(site?.slug ?? DIRECTORY_SITE)
    if (!site && urlPath === '/' && !root) return plain(res, 302, { Location: '/admin' })
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { Allow: 'GET, HEAD' })
    const safe = safeSitePath(urlPath)
    if (!root || !safe) return notFound(req, res, root)
    settle(res, files.resolve(root, safe), (found: Resolved) => {
      // A folder named without its slash: redirect as express.static did, never to another
      // host (a path starting with // would be protocol-relative).
      if (found.kind === 'directory')
        return plain(res, 301, { ...security, Location: `${urlPath.replace(/^\/+/, '/')}/${query}` })
      if (found.kind === 'missing') return notFound(req, res, root)
      if (site && DOWNLOAD.test(safe))
        res.once(
          'finish',
          () =>
            res.statusCode < 400 &&
            trackDownload(
              req,
              site,
              `${requestProtocol(req, trustProxy)}://${req.headers.host ?? ''}${req.url ?? ''}`,
              urlPath,
            ),
        )
      if (!site || !alertsFor || !found.identity.headers['Content-Type']?.startsWith('text/html'))
        return sendSiteFile(req, res, found, 200)
      settle(res, alertsFor(site.slug), (alerts) =>
        settle(res, withAlerts(found, alerts), (page) => sendSiteFile(req, res, page, 200)),
      )
    })
  }

  const handler = (req: http.IncomingMessage, res: http.ServerResponse, passOn: () => void) => {
    const url = req.url ?? '/'
    if (!url.startsWith('/')) return passOn() // absolute-form or `*`: not a page of a site
    const q = url.indexOf('?')
    const urlPath = q === -1 ? url : url.slice(0, q)
    if (CMS_PATH.test(urlPath)) return passOn()
    try {
      settle(res, siteFor(requestHostname(req, trustProxy)), (site) =>
        serve(req, res, urlPath, q === -1 ? '' : url.slice(q), site),
      )
    } catch (err) {
      fail(res, err)
    }
  }
  return Object.assign(handler, { cacheStats: files.stats })
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const suspendedHeaders = (security: Record<string, string>) => ({
  ...security,
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Retry-After': '86400',
})

/** What a suspended commune's address shows, on every path: a plain notice, no site content. */
export const suspendedNotice = (communeName: string): string => {
  const name = escapeHtml(communeName)
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${name}: tạm ngừng hoạt động</title><style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}</style></head><body><main><h1>Trang thông tin điện tử ${name} tạm ngừng hoạt động</h1><p>Trang đang được tạm dừng theo quyết định của cơ quan quản lý. Mọi thông tin cần thiết, xin liên hệ trực tiếp Ủy ban nhân dân ${name}.</p></main></body></html>`
}

/** The sites of the live communes, as the server runs them. */
export const serveSites = (payload: Payload, { trustProxy }: { trustProxy?: TrustProxy } = {}): SiteHandler =>
  siteRequestHandler({
    siteFor: withOldSites(communeHosts(payload), redirectTable(payload)),
    trustProxy,
    warn: (message) => payload.logger.warn(message),
    alertsFor: alertTable(payload),
  })
