import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { dataDir } from '../cms/runtime/data-dir'
import { progressReporter } from '../cms/lib/progress'
import { analyticsScript } from '../contract/analytics'
import { SiteBuilder } from './builder'
import { exportDirectory, exportSnapshot } from '../cms/features/publishing/export-snapshot'
import { DIRECTORY_SITE } from '../contract/snapshot'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const sitesDir = (): string => path.join(dataDir(), 'sites')
/** The live folder of a site: a symlink switched atomically to the newest good build. */
export const liveDir = (slug: string): string => path.join(sitesDir(), slug, 'current')

export const siteUrl = (slug: string, domains: string[] = []): string =>
  domains[0]
    ? `https://${domains[0]}/`
    : `http://${slug}.${process.env.SITES_DOMAIN || 'localhost'}:${process.env.PORT || 3000}/`

export type BuildFailure = { slug: string; error: string; page?: string | null }
/** `skipped`: communes asked for that are no longer live, left alone (not a failure). */
export type BuildReport = {
  built: string[]
  failed: BuildFailure[]
  skipped: string[]
  pages: number
  pagesBySlug: [string, number][]
  seconds: number
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Work folders of builds that were killed: their process is gone, nothing else will clean them. */
const removeAbandonedWork = () => {
  for (const name of fs.readdirSync(sitesDir())) {
    const pid = Number(/^\.work-(\d+)-/.exec(name)?.[1])
    if (pid && pid !== process.pid && !isAlive(pid))
      fs.rmSync(path.join(sitesDir(), name), { recursive: true, force: true })
  }
}

const countPages = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html'))
    .length

/** Builders one call of buildSites may run at once: Astro renders on one core each (each takes ~0.7 GB). */
const PARALLEL_BUILDS = Math.max(1, Number(process.env.SITES_BUILD_PARALLEL) || Math.min(2, os.availableParallelism()))

/** Each builds about 20 communes of 170 pages in ~600 MB; past this it is replaced. */
const BATCH_BUILDER_MAX_MB = 550

/** One warm builder per process, shared by every build it runs (sites/builder.ts). */
let sharedBuilder: SiteBuilder | null = null
export const siteBuilder = (): SiteBuilder => {
  if (!sharedBuilder) {
    // Absolute URLs (sitemap, canonical, RSS) follow where this server serves the sites.
    process.env.SITES_BASE_URL_TEMPLATE ||= siteUrl('{slug}').replace(/\/$/, '')
    sharedBuilder = new SiteBuilder(sitesDir())
  }
  return sharedBuilder
}
export const closeSiteBuilder = async (): Promise<void> => {
  await sharedBuilder?.close()
  sharedBuilder = null
}

/**
 * The page a failed build names: sites/src/middleware.ts prefixes a page's rendering error
 * with its path (/<slug>/...).
 */
export const failingPage = (error: string): string | null => /^page (\/\S+?):/m.exec(error)?.[1] ?? null

/** The first lines of an error, without stack frames or colours, for the report and the admin. */
const failureCause = (output: string): string =>
  output
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => l && !l.startsWith('at '))
    .slice(0, 4)
    .join(' | ')
    .slice(0, 600)

/**
 * Moves a built site into its own build folder with the shared assets, its media and its
 * analytics file, then switches the live symlink to it in one rename: readers see the old
 * site or the new one, never half of either. Keeps the previous build for a quick rollback.
 */
const publishSite = (
  slug: string,
  builtDir: string,
  assetsDir: string,
  mediaFiles: string[],
  analytics: string | null,
): void => {
  const siteRoot = path.join(sitesDir(), slug)
  const buildsDir = path.join(siteRoot, 'builds')
  fs.mkdirSync(buildsDir, { recursive: true })
  const buildId = `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${crypto.randomBytes(3).toString('hex')}`
  const target = path.join(buildsDir, buildId)
  fs.renameSync(builtDir, target)
  if (fs.existsSync(assetsDir)) fs.cpSync(assetsDir, path.join(target, '_astro'), { recursive: true })
  if (mediaFiles.length) {
    fs.mkdirSync(path.join(target, 'media'))
    for (const file of mediaFiles) {
      const from = path.join(dataDir(), 'media', file)
      const to = path.join(target, 'media', file)
      try {
        fs.linkSync(from, to) // same disk: no copy, no extra space
      } catch {
        if (fs.existsSync(from)) fs.copyFileSync(from, to)
      }
    }
  }
  if (analytics) fs.writeFileSync(path.join(target, '_analytics.js'), analytics)
  const temp = path.join(siteRoot, `current.${process.pid}.tmp`)
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(path.join('builds', buildId), temp)
  fs.renameSync(temp, path.join(siteRoot, 'current'))
  const keep = new Set([buildId, previousBuild(siteRoot, buildId)])
  for (const old of fs.readdirSync(buildsDir))
    if (!keep.has(old)) fs.rmSync(path.join(buildsDir, old), { recursive: true, force: true })
}

