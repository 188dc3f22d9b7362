import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '../../contract/snapshot'
import { SiteBuilder } from '../../sites/builder'
import { type BuildReport, generateSites, type SnapshotSource } from '../../sites/generate'
import { difference, filesUnder } from '../support/built-files'

/**
 * A commune's publishing renders only the pages its change touches and links the others from
 * the live build (sites/incremental.ts), with the bundle compiled once (sites/builder-process.mjs).
 * A full Astro build is the reference: after each of a
 * series of random changes (articles, announcements, documents, disclosures added, edited,
 * unpublished; time passing; now and then a setting), the incremental site must equal a full
 * build of the same snapshot, file by file and byte for byte. Real Astro builds of a sample
 * commune (demo/sample-snapshot.ts); no CMS.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const STEPS = 12
const seed = Number(process.env.INCREMENTAL_SEED) || Date.now() % 1_000_000_007
let work: string
let snapshot: SiteSnapshot
let slug: string
/** The publishing builder (compiles once, renders many) and the reference's (a full Astro build each time). */
let builder: SiteBuilder
let reference: SiteBuilder

/** mulberry32: a small seeded generator, so a failing series can be replayed (INCREMENTAL_SEED). */
const random = (() => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
})()
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
const index = (list: unknown[]): number => Math.floor(random() * list.length)
const clone = <T>(x: T): T => structuredClone(x)
let serial = 0
const hoursFrom = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()

type Change = { name: string; apply: (s: SiteSnapshot) => void }
/** The changes a board makes, applied at random to the snapshot. */
const CHANGES: Change[] = [
  {
    name: 'publish an article',
    apply: (s) => {
      const post = clone(pick(s.posts))
      post.slug = `bai-moi-${++serial}`
      post.title = `Bài mới số ${serial}`
      post.publishedAt = hoursFrom(s.generatedAt, -random() * 24 * 60)
      post.categories = [pick(s.categories).slug]
      s.posts.push(post)
    },
  },
  {
    name: 'edit an article',
    apply: (s) => {
      const post = pick(s.posts)
      post.title = `${post.title} (sửa ${++serial})`
      post.html = `${post.html}<p>Đoạn thêm ${serial}.</p>`
    },
  },
  { name: 'unpublish an article', apply: (s) => void s.posts.splice(index(s.posts), 1) },
  {
    name: 'move an article to another category',
    apply: (s) => {
      pick(s.posts).categories = [pick(s.categories).slug]
    },
  },
  {
    name: 'publish an announcement',
    apply: (s) => {
      const item = clone(pick(s.announcements))
      item.slug = `thong-bao-moi-${++serial}`
      item.title = `Thông báo mới số ${serial}`
      item.publishedAt = s.generatedAt
      item.validFrom = null
      item.validUntil = hoursFrom(s.generatedAt, 1 + random() * 3)
      s.announcements.push(item)
    },
  },
  {
    name: 'edit an announcement',
    apply: (s) => {
      const item = pick(s.announcements)
      item.title = `${item.title} (sửa ${++serial})`
    },
  },
  { name: 'unpublish an announcement', apply: (s) => void s.announcements.splice(index(s.announcements), 1) },
  {
    name: 'publish a document',
    apply: (s) => {
      const doc = clone(pick(s.documents))
      doc.slug = `van-ban-moi-${++serial}`
      doc.number = `${serial}/QĐ-UBND`
      s.documents.push(doc)
    },
  },
  {
    name: 'edit a document',
    apply: (s) => {
      const doc = pick(s.documents)
      doc.title = `${doc.title} (sửa ${++serial})`
    },
  },
  { name: 'unpublish a document', apply: (s) => void s.documents.splice(index(s.documents), 1) },
  {
    name: 'edit a disclosure',
    apply: (s) => {
      const item = pick(s.disclosures)
      item.title = `${item.title} (sửa ${++serial})`
    },
  },
  { name: 'unpublish a disclosure', apply: (s) => void s.disclosures.splice(index(s.disclosures), 1) },
  {
    name: 'answer a question',
    apply: (s) => {
      if (s.questions.length) s.questions[index(s.questions)]!.answer = `Trả lời ${++serial}.`
    },
  },
  {
    name: 'rename a procedure',
    apply: (s) => {
      if (s.procedures.length) s.procedures[index(s.procedures)]!.name = `Thủ tục ${++serial}`
    },
  },
  {
    name: 'change an official’s position',
    apply: (s) => {
      if (s.officials.length) s.officials[index(s.officials)]!.position = `Chức vụ ${++serial}`
    },
  },
  {
    name: 'change the site title',
    apply: (s) => {
      s.settings.siteTitle = `Trang thông tin ${++serial}`
    },
  },
]

