import fs from 'node:fs'
import path from 'node:path'
import { liveDirOf } from '../contract/site-paths'
import type { SiteSnapshot } from '../contract/snapshot'
import { relatedPosts } from './src/lib/related'
import { SECTION_PAGES, type SectionRoute, sectionLists } from './src/lib/reuse'

/**
 * A commune's publishing renders only what its change touches. The live build of each commune
 * keeps next to it the snapshot it was built from (`<slug>/snapshot.json`, with the build's id
 * and the generator's fingerprint); the next build of that commune compares the two snapshots
 * and lists the pages of items the change cannot have altered. Astro skips them (see
 * src/lib/reuse.ts) and they are hard-linked from the live build instead.
 *
 * Item pages are reused (articles, announcements, documents, disclosures and the board's
 * pages), and the section pages whose lists did not change (src/lib/reuse.ts's SECTION_PAGES:
 * documents, disclosures, questions, procedures, officials, contact...). Every other page
 * (home, the news and announcement lists and their pagination, feeds, sitemap, search index,
 * bulletin board, 404) is always rendered. Anything else that changed (the commune, its settings, menu, categories, pages, the
 * year, any field this file does not know) renders the whole site. A full build is the
 * reference: tests/unit/sites-incremental.spec.ts compares both, byte for byte.
 */

type BuildState = { buildId: string; fingerprint: string; snapshot: SiteSnapshot }

/** The item lists whose changes are followed item by item; the rest of a snapshot is its frame. */
const ITEM_LISTS = [
  'posts',
  'announcements',
  'documents',
  'disclosures',
  'questions',
  'procedures',
  'officials',
] as const

const stateFile = (sitesDir: string, slug: string) => path.join(sitesDir, slug, 'snapshot.json')

/** Records what the live build of `slug` (build `buildId`) was made from. */
export const saveBuildState = (
  sitesDir: string,
  slug: string,
  buildId: string,
  fingerprint: string,
  snapshotJson: string,
): void => {
  const file = stateFile(sitesDir, slug)
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(
    temp,
    `{"buildId":${JSON.stringify(buildId)},"fingerprint":${JSON.stringify(fingerprint)},"snapshot":${snapshotJson}}`,
  )
  fs.renameSync(temp, file)
}

/** The live build of `slug` with its snapshot, when it was made by this generator. */
const liveState = (
  sitesDir: string,
  slug: string,
  fingerprint: string,
): { dir: string; snapshot: SiteSnapshot } | null => {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile(sitesDir, slug), 'utf8')) as BuildState
    if (state.fingerprint !== fingerprint) return null
    const live = liveDirOf(sitesDir, slug)
    if (fs.readlinkSync(live) !== path.join('builds', state.buildId)) return null
    return { dir: path.join(sitesDir, slug, 'builds', state.buildId), snapshot: state.snapshot }
  } catch {
    return null
  }
}

const frameOf = (snap: SiteSnapshot): string => {
  const frame: Record<string, unknown> = { ...snap, generatedAt: null }
  for (const key of ITEM_LISTS) delete frame[key]
  // Pages show the moment of export only as the footer's year (and the announcements' validity).
  return JSON.stringify({ frame, year: new Date(Date.parse(snap.generatedAt)).getUTCFullYear() })
}

/** Slugs of items added, removed or changed; null when slugs are not unique (render everything). */
const changedSlugs = <T extends { slug: string }>(before: T[], after: T[]): Set<string> | null => {
  const a = new Map(before.map((i) => [i.slug, JSON.stringify(i)]))
  const b = new Map(after.map((i) => [i.slug, JSON.stringify(i)]))
  if (a.size !== before.length || b.size !== after.length) return null
  const changed = new Set<string>()
  for (const [slug, json] of a) if (b.get(slug) !== json) changed.add(slug)
  for (const slug of b.keys()) if (!a.has(slug)) changed.add(slug)
  return changed
}

const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/
const RESERVED_CATEGORY_SLUGS = new Set(['bai', 'trang'])

/** Each article's "related" list as its page computes it (src/lib/site.ts sorts, src/lib/related.ts picks). */
const relatedLists = (snap: SiteSnapshot): Map<string, string[]> => {
  const posts = [...snap.posts].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '') || 0)
  const categories = new Map(
    snap.categories
      .filter((c) => SLUG_RE.test(c.slug) && !RESERVED_CATEGORY_SLUGS.has(c.slug))
      .map((c) => [c.slug, posts.filter((p) => p.categories.includes(c.slug))]),
  )
  const lists = new Map<string, string[]>()
  for (const post of posts) {
    const category = post.categories.map((c) => categories.get(c)).find((c) => c !== undefined)
    lists.set(
      post.slug,
      relatedPosts(post, category ?? [], posts).map((p) => p.slug),
    )
  }
  return lists
}

