/**
 * The sitemap, derived from the same lists the pages' getStaticPaths use, so the two cannot
 * drift apart; the addresses themselves are the contract's (contract/site-routes.ts).
 */
import { siteRoutes } from '../../../contract/site-routes'
import { paginate, type Site } from './site'

/** The site's addresses (contract/site-routes.ts), under the name the pages use. */
export const url = siteRoutes

export const absolute = (site: Site, path: string): string => site.baseUrl + path

/** A phone number as a tel: link: digits and a leading + only (spaces, dots and brackets dropped). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

export type SitemapEntry = { path: string; lastmod?: string }

export function sitemapEntries(site: Site): SitemapEntry[] {
  const latest = (dates: (string | null | undefined)[]) =>
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1)
  const entries: SitemapEntry[] = [
    { path: url.home, lastmod: latest([site.posts[0]?.publishedAt, site.announcements[0]?.publishedAt]) },
    ...site.pages.map((p) => ({ path: url.page(p.path) })),
    { path: url.organisation },
    ...paginate(site.posts).map((chunk, i) => ({ path: url.news(i + 1), lastmod: chunk[0]?.updatedAt })),
    ...site.categories.flatMap((c) =>
      paginate(c.posts).map((chunk, i) => ({ path: url.category(c.slug, i + 1), lastmod: chunk[0]?.updatedAt })),
    ),
    ...site.posts.map((p) => ({ path: url.post(p.slug), lastmod: p.updatedAt })),
    { path: url.announcements, lastmod: site.announcements[0]?.publishedAt },
    ...site.announcements.map((a) => ({ path: url.announcement(a.slug), lastmod: a.publishedAt })),
    { path: url.documents, lastmod: site.documents[0]?.issueDate },
    ...site.documents.map((d) => ({ path: url.document(d.slug), lastmod: d.issueDate })),
    { path: url.disclosures },
    ...site.disclosureGroups.map((g) => ({
      path: url.disclosureCategory(g.value),
      lastmod: latest(g.items.map((d) => d.publicationDate ?? d.decisionDate)),
    })),
    ...site.disclosureGroups.flatMap((g) =>
      g.items.map((d) => ({ path: url.disclosure(g.value, d.slug), lastmod: d.publicationDate ?? d.decisionDate })),
    ),
    { path: url.procedures },
    { path: url.questions },
    { path: url.accessToInformation },
    { path: url.spokesperson },
    { path: url.contact },
    { path: url.siteMap },
  ]
  return entries
}
