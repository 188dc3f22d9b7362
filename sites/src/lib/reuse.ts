/**
 * A commune's publishing renders only the pages its change touches: the generator
 * (sites/incremental.ts) names, in the file SITES_SKIP_FILE, the pages of items the change
 * cannot have altered, and links them from the live build instead. The pages of items
 * (articles, announcements, documents, disclosures, the board's pages) pass their
 * getStaticPaths through `unlessReused`; every other page (lists, home, feeds, sitemap, search
 * index) is always rendered. Each page skipped is appended to SITES_SKIPPED_OUT, one path a
 * line, so the generator links exactly those.
 */
import fs from 'node:fs'
import type { SiteSnapshot } from '../../../contract/snapshot'

/** Keyed by the file: a warm builder runs many builds in one process (see site.ts). */
let skipped: { file: string; paths: Set<string> } | undefined

const skipList = (): Set<string> | null => {
  const file = process.env.SITES_SKIP_FILE
  if (!file) return null
  if (skipped?.file !== file) skipped = { file, paths: new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) }
  return skipped.paths
}

/** The output path of a route's entry: `/[commune]/tin-tuc/bai/[post]/` with its params filled in. */
const pathOf = (route: string, params: Record<string, string | number | undefined>): string =>
  route.replace(/\[(?:\.\.\.)?([a-z]+)\]/gi, (_, name: string) => String(params[name] ?? ''))

/** `entries` without those the live build already has (see above); all of them on a full build. */
export function unlessReused<T extends { params: Record<string, string | number | undefined> }>(
  route: string,
  entries: T[],
): T[] {
  const skip = skipList()
  if (!skip?.size) return entries
  const kept: T[] = []
  const reused: string[] = []
  for (const entry of entries) {
    const p = pathOf(route, entry.params)
    if (skip.has(p)) reused.push(p)
    else kept.push(entry)
  }
  const out = process.env.SITES_SKIPPED_OUT
  if (out && reused.length) fs.appendFileSync(out, `${reused.join('\n')}\n`)
  return kept
}

type ItemList = 'documents' | 'disclosures' | 'questions' | 'procedures' | 'officials'
/**
 * Pages other than the items' that show the site's frame (the commune, settings, menu, the
 * board's pages) and only the item lists named here: a publishing that changed none of those
 * lists links them from the live build too (sites/incremental.ts). Their getStaticPaths go
 * through `unlessReused` with this route. The announcements' list is not here (it shows what is
 * valid now), nor the home page, the news lists, feeds, sitemap, search index or bulletin board.
 */
export const SECTION_PAGES = {
  '/[commune]/van-ban/': ['documents'],
  '/[commune]/cong-khai/': ['disclosures'],
  '/[commune]/cong-khai/[category]/': ['disclosures'],
  '/[commune]/so-do-trang/': ['disclosures'],
  '/[commune]/hoi-dap/': ['questions'],
  '/[commune]/thu-tuc-hanh-chinh/': ['procedures'],
  '/[commune]/to-chuc-bo-may/': ['officials'],
  '/[commune]/nguoi-phat-ngon/': [],
  '/[commune]/lien-he/': [],
  '/[commune]/tim-kiem/': [],
} as const satisfies Record<string, readonly ItemList[]>

export type SectionRoute = keyof typeof SECTION_PAGES
/** The lists a section page shows, as they are in a snapshot (to compare two). */
export const sectionLists = (snap: SiteSnapshot, route: SectionRoute): string =>
  JSON.stringify(SECTION_PAGES[route].map((list: ItemList) => snap[list]))
