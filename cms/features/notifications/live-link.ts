import { siteRoutes } from '../../../contract/site-routes'
import { siteUrl } from '../../../contract/site-urls'

/** The fields of an item that decide where it lives on its commune's site. */
export type LiveItem = { slug?: string | null; path?: string | null; category?: string | null }

/** The item's page on its site, root-relative (contract/site-routes.ts), or null when it has none. */
export const livePath = (collection: string, item: LiveItem): string | null => {
  const slug = item.slug?.trim()
  if (collection === 'pages') {
    const path = item.path?.trim() || slug
    return path ? siteRoutes.page(path) : null
  }
  if (!slug) return null
  if (collection === 'posts') return siteRoutes.post(slug)
  if (collection === 'announcements') return siteRoutes.announcement(slug)
  if (collection === 'documents') return siteRoutes.document(slug)
  if (collection === 'disclosures') return item.category ? siteRoutes.disclosure(item.category, slug) : null
  return null
}

/** The commune as its site address needs it. */
export type SiteCommune = { slug?: string | null; domains?: { domain?: string | null }[] | null }

/** The commune's home page (contract/site-urls.ts: its first domain, else <slug>.<SITES_DOMAIN>). */
export const communeSiteUrl = (commune: SiteCommune): string | null =>
  commune.slug ? siteUrl(commune.slug, (commune.domains ?? []).map((d) => d.domain ?? '').filter(Boolean)) : null

/** The absolute address of the item's live page, or null when it has none. */
export const liveUrl = (collection: string, item: LiveItem, commune: SiteCommune): string | null => {
  const base = communeSiteUrl(commune)
  const path = livePath(collection, item)
  return base && path ? `${base.replace(/\/$/, '')}${path}` : null
}
