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
