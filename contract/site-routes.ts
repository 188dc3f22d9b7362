/**
 * Every address of a commune site, root-relative to the commune's own host (each site is served
 * at the root of its host, never "/<slug>/..."): the generator's pages and sitemap, and the CMS's
 * links to live items (notices, "Việc của tôi", the menu editor) read the same list.
 */
const seg = (s: string) => encodeURIComponent(s)

export const siteRoutes = {
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
