/**
 * Where a commune's site is: the one place that computes a site's address. A commune with its
 * own domain is at https://<first domain>/; otherwise at <slug>.<SITES_DOMAIN> on this server's
 * port, or where SITES_BASE_URL_TEMPLATE says (sitemaps, canonical links, RSS, the admin's link).
 */

/** A domain name as the province registers it, e.g. myhoa.longxuyen.angiang.gov.vn. */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

export const isDomainName = (value: unknown): value is string => typeof value === 'string' && DOMAIN_PATTERN.test(value)

/** The host suffix of every site without a domain (SITES_DOMAIN, default localhost). */
export const sitesDomain = (): string => process.env.SITES_DOMAIN || 'localhost'

/** `http://{slug}.<SITES_DOMAIN>:<PORT>` unless SITES_BASE_URL_TEMPLATE says otherwise; no trailing slash. */
export const siteBaseUrlTemplate = (): string =>
  (process.env.SITES_BASE_URL_TEMPLATE || `http://{slug}.${sitesDomain()}:${process.env.PORT || 3000}`).replace(
    /\/+$/,
    '',
  )

/** The absolute address of a commune's home page, with a trailing slash. */
export const siteUrl = (slug: string, domains: readonly string[] = []): string => {
  const domain = domains.map((d) => d.trim().replace(/\/+$/, '')).find(Boolean)
  return domain ? `https://${domain}/` : `${siteBaseUrlTemplate().replaceAll('{slug}', slug)}/`
}
