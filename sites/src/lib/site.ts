/**
 * Reads the snapshots once per build and derives what every page of a commune needs (sorted
 * lists, lookups, menu, base URL), so pages stay thin and nothing is recomputed per page.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {
  DirectorySnapshot,
  SiteAnnouncement,
  SiteDisclosure,
  SiteDocument,
  SiteOfficial,
  SitePage,
  SitePost,
  SiteSnapshot,
} from '../../../contract/snapshot'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import { DEFAULT_MAIN_MENU } from '../../../contract/main-menu'
import { siteUrl } from '../../../contract/site-urls'
import { themeFor, themeStyle, type Theme, type ThemeFamily } from '../theme'
import { midSentence } from './text'
import { type SectionRoute, unlessReused } from './reuse'

export type MenuItem = { label: string; url: string; children: { label: string; url: string }[] }
export type Category = { slug: string; name: string; description: string | null; posts: SitePost[] }
export type OrganGroup = { organ: string; label: string; officials: SiteOfficial[] }
export type DisclosureGroup = { value: string; label: string; items: SiteDisclosure[] }

export type Site = {
  slug: string
  snap: SiteSnapshot
  theme: Theme
  family: ThemeFamily
  /** Inline `<style>` of this commune's theme, with the layer order first. */
  themeStyle: string
  /** Absolute origin of the commune's site, no trailing slash. */
  baseUrl: string
  /** generatedAt in ms: "now" for expiry, so a rebuild of the same snapshot gives the same pages. */
  now: number
  siteTitle: string
  /** "Phường Mỹ Bình" */
  unitName: string
  /** "Ủy ban nhân dân phường Mỹ Bình" */
  agencyName: string
  /** "Thành phố Long Xuyên, Tỉnh An Giang" */
  parentLine: string
  posts: SitePost[]
  categories: Category[]
  categoryBySlug: Map<string, Category>
  /** CMS pages rendered by the catch-all route, sorted by order. */
  pages: SitePage[]
  pageByPath: Map<string, SitePage>
  childrenOf: (parentPath: string | null) => SitePage[]
  announcements: SiteAnnouncement[]
  documents: SiteDocument[]
  disclosureGroups: DisclosureGroup[]
  organGroups: OrganGroup[]
  menu: MenuItem[]
  analytics: boolean
}

/** Top-level paths owned by built-in routes: a CMS page with such a path becomes that route's intro. */
export const BUILT_IN_SECTIONS = new Set([
  'tin-tuc',
  'thong-bao',
  'van-ban',
  'cong-khai',
  'thu-tuc-hanh-chinh',
  'hoi-dap',
  'tiep-can-thong-tin',
  'nguoi-phat-ngon',
  'lien-he',
  'tim-kiem',
  'so-do-trang',
  'to-chuc-bo-may',
  '404',
])
/** Sections whose sub-paths are generated: CMS pages below them would collide. */
const GENERATED_SUBTREES = new Set(['tin-tuc', 'thong-bao', 'van-ban', 'cong-khai'])
/** Category slugs that would collide with /tin-tuc/bai/… and /tin-tuc/trang/…. */
const RESERVED_CATEGORY_SLUGS = new Set(['bai', 'trang'])

const ORGAN_ORDER = ['dang-uy', 'hdnd', 'ubnd', 'mttq', 'doan-the']
const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/

const byDateDesc =
  <T>(key: (x: T) => string | null) =>
  (a: T, b: T) =>
    Date.parse(key(b) ?? '') - Date.parse(key(a) ?? '') || 0

export const trimSlashes = (p: string): string => p.replace(/^\/+|\/+$/g, '')

const baseUrlOf = (slug: string, domains: string[]): string => siteUrl(slug, domains).replace(/\/$/, '')