/** Articles whose page is the same: the article itself, its related list and every item of it unchanged. */
const reusablePosts = (before: SiteSnapshot, after: SiteSnapshot, changed: Set<string>): string[] => {
  const was = relatedLists(before)
  const now = relatedLists(after)
  return [...now]
    .filter(
      ([slug, related]) =>
        !changed.has(slug) &&
        JSON.stringify(related) === JSON.stringify(was.get(slug)) &&
        !related.some((r) => changed.has(r)),
    )
    .map(([slug]) => slug)
}

type Announcement = SiteSnapshot['announcements'][number]
/** What an announcement's page shows of "now": expired, or not yet valid. */
const validityAt = (a: Announcement, now: number): string =>
  `${a.validUntil !== null && Date.parse(a.validUntil) < now}|${a.validFrom !== null && Date.parse(a.validFrom) > now}`

/** The section pages (src/lib/reuse.ts) whose lists did not change, for every disclosure category either snapshot has. */
const sectionPaths = (before: SiteSnapshot, after: SiteSnapshot): string[] => {
  const categories = new Set([
    ...after.disclosureCategories.map((c) => c.value),
    ...[...before.disclosures, ...after.disclosures].map((d) => d.category),
  ])
  return (Object.keys(SECTION_PAGES) as SectionRoute[])
    .filter((route) => sectionLists(before, route) === sectionLists(after, route))
    .flatMap((route) => {
      const page = route.replace('[commune]', after.commune.slug)
      return page.includes('[category]') ? [...categories].map((c) => page.replace('[category]', c)) : [page]
    })
}

/**
 * The paths (`/<slug>/tin-tuc/bai/x/`) of the pages the change from `before` to `after` cannot
 * have altered, or null when the whole site must be rendered.
 */
export const reusablePaths = (before: SiteSnapshot, after: SiteSnapshot): string[] | null => {
  if (frameOf(before) !== frameOf(after)) return null
  const posts = changedSlugs(before.posts, after.posts)
  const announcements = changedSlugs(before.announcements, after.announcements)
  const documents = changedSlugs(before.documents, after.documents)
  const disclosures = changedSlugs(before.disclosures, after.disclosures)
  if (!posts || !announcements || !documents || !disclosures) return null
  const slug = after.commune.slug
  const [thenMs, nowMs] = [Date.parse(before.generatedAt), Date.parse(after.generatedAt)]
  const known = new Set(after.disclosureCategories.map((c) => c.value))
  // An unknown category takes its label from one of its items: any change in it renders them all.
  const unsettled = new Set(
    [...before.disclosures, ...after.disclosures]
      .filter((d) => !known.has(d.category) && disclosures.has(d.slug))
      .map((d) => d.category),
  )
  return [
    ...reusablePosts(before, after, posts).map((s) => `/${slug}/tin-tuc/bai/${s}/`),
    ...after.announcements
      .filter((a) => !announcements.has(a.slug) && validityAt(a, thenMs) === validityAt(a, nowMs))
      .map((a) => `/${slug}/thong-bao/${a.slug}/`),
    ...after.documents.filter((d) => !documents.has(d.slug)).map((d) => `/${slug}/van-ban/${d.slug}/`),
    ...after.disclosures
      .filter((d) => !disclosures.has(d.slug) && !unsettled.has(d.category))
      .map((d) => `/${slug}/cong-khai/${d.category}/${d.slug}/`),
    // The board's pages are part of the frame: unchanged here.
    ...after.pages.map((p) => `/${slug}/${p.path.replace(/^\/+|\/+$/g, '')}/`),
    ...sectionPaths(before, after),
  ]
}

export type ReusePlan = { from: string; paths: string[] }

/** What a build of `snapshot` can take from the live build of its commune, or null (render all). */
export const planReuse = (sitesDir: string, snapshot: SiteSnapshot, fingerprint: string): ReusePlan | null => {
  const slug = snapshot.commune.slug
  const live = liveState(sitesDir, slug, fingerprint)
  if (!live) return null
  const paths = reusablePaths(live.snapshot, snapshot)
  if (!paths) return null
  const prefix = `/${slug}/`
  return {
    from: live.dir,
    paths: paths.filter((p) => fs.existsSync(path.join(live.dir, p.slice(prefix.length), 'index.html'))),
  }
}

/** Hard-links the pages Astro skipped (listed in `skippedFile`) from the live build into `outDir/<slug>`. */
export const linkReused = (plan: ReusePlan, slug: string, skippedFile: string, outDir: string): number => {
  if (!fs.existsSync(skippedFile)) return 0
  const prefix = `/${slug}/`
  const paths = new Set(fs.readFileSync(skippedFile, 'utf8').split('\n').filter(Boolean))
  for (const p of paths) {
    if (!p.startsWith(prefix)) throw new Error(`reused page ${p} is not a page of ${slug}`)
    // The page and whatever lies beside it (index.html.gz, .br when precompressed), not its sub-pages.
    const rel = p.slice(prefix.length)
    fs.mkdirSync(path.join(outDir, slug, rel), { recursive: true })
    for (const file of fs.readdirSync(path.join(plan.from, rel), { withFileTypes: true }))
      if (file.isFile()) fs.linkSync(path.join(plan.from, rel, file.name), path.join(outDir, slug, rel, file.name))
  }
  return paths.size
}
