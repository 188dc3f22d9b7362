/**
 * Every URL of a commune site, root-relative to the commune's own host (each site is served at
 * the root of its host, so never "/<slug>/..."). The sitemap is derived from the same lists the
 * pages' getStaticPaths use, so the two cannot drift apart.
 */
import { paginate, type Site } from './site'

const seg = (s: string) => encodeURIComponent(s)

export const url = {
  home: '/',
  intro: '/gioi-thieu/',
  siteMap: '/so-do-trang/',
  organisation: '/to-chuc-bo-may/',
  news: (page = 1) => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/trang/${page}/`),
  category: (slug: string, page = 1) => (page <= 1 ? `/tin-tuc/${seg(slug)}/` : `/tin-tuc/${seg(slug)}/trang/${page}/`),
  post: (slug: string) => `/tin-tuc/bai/${seg(slug)}/`,
  announcements: '/thong-bao/',
  announcement: (slug: string) => `/thong-bao/${seg(slug)}/`,
  documents: '/van-ban/',
  document: (slug: string) => `/van-ban/${seg(slug)}/`,
  disclosures: '/cong-khai/',
  disclosureCategory: (category: string) => `/cong-khai/${seg(category)}/`,
  disclosure: (category: string, slug: string) => `/cong-khai/${seg(category)}/${seg(slug)}/`,
  procedures: '/thu-tuc-hanh-chinh/',
  questions: '/hoi-dap/',
  accessToInformation: '/tiep-can-thong-tin/',
  spokesperson: '/nguoi-phat-ngon/',
  contact: '/lien-he/',
  search: '/tim-kiem/',
  page: (path: string) => `/${path.split('/').map(seg).join('/')}/`,
  rss: '/rss.xml',
  sitemapXml: '/sitemap.xml',
  searchIndex: '/search-index.json',
} as const

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
