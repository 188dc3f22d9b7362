export type PageLocation = { protocol: string; port: string }

/**
 * A commune's site without a domain of its own, as the admin links to it: <slug>.<SITES_DOMAIN>
 * on the protocol and port the admin itself is reached on (one server serves both). The admin
 * knows the location only in the browser, so the address is null until then.
 */
export const slugSiteAddress = (slug: string, sitesDomain: string, location: PageLocation | null): string | null =>
  location ? `${location.protocol}//${slug}.${sitesDomain}${location.port ? `:${location.port}` : ''}/` : null
