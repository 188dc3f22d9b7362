import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FAMILIES, SCHEMES, THEMES } from '../../../themes/registry'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Everything that shapes a built site besides its content. */
const GENERATOR_SOURCES = [
  'sites/src',
  'sites/astro.config.mjs',
  'cms/features/publishing/snapshot',
  'contract',
  'sites/sanitize-html.ts',
  'sites/analytics.ts',
  'themes',
  'package-lock.json',
]

const filesUnder = (rel: string): string[] => {
  const full = path.join(root, rel)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [rel]
  return fs
    .readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.png'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

/** A file that belongs to one layout family or one colour scheme, and so to 5 of the 25 themes. */
const themePart = (rel: string): string | null => {
  const m = /^themes\/(families|schemes)\/([a-z0-9-]+)\.ts$/.exec(rel)
  if (!m) return null
  const slugs = (m[1] === 'families' ? FAMILIES : SCHEMES).map((d) => d.slug)
  return slugs.includes(m[2]!) ? `${m[1]}:${m[2]}` : null
}

/**
 * The generator's fingerprint for each theme number, from the generator's files (path →
 * content): a hash of the shared code plus the theme's own family and scheme files. A site
 * built with an older fingerprint is stale; a change to one colour scheme makes only the
 * communes using it stale, a change to a shared component all of them.
 */
export const fingerprintsOf = (files: Map<string, Buffer | string>): Map<number, string> => {
  const shared = crypto.createHash('sha256')
  const parts = new Map<string, string>()
  for (const rel of [...files.keys()].sort()) {
    const content = files.get(rel)!
    const part = themePart(rel)
    if (part) parts.set(part, crypto.createHash('sha256').update(content).digest('hex'))
    else shared.update(rel).update('\0').update(content)
  }
  const base = shared.digest('hex')
  return new Map(
    THEMES.map((t) => [
      t.number,
      crypto
        .createHash('sha256')
        .update(`${base}|${parts.get(`families:${t.family}`) ?? ''}|${parts.get(`schemes:${t.scheme}`) ?? ''}`)
        .digest('hex')
        .slice(0, 16),
    ]),
  )
}

let cached: Map<number, string> | null = null

/** The fingerprints of the generator as deployed (read once per process). */
export const generatorFingerprints = (): Map<number, string> =>
  (cached ??= fingerprintsOf(
    new Map(GENERATOR_SOURCES.flatMap(filesUnder).map((rel) => [rel, fs.readFileSync(path.join(root, rel))])),
  ))

export const fingerprintFor = (theme: number | null | undefined): string =>
  generatorFingerprints().get(theme ?? 1) ?? generatorFingerprints().get(1)!
