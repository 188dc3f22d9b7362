import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DirectorySnapshot, SiteSnapshot } from '../../contract/snapshot'
import { DIRECTORY_SITE } from '../../contract/snapshot'
import { SiteBuilder } from '../../sites/builder'
import { type BuildReport, generateSites, type SnapshotSource } from '../../sites/generate'
import { difference, filesUnder } from '../support/built-files'

/**
 * A full rebuild renders batch after batch with builders that compile the sites' bundle once and
 * render every later batch with it (sites/builder-process.mjs, warm mode). A full Astro build
 * of each batch is the reference: the same communes (several themes, the province directory)
 * built both ways must give the same files, byte for byte. Real Astro builds of sample
 * communes (demo/sample-snapshot.ts); no CMS.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const COMMUNES = 5
let work: string
let snapshots: Map<string, SiteSnapshot>
let directory: DirectorySnapshot
let slugs: string[]
/** The one-batch reference's builder: a full Astro build (a many-batch build has builders of its own). */
let reference: SiteBuilder

const source = (): SnapshotSource => ({
  load: async (slug) => {
    const snapshot = snapshots.get(slug)
    return snapshot ? { snapshot: structuredClone(snapshot), mediaFiles: [] } : { skipped: 'not in the sample' }
  },
  directory: async () => structuredClone(directory),
})

const build = (sitesDir: string, warm: boolean, batchSize: number): Promise<BuildReport> =>
  generateSites(slugs, source(), {
    sitesDir,
    mediaDir: path.join(work, 'media'),
    directory: true,
    batchSize,
    builder: reference,
    parallel: 1,
    warmBatches: warm,
    log: () => undefined,
  })

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-batch-warm-'))
  const sample = path.join(work, 'sample')
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'demo/sample-snapshot.ts'), sample, '--count', String(COMMUNES)],
    { cwd: root, stdio: 'pipe' },
  )
  const files = fs.readdirSync(sample).filter((f) => f.endsWith('.json'))
  snapshots = new Map(
    files
      .filter((f) => !f.startsWith('_'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(sample, f), 'utf8'))]),
  )
  directory = JSON.parse(fs.readFileSync(path.join(sample, `${DIRECTORY_SITE}.json`), 'utf8'))
  slugs = [...snapshots.keys()].sort()
  fs.mkdirSync(path.join(work, 'media'))
  reference = new SiteBuilder(work, undefined, 0, false)
}, 120_000)

afterAll(async () => {
  await reference?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a full rebuild with warm batch builders', () => {
  it('gives the same files as a full Astro build of each batch', { timeout: 600_000 }, async () => {
    expect(slugs.length).toBe(COMMUNES)
    // Batches of two on one builder: a full build, then warm renders of the others.
    const warm = await build(path.join(work, 'warm'), true, 2)
    expect(warm.failed, JSON.stringify(warm.failed)).toEqual([])
    // Compiled once: the second and third batches rendered warm (not a fallback full build).
    expect(warm.compiles).toBe(1)
    const full = await build(path.join(work, 'full'), false, COMMUNES)
    expect(full.failed, JSON.stringify(full.failed)).toEqual([])
    expect(warm.pages).toBe(full.pages)
    expect(warm.pages).toBeGreaterThan(COMMUNES * 20)
    for (const site of [...slugs, DIRECTORY_SITE]) {
      const got = filesUnder(path.join(work, 'warm', site, 'current'))
      const want = filesUnder(path.join(work, 'full', site, 'current'))
      expect(want.size, site).toBeGreaterThan(0)
      expect([...got.keys()].sort(), site).toEqual([...want.keys()].sort())
      for (const [file, bytes] of want) expect(difference(got.get(file), bytes), `${site}/${file} differs`).toBe('')
    }
  })
})