/** The default menu, with the introduction's sub-pages and the news categories as sub-items. */
function defaultMenu(snap: SiteSnapshot, pages: SitePage[]): MenuItem[] {
  const childrenOf = (url: string): MenuItem['children'] => {
    if (url === '/gioi-thieu/')
      return pages.filter((p) => p.parentPath === 'gioi-thieu').map((p) => ({ label: p.title, url: `/${p.path}/` }))
    if (url === '/tin-tuc/') return snap.categories.map((c) => ({ label: c.name, url: `/tin-tuc/${c.slug}/` }))
    return []
  }
  return DEFAULT_MAIN_MENU.map((item) => ({ ...item, children: childrenOf(item.url) }))
}

/** The introduction page exists on every site, even before the board writes one. */
function fallbackIntro(snap: SiteSnapshot): SitePage {
  const c = snap.commune
  const where = [c.districtName, c.provinceName].filter(Boolean).join(', ')
  return {
    slug: 'gioi-thieu',
    path: 'gioi-thieu',
    title: 'Giới thiệu',
    html: `<p>${escapeHtml(c.name)}${where ? ` thuộc ${escapeHtml(where)}` : ''}.</p>`,
    parentPath: null,
    order: 0,
  }
}
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function deriveSite(snap: SiteSnapshot): Site {
  const c = snap.commune
  const theme = themeFor(c.theme)
  const now = Date.parse(snap.generatedAt)

  const posts = [...snap.posts].sort(byDateDesc((p) => p.publishedAt))
  const categories: Category[] = snap.categories
    .filter((cat) => SLUG_RE.test(cat.slug) && !RESERVED_CATEGORY_SLUGS.has(cat.slug))
    .map((cat) => ({ ...cat, posts: posts.filter((p) => p.categories.includes(cat.slug)) }))

  const pages = snap.pages
    .map((p) => ({ ...p, path: trimSlashes(p.path), parentPath: p.parentPath ? trimSlashes(p.parentPath) : null }))
    .filter((p) => p.path !== '' && p.path.split('/').every((seg) => SLUG_RE.test(seg)))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'vi'))
  if (!pages.some((p) => p.path === 'gioi-thieu')) pages.unshift(fallbackIntro(snap))
  const pageByPath = new Map(pages.map((p) => [p.path, p]))
  const renderable = pages.filter((p) => {
    const top = p.path.split('/')[0]!
    if (BUILT_IN_SECTIONS.has(p.path)) return false
    if (GENERATED_SUBTREES.has(top)) {
      console.warn(`[sites] ${c.slug}: page "${p.path}" lies under a generated section and is skipped`)
      return false
    }
    return true
  })

  const organGroups: OrganGroup[] = []
  const officials = [...snap.officials].sort((a, b) => a.order - b.order)
  const organs = [...new Set(officials.map((o) => o.organ))].sort(
    (a, b) => (ORGAN_ORDER.indexOf(a) + 1 || 99) - (ORGAN_ORDER.indexOf(b) + 1 || 99),
  )
  for (const organ of organs) {
    const members = officials.filter((o) => o.organ === organ)
    organGroups.push({ organ, label: members[0]!.organLabel, officials: members })
  }

  const disclosures = [...snap.disclosures].sort(byDateDesc((d) => d.decisionDate))
  const known = new Set(snap.disclosureCategories.map((d) => d.value))
  const disclosureGroups: DisclosureGroup[] = [
    ...snap.disclosureCategories,
    // An item whose category the list does not know still gets a page.
    ...[...new Set(disclosures.filter((d) => !known.has(d.category)).map((d) => d.category))].map((value) => ({
      value,
      label: disclosures.find((d) => d.category === value)!.categoryLabel,
    })),
  ]
    .filter((g) => SLUG_RE.test(g.value))
    .map((g) => ({ ...g, items: disclosures.filter((d) => d.category === g.value) }))

  const menu: MenuItem[] = (snap.settings.mainMenu.length ? snap.settings.mainMenu : defaultMenu(snap, pages)).filter(
    (m) => m.url !== '/',
  )

  return {
    slug: c.slug,
    snap,
    theme,
    family: theme.family,
    themeStyle: themeStyle(theme.slug),
    baseUrl: baseUrlOf(c.slug, c.domains),
    now,
    siteTitle: snap.settings.siteTitle || `Trang thông tin điện tử ${c.name}`,
    unitName: c.name,
    agencyName: `Ủy ban nhân dân ${midSentence(c.name)}`,
    parentLine: [c.districtName, c.provinceName].filter(Boolean).join(', '),
    posts,
    categories,
    categoryBySlug: new Map(categories.map((cat) => [cat.slug, cat])),
    pages: renderable,
    pageByPath,
    childrenOf: (parentPath) => pages.filter((p) => p.parentPath === parentPath),
    announcements: [...snap.announcements].sort(byDateDesc((a) => a.publishedAt)),
    documents: [...snap.documents].sort(byDateDesc((d) => d.issueDate)),
    disclosureGroups,
    organGroups,
    menu,
    analytics: Boolean((snap.matomoUrl && c.matomoSiteId) || c.emcSiteId),
  }
}