const source = (): SnapshotSource => ({
  load: async () => ({ snapshot: clone(snapshot), mediaFiles: [] }),
  directory: async () => {
    throw new Error('no directory in this test')
  },
})

const build = (sitesDir: string, incremental: boolean): Promise<BuildReport> =>
  generateSites([slug], source(), {
    sitesDir,
    mediaDir: path.join(work, 'media'),
    directory: false,
    batchSize: 20,
    builder: incremental ? builder : reference,
    parallel: 1,
    log: () => undefined,
    ...(incremental ? { fingerprint: () => 'test' } : {}),
  })

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-incremental-'))
  const sample = path.join(work, 'sample')
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'demo/sample-snapshot.ts'), sample], {
    cwd: root,
    stdio: 'pipe',
  })
  slug = fs
    .readdirSync(sample)
    .find((f) => f.endsWith('.json') && !f.startsWith('_'))!
    .replace(/\.json$/, '')
  snapshot = JSON.parse(fs.readFileSync(path.join(sample, `${slug}.json`), 'utf8')) as SiteSnapshot
  fs.mkdirSync(path.join(work, 'media'))
  builder = new SiteBuilder(work)
  reference = new SiteBuilder(work, undefined, 0, false)
}, 120_000)

afterAll(async () => {
  await builder?.close()
  await reference?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a commune’s publishing renders only what the change touches', () => {
  it(`gives, after each of ${STEPS} random changes, the same files as a full build (seed ${seed})`, {
    timeout: 600_000,
  }, async () => {
    const live = path.join(work, 'live')
    const first = await build(live, true)
    expect(first.failed, JSON.stringify(first.failed)).toEqual([])
    expect(first.reused).toBe(0)
    let reused = 0
    for (let step = 1; step <= STEPS; step++) {
      // Time passes (announcements start and expire); one to three changes at once.
      snapshot.generatedAt = hoursFrom(snapshot.generatedAt, random() * 3)
      const names: string[] = []
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        // A change of the site's frame (its title) renders everything: keep it rare.
        const change = pick(random() < 0.1 ? CHANGES : CHANGES.slice(0, -1))
        change.apply(snapshot)
        names.push(change.name)
      }
      const what = `seed ${seed}, step ${step}: ${names.join(', ')}`
      const incremental = await build(live, true)
      expect(incremental.failed, what).toEqual([])
      reused += incremental.reused
      const full = path.join(work, `full-${step}`)
      expect((await build(full, false)).failed, what).toEqual([])
      const got = filesUnder(path.join(live, slug, 'current'))
      const want = filesUnder(path.join(full, slug, 'current'))
      expect([...got.keys()].sort(), what).toEqual([...want.keys()].sort())
      for (const [file, bytes] of want) expect(difference(got.get(file)!, bytes), `${what}: ${file} differs`).toBe('')
      expect(incremental.pages, what).toBe(got.size ? [...got.keys()].filter((f) => f.endsWith('.html')).length : 0)
      fs.rmSync(full, { recursive: true, force: true })
    }
    // The point of it all: pages were taken from the live build rather than rendered again.
    expect(reused, `seed ${seed}`).toBeGreaterThan(0)
  })
})
