import type http from 'node:http'
import path from 'node:path'
import MatomoTracker from 'matomo-tracker'
import type { SiteInfo } from './hosts'

/** Documents whose downloads the server reports: they run no JavaScript to report themselves. */
export const DOWNLOAD = /\.(pdf|docx|xlsx)$/i

/**
 * Reports a document download to the commune's Matomo site (MATOMO_URL), one tracker per site.
 * `url` is the full URL the visitor asked for.
 */
export const downloadTracker = (warn: (message: string) => void) => {
  const trackers = new Map<number, MatomoTracker>()
  return (req: http.IncomingMessage, site: SiteInfo, url: string, urlPath: string): void => {
    const matomo = process.env.MATOMO_URL
    if (!matomo || !site.matomoSiteId) return
    let tracker = trackers.get(site.matomoSiteId)
    if (!tracker) {
      tracker = new MatomoTracker(site.matomoSiteId, `${matomo.replace(/\/?$/, '/')}matomo.php`)
      tracker.on('error', (err: unknown) =>
        warn(`matomo download tracking failed for site ${site.matomoSiteId}: ${String(err)}`),
      )
      trackers.set(site.matomoSiteId, tracker)
    }
    const header = (name: string) => {
      const value = req.headers[name]
      return Array.isArray(value) ? value.join(', ') : (value ?? '')
    }
    tracker.track({
      url,
      download: url,
      action_name: path.basename(urlPath),
      ua: header('user-agent'),
      lang: header('accept-language'),
      urlref: header('referer'),
    })
  }
}