const previousBuild = (siteRoot: string, current: string): string | undefined =>
  fs
    .readdirSync(path.join(siteRoot, 'builds'))
    .filter((b) => b !== current)
    .sort()
    .at(-1)

/**
 * Builds the sites of the given communes (slugs, or 'all' live ones, said explicitly: an empty
 * list builds no commune) with Astro, many per invocation because start-up dominates a single
 * build, in batches so progress is visible and memory bounded. A batch that fails is retried
 * commune by commune to name the culprit; every other site still goes live, and a failed one
 * keeps its previous version. A commune no longer live (removed or suspended meanwhile) is
 * skipped, not failed.
 */
export const buildSites = async (
  payload: Payload,
  {
    communes,
    directory = communes === 'all',
    batchSize = Number(process.env.SITES_BUILD_BATCH) || 20,
    builder = siteBuilder(),
    parallel = PARALLEL_BUILDS,
    log = (line: string) => console.log(line),
  }: {
    communes: readonly string[] | 'all'
    directory?: boolean
    batchSize?: number
    builder?: SiteBuilder
    parallel?: number
    log?: (line: string) => void
  },
): Promise<BuildReport> => {
  const started = Date.now()
  const live = await payload.find({
    collection: 'communes',
    where: { status: { equals: 'live' } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
    sort: 'code',
  })
  const slugs = communes === 'all' ? live.docs.map((c) => c.slug ?? '').filter(Boolean) : [...communes]
  const gone = slugs.filter((s) => !live.docs.some((c) => c.slug === s))
  for (const slug of gone) log(`Site ${slug} skipped: no live commune with this slug (removed or suspended meanwhile).`)
  const report: BuildReport = { built: [], failed: [], skipped: gone, pages: 0, pagesBySlug: [], seconds: 0 }
  const targets = slugs.filter((s) => !gone.includes(s))
  fs.mkdirSync(sitesDir(), { recursive: true })
  removeAbandonedWork()
  const progress = progressReporter(targets.length, 'sites built', log)

  const fail = (batch: string[], cause: string) => {
    for (const slug of batch) {
      report.failed.push({ slug, error: cause, page: failingPage(cause) })
      log(`Build of ${slug} failed, its previous version stays live: ${cause}`)
      progress.tick()
    }
  }

  type Exported = { json: string; files: string[]; analytics: string | null }

  /** Exports a batch's content; a commune whose content cannot be exported fails alone. */
  const exportBatch = async (batch: string[]): Promise<Map<string, Exported>> => {
    const exported = new Map<string, Exported>()
    for (const slug of batch) {
      try {
        const { snapshot, mediaFiles } = await exportSnapshot(payload, slug)
        exported.set(slug, {
          json: JSON.stringify(snapshot),
          files: mediaFiles,
          analytics: analyticsScript(snapshot.commune, snapshot.matomoUrl),
        })
      } catch (err) {
        const message = (err as Error).message
        if (
          !(
            await payload.count({
              collection: 'communes',
              where: { and: [{ slug: { equals: slug } }, { status: { equals: 'live' } }] },
            })
          ).totalDocs
        ) {
          log(`Site ${slug} skipped: its commune was removed or suspended during the build.`)
          report.skipped.push(slug)
          progress.tick()
        } else
          fail([slug], message.startsWith('Lỗi dữ liệu') ? message : `Không đọc được nội dung của đơn vị: ${message}`)
      }
    }
    return exported
  }

  /** Returns the cause when Astro failed (nothing published), null when the batch went live. */
  const buildBatch = async (
    batch: string[],
    exported: Map<string, Exported>,
    withDirectory: boolean,
    builder: SiteBuilder,
  ): Promise<string | null> => {
    const work = fs.mkdtempSync(path.join(sitesDir(), `.work-${process.pid}-`))
    try {
      const snapshotDir = path.join(work, 'snapshots')
      const outDir = path.join(work, 'dist')
      fs.mkdirSync(snapshotDir)
      for (const slug of batch) fs.writeFileSync(path.join(snapshotDir, `${slug}.json`), exported.get(slug)!.json)
      if (withDirectory)
        fs.writeFileSync(
          path.join(snapshotDir, `${DIRECTORY_SITE}.json`),
          JSON.stringify(await exportDirectory(payload, siteUrl)),
        )
      const result = await builder.build(snapshotDir, outDir)
      if (!result.ok) return failureCause(result.error ?? 'unknown error')
      const missing = batch.filter((slug) => !fs.existsSync(path.join(outDir, slug, 'index.html')))
      if (missing.length) return `the generator produced no home page for ${missing.join(', ')}`
      for (const slug of batch) {
        const entry = exported.get(slug)!
        const pages = countPages(path.join(outDir, slug))
        report.pages += pages
        report.pagesBySlug.push([slug, pages])
        publishSite(slug, path.join(outDir, slug), path.join(outDir, '_astro'), entry.files, entry.analytics)
        report.built.push(slug)
        progress.tick()
      }
      if (withDirectory)
        publishSite(DIRECTORY_SITE, path.join(outDir, DIRECTORY_SITE), path.join(outDir, '_astro'), [], null)
      return null
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }

  /**
   * One bad commune must not keep the others off line: a failed batch is split in halves until
   * the culprit is alone. When both halves fail the cause is shared (broken code, not content),
   * so the whole batch is reported at once instead of retrying every commune.
   */
  const buildOrBisect = async (
    batch: string[],
    exported: Map<string, Exported>,
    withDirectory: boolean,
    builder: SiteBuilder,
  ): Promise<void> => {
    const cause = await buildBatch(batch, exported, withDirectory, builder)
    if (cause === null) return
    if (batch.length <= 1) return fail(batch.length ? batch : [DIRECTORY_SITE], cause)
    const half = Math.ceil(batch.length / 2)
    const first = await buildBatch(batch.slice(0, half), exported, withDirectory, builder)
    const second = await buildBatch(batch.slice(half), exported, false, builder)
    if (first !== null && second !== null) return fail(batch, first)
    if (first !== null) await buildOrBisect(batch.slice(0, half), exported, withDirectory, builder)
    if (second !== null) await buildOrBisect(batch.slice(half), exported, false, builder)
  }

  // Astro renders on one core: with several batches, one builder per core (the extra ones
  // only for this call), each taking the next batch, while this process exports the content
  // of the batches to come.
  const batches: string[][] = []
  for (let i = 0; i < targets.length; i += batchSize) batches.push(targets.slice(i, i + batchSize))
  if (!batches.length && directory) batches.push([])
  const exports = new Map<number, Promise<Map<string, Exported>>>()
  const exportOf = (i: number) => {
    if (!exports.has(i)) exports.set(i, exportBatch(batches[i]!))
    return exports.get(i)!
  }
  // A one-batch build (a commune's publishing) uses the warm builder; a many-batch build runs on
  // builders of its own, replaced whenever one grows past BATCH_BUILDER_MAX_MB, so a full
  // rebuild stays within about 2 GB however many batches it has.
  const many = batches.length > 1
  const pool = many
    ? Array.from(
        { length: Math.min(parallel, batches.length) },
        () => new SiteBuilder(sitesDir(), BATCH_BUILDER_MAX_MB),
      )
    : [builder]
  let next = 0
  try {
    await Promise.all(
      pool.map(async (b) => {
        while (next < batches.length) {
          const i = next++
          const exported = await exportOf(i)
          if (i + pool.length < batches.length) void exportOf(i + pool.length)
          exports.delete(i)
          const ready = batches[i]!.filter((slug) => exported.has(slug))
          if (ready.length || (i === 0 && directory)) await buildOrBisect(ready, exported, i === 0 && directory, b)
        }
      }),
    )
  } finally {
    if (many) await Promise.all(pool.map((b) => b.close()))
  }
  progress.done()
  report.seconds = (Date.now() - started) / 1000
  return report
}
