import { DEFAULT_MAIN_MENU } from '../../../../contract/main-menu'

/** A place a menu item may lead to: its label and its root-relative address on the site. */
export type Target = { label: string; url: string }
export type Targets = { categories: Target[]; pages: Target[]; documents: Target[] }
export type LinkKind = 'section' | 'category' | 'page' | 'document' | 'external'

/** The sections every commune's site has (the generator's fixed pages). */
export const SECTIONS: readonly Target[] = [
  { label: 'Trang chủ', url: '/' },
  ...DEFAULT_MAIN_MENU,
  { label: 'Tiếp cận thông tin', url: '/tiep-can-thong-tin/' },
  { label: 'Người phát ngôn', url: '/nguoi-phat-ngon/' },
  { label: 'Sơ đồ trang', url: '/so-do-trang/' },
  { label: 'Tìm kiếm', url: '/tim-kiem/' },
]

const seg = (s: string) => encodeURIComponent(s)

type Doc = { slug?: string | null; name?: string; title?: string; path?: string | null; number?: string | null }

const list = async (url: string): Promise<Doc[]> => {
  const response = await fetch(url, { credentials: 'include' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return ((await response.json()) as { docs: Doc[] }).docs
}

/** Lists are read once per commune and page view, however many menu rows ask. */
const cache = new Map<string, Promise<Targets>>()

/**
 * The commune's categories, published pages and published documents, with the addresses the
 * generator gives them (sites/src/lib/routes.ts): what a menu can point to.
 */
export const loadTargets = (apiBase: string, tenant: string | number): Promise<Targets> => {
  const key = `${apiBase}|${tenant}`
  const cached = cache.get(key)
  if (cached) return cached
  const of = `where[tenant][equals]=${encodeURIComponent(String(tenant))}&depth=0`
  const published = `${of}&where[_status][equals]=published`
  const loading = Promise.all([
    list(`${apiBase}/categories?${of}&limit=200&sort=order&select[name]=true&select[slug]=true`),
    list(`${apiBase}/pages?${published}&limit=300&sort=path&select[title]=true&select[path]=true&select[slug]=true`),
    list(
      `${apiBase}/documents?${published}&limit=200&sort=-issueDate&select[title]=true&select[number]=true&select[slug]=true`,
    ),
  ]).then(([categories, pages, documents]) => ({
    categories: categories
      .filter((c) => c.slug)
      .map((c) => ({ label: c.name ?? '', url: `/tin-tuc/${seg(c.slug!)}/` })),
    pages: pages
      .filter((p) => p.path || p.slug)
      .map((p) => ({
        label: p.title ?? '',
        url: `/${(p.path || p.slug!).split('/').map(seg).join('/')}/`,
      })),
    documents: documents
      .filter((d) => d.slug)
      .map((d) => ({
        label: d.number ? `${d.number} – ${d.title ?? ''}` : (d.title ?? ''),
        url: `/van-ban/${seg(d.slug!)}/`,
      })),
  }))
  loading.catch(() => cache.delete(key))
  cache.set(key, loading)
  return loading
}

/** The kind of link an address already stored is, so the editor opens on the right list. */
export const kindOf = (url: string | null | undefined, targets: Targets | null): LinkKind => {
  if (!url) return 'section'
  if (/^https?:/i.test(url)) return 'external'
  if (SECTIONS.some((s) => s.url === url)) return 'section'
  if (targets?.pages.some((p) => p.url === url)) return 'page'
  if (/^\/tin-tuc\/(?!bai\/|trang\/)[^/]+\/$/.test(url)) return 'category'
  if (/^\/van-ban\/[^/]+\/$/.test(url)) return 'document'
  return url.startsWith('/') ? 'page' : 'external'
}

/** The http(s) rule of the editor's external links (the server's link rule checks the rest). */
export const isExternalUrl = (url: string): boolean => {
  if (!/^https?:\/\/[^\s/?#]+\.[^\s]/i.test(url)) return false
  try {
    return Boolean(new URL(url).hostname)
  } catch {
    return false
  }
}
