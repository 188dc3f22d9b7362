import fs from 'node:fs'
import path from 'node:path'
import compression from 'compression'
import express, { type NextFunction, type Request, type Response } from 'express'
import MatomoTracker from 'matomo-tracker'
import type { Payload } from 'payload'
import { analyticsOrigins } from '../sites/analytics'
import { DIRECTORY_SITE, liveDir } from '../sites/build'

type SiteInfo = { slug: string; matomoSiteId: number | null }

/** Host name → commune, refreshed from the database at most every 10 s. */
const hostTable = (payload: Payload) => {
  let table = new Map<string, SiteInfo>()
  let loadedAt = 0
  let loading: Promise<void> | null = null
  const suffix = () => `.${process.env.SITES_DOMAIN || 'localhost'}`
  const load = async () => {
    const communes = await payload.find({ collection: 'communes', where: { status: { equals: 'live' } }, limit: 0, pagination: false, depth: 0, select: { slug: true, domains: true, matomoSiteId: true } })
    const next = new Map<string, SiteInfo>()
    for (const c of communes.docs) {
      if (!c.slug) continue
      const info = { slug: c.slug, matomoSiteId: c.matomoSiteId ?? null }
      next.set(`${c.slug}${suffix()}`, info)
      for (const d of c.domains ?? []) next.set(d.domain.toLowerCase(), info)
    }
    table = next
    loadedAt = Date.now()
  }
  return async (host: string): Promise<SiteInfo | undefined> => {
    if (Date.now() - loadedAt > 10_000) await (loading ??= load().finally(() => (loading = null)))
    return table.get(host.toLowerCase())
  }
}

const DOWNLOAD = /\.(pdf|docx|xlsx)$/i

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

/** Long cache for content-hashed assets, a day for media, revalidation for HTML. */
const cacheHeaders = (res: Response, filePath: string) => {
  if (filePath.includes(`${path.sep}_astro${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
  else if (filePath.includes(`${path.sep}media${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=86400')
  else res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
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

/**
 * Serves each commune's live site by host name (<slug>.<SITES_DOMAIN> or one of its domains)
 * and the province directory on any other host's root. /admin and /api stay with Payload.
 */
export const serveSites = (payload: Payload) => {
  const siteFor = hostTable(payload)
  const statics = new Map<string, express.Handler>()
  const staticFor = (slug: string) => {
    let handler = statics.get(slug)
    if (!handler) {
      // The root is the `current` symlink: a switch to a new build applies to the next request.
      handler = express.static(liveDir(slug), { dotfiles: 'ignore', fallthrough: true, index: ['index.html'], redirect: true, setHeaders: cacheHeaders })
      statics.set(slug, handler)
    }
    return handler
  }
  const compress = compression()
  const trackers = new Map<number, MatomoTracker>()
  const trackDownload = (req: Request, site: SiteInfo) => {
    const matomo = process.env.MATOMO_URL
    if (!matomo || !site.matomoSiteId) return
    let tracker = trackers.get(site.matomoSiteId)
    if (!tracker) {
      tracker = new MatomoTracker(site.matomoSiteId, `${matomo.replace(/\/?$/, '/')}matomo.php`)
      tracker.on('error', (err: unknown) => payload.logger.warn(`matomo download tracking failed for site ${site.matomoSiteId}: ${String(err)}`))
      trackers.set(site.matomoSiteId, tracker)
    }
    const url = `${req.protocol}://${req.get('host')}${req.originalUrl}`
    // A PDF runs no JavaScript: the server reports the download for it.
    tracker.track({ url, download: url, action_name: path.basename(req.path), ua: req.get('user-agent') ?? '', lang: req.get('accept-language') ?? '', urlref: req.get('referer') ?? '' })
  }

  const notFound = (slug: string, res: Response) => {
    const page = path.join(liveDir(slug), '404.html')
    res.status(404)
    if (fs.existsSync(page)) res.type('html').sendFile(page, { headers: { 'Cache-Control': 'no-cache' } })
    else res.type('text/plain; charset=utf-8').send('Không tìm thấy trang.')
  }

  return async (req: Request, res: Response, next: NextFunction) => {
    if (/^\/(admin|api|_next)(\/|$)/.test(req.path)) return next()
    const site = await siteFor(req.hostname)
    const slug = site?.slug ?? DIRECTORY_SITE
    if (!site && req.path === '/' && !fs.existsSync(liveDir(DIRECTORY_SITE))) return res.redirect(302, '/admin')
    if (!site && req.path !== '/' && !req.path.startsWith('/_astro/')) return next()
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.status(405).setHeader('Allow', 'GET, HEAD').end()
    res.set(siteSecurityHeaders(process.env.MATOMO_URL || null))
    const safe = safeSitePath(req.path)
    if (!safe) return notFound(slug, res)
    if (site && DOWNLOAD.test(safe)) res.once('finish', () => res.statusCode < 400 && trackDownload(req, site))
    compress(req, res, () => staticFor(slug)(req, res, () => notFound(slug, res)))
  }
}
