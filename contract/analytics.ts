import type { SiteCommune } from './snapshot'

/** The government's EMC monitoring endpoint (Matomo-like); configurable because it is theirs. */
export const emcUrl = (): string => (process.env.EMC_URL || 'https://emc.gov.vn/').replace(/\/?$/, '/')

/** Hosts the Content-Security-Policy must allow for the trackers a site carries. */
export const analyticsOrigins = (matomoUrl: string | null): string[] =>
  [matomoUrl, emcUrl()].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin)

/**
 * The per-site `/_analytics.js`: Matomo for the commune's idsite, cookieless (no consent banner
 * needed, PRODUCT.md), and the EMC monitoring snippet with the commune's EMC ID. A file, not
 * an inline script, so the CSP can forbid inline scripts. Null when the site carries neither.
 */
export const analyticsScript = (
  commune: Pick<SiteCommune, 'matomoSiteId' | 'emcSiteId'>,
  matomoUrl: string | null,
): string | null => {
  const parts: string[] = []
  if (matomoUrl && commune.matomoSiteId) {
    const base = matomoUrl.replace(/\/?$/, '/')
    parts.push(`// Matomo, cookieless, idsite ${commune.matomoSiteId}
var _paq = (window._paq = window._paq || []);
_paq.push(['disableCookies']);
_paq.push(['setTrackerUrl', ${JSON.stringify(`${base}matomo.php`)}]);
_paq.push(['setSiteId', ${JSON.stringify(String(commune.matomoSiteId))}]);
_paq.push(['trackPageView']);
(function () { var s = document.createElement('script'); s.async = true; s.src = ${JSON.stringify(`${base}matomo.js`)}; document.head.appendChild(s); })();`)
  }
  if (commune.emcSiteId) {
    parts.push(`// EMC (government monitoring), site ${commune.emcSiteId}
(function () { var s = document.createElement('script'); s.async = true; s.src = ${JSON.stringify(`${emcUrl()}js/emc.js`)}; s.setAttribute('data-emc-id', ${JSON.stringify(commune.emcSiteId)}); document.head.appendChild(s); })();`)
  }
  return parts.length ? `${parts.join('\n')}\n` : null
}
