import { siteUrl } from '../../../contract/site-urls'

/** The fields of an item that decide where it lives on its commune's site. */
export type LiveItem = { slug?: string | null; path?: string | null; category?: string | null }

const seg = (s: string) => encodeURIComponent(s)

/**
 * The item's page on its site, root-relative. The same addresses as the generator's routes
 * (sites/src/lib/routes.ts), which the CMS may not import: keep the two in step.
 */
export const livePath = (collection: string, item: LiveItem): string | null => {
  const slug = item.slug?.trim()
  if (collection === 'pages') {
    const path = item.path?.trim() || slug
    return path ? `/${path.split('/').map(seg).join('/')}/` : null
  }
  if (!slug) return null
  if (collection === 'posts') return `/tin-tuc/bai/${seg(slug)}/`
  if (collection === 'announcements') return `/thong-bao/${seg(slug)}/`
  if (collection === 'documents') return `/van-ban/${seg(slug)}/`
  if (collection === 'disclosures') return item.category ? `/cong-khai/${seg(item.category)}/${seg(slug)}/` : null
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