/**
 * Keyed by the snapshot folder: a warm builder (sites/builder.ts) runs many builds in one
 * process, and Node reuses this module when the compiled chunk is unchanged, so a plain
 * module-level cache would serve the previous build's content.
 */
let cache: { dir: string; sites: Site[]; directory: DirectorySnapshot | null } | undefined

function load() {
  const dirEnv = process.env.SITES_SNAPSHOT_DIR
  if (!dirEnv)
    throw new Error(
      'SITES_SNAPSHOT_DIR is not set: point it at a folder of <commune-slug>.json snapshots (see sites/README.md).',
    )
  const dir = path.resolve(dirEnv)
  if (cache?.dir === dir) return cache
  if (!fs.existsSync(dir)) throw new Error(`SITES_SNAPSHOT_DIR: folder not found: ${dir}`)
  const only = new Set(
    (process.env.SITES_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  const sites: Site[] = []
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file.startsWith('_')) continue
    const slug = file.slice(0, -'.json'.length)
    if (only.size && !only.has(slug)) continue
    let snap: SiteSnapshot
    try {
      snap = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as SiteSnapshot
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${(err as Error).message})`)
    }
    if (!snap?.commune?.slug || !SLUG_RE.test(snap.commune.slug))
      throw new Error(`${file}: commune.slug missing or not a slug`)
    if (snap.commune.slug !== slug)
      throw new Error(`${file}: file name and commune.slug ("${snap.commune.slug}") differ`)
    sites.push(deriveSite(snap))
  }
  const dirFile = path.join(dir, `${DIRECTORY_SITE}.json`)
  const directory = fs.existsSync(dirFile) ? (JSON.parse(fs.readFileSync(dirFile, 'utf8')) as DirectorySnapshot) : null
  cache = { dir, sites, directory }
  return cache
}

export const allSites = (): Site[] => load().sites
export const directory = (): DirectorySnapshot | null => load().directory

/** getStaticPaths for a page that exists once per commune. */
export const perCommune = () => allSites().map((site) => ({ params: { commune: site.slug }, props: { site } }))
/** The same for a section page a publishing may link from the live build (reuse.ts's SECTION_PAGES). */
export const perCommuneUnlessReused = (route: SectionRoute) => () => unlessReused(route, perCommune())

export const PAGE_SIZE = 10

/** Splits a list into pages of PAGE_SIZE; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out.length ? out : [[]]
}

export const isExpired = (site: Site, a: SiteAnnouncement): boolean =>
  a.validUntil !== null && Date.parse(a.validUntil) < site.now
export const isNotYetValid = (site: Site, a: SiteAnnouncement): boolean =>
  a.validFrom !== null && Date.parse(a.validFrom) > site.now

/** Props of a page built once per commune. */
export type CommuneProps = { site: Site }
