import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { analyticsScript } from '../contract/analytics'
import { DIRECTORY_SITE, type DirectorySnapshot, type SiteSnapshot } from '../contract/snapshot'
import { BATCH_PRIORITY, SiteBuilder } from './builder'
import { linkReused, planReuse, type ReusePlan, saveBuildState } from './incremental'
import { countPages, publishSite, removeAbandonedWork, type SiteDirs, type SiteExtras } from './publish-site'

/**
 * The generator: snapshots in, static sites and a report out. It knows nothing of the CMS; the
 * publishing feature (cms/features/publishing/build-sites.ts) reads the content and hands it
 * over through a SnapshotSource.
 */

export type BuildFailure = { slug: string; error: string; page?: string | null }
/** `skipped`: communes asked for that are no longer live, left alone (not a failure). */
export type BuildReport = {
  built: string[]
  failed: BuildFailure[]
  skipped: string[]
  pages: number
  pagesBySlug: [string, number][]
  /** Pages taken unchanged from the live build (a commune's publishing; see incremental.ts). */
  reused: number
  /** Full Astro builds (each compiles the bundle) a many-batch build ran; its other batches rendered warm. */
  compiles: number
  seconds: number
}

/** A commune's content for one build, or why there is none: gone meanwhile, or an error to report. */
export type LoadedSnapshot = { snapshot: SiteSnapshot; mediaFiles: string[] } | { skipped: string } | { error: string }

export type SnapshotSource = {
  load: (slug: string) => Promise<LoadedSnapshot>
  /** The province directory, built with the first batch when `directory` is asked for. */
  directory: () => Promise<DirectorySnapshot>
}

export type GenerateOptions = SiteDirs & {
  /** Also build the province directory. */
  directory: boolean
  batchSize: number
  /** The warm builder a one-batch build uses (a commune's publishing). */
  builder: SiteBuilder
  /** Builders a many-batch build runs at once. */
  parallel: number
  /**
   * False: a many-batch build runs a full Astro build for every batch (the reference the tests
   * compare with). By default each of its builders compiles the bundle once, with its first
   * batch, and renders every later batch with it (builder-process.mjs, warm mode).
   */
  warmBatches?: boolean
  log: (line: string) => void
  progress?: { tick: () => void; done: () => void }
  /**
   * The generator's fingerprint for a snapshot (its code and theme): a one-commune build
   * renders only the pages its change touches when the live build has the same fingerprint,
   * and every build records its snapshot for the next one (incremental.ts). Without it, every
   * build renders every page.
   */
  fingerprint?: (snapshot: SiteSnapshot) => string
  /** False: render every page even so (a manual rebuild). */
  reuse?: boolean
  /**
   * Asked right before a built site goes live: false leaves the live site as it is (reported
   * as skipped), as when a batch gave the commune up to a newer publish.
   */
  keep?: (slug: string) => boolean
}

/** Builders one full rebuild may run at once: Astro renders on one core each (each takes ~0.7 GB). */
export const PARALLEL_BUILDS = Math.max(
  1,
  Number(process.env.SITES_BUILD_PARALLEL) || Math.min(2, os.availableParallelism()),
)

/**
 * A batch builder holds ~650 MB after its first (full) build of 20 communes of 185 pages, most
 * of it outside the JS heap (what the compile leaves), and ~740-770 MB once it has rendered
 * warm. Past this it is replaced, which throws its compiled bundle away: at 550 every batch
 * compiles again, as before warm batches. Kept so because two warm builders and this process
 * measured 2.25-2.3 GB at peak on the bench dataset (over the 2 GB target); raise it
 * (SITES_BATCH_BUILDER_MAX_MB=850) to keep them warm where memory allows, ~10% faster.
 */
export const BATCH_BUILDER_MAX_MB = Number(process.env.SITES_BATCH_BUILDER_MAX_MB) || 550

/**
 * The page a failed build names: sites/src/middleware.ts prefixes a page's rendering error
 * with its path (/<slug>/...).
 */
export const failingPage = (error: string): string | null => /^page (\/\S+?):/m.exec(error)?.[1] ?? null

/** The first lines of an error, without stack frames or colours, for the report and the admin. */
const failureCause = (output: string): string =>
  output
    .split('\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes (ESC [ … m)
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => l && !l.startsWith('at '))
    .slice(0, 4)
    .join(' | ')
    .slice(0, 600)

type Exported = SiteExtras & { json: string; snapshot: SiteSnapshot }

/**
 * One call of generateSites: builds the given communes with Astro, many per invocation because
 * start-up dominates a single build, in batches so progress is visible and memory bounded. A
 * batch that fails is bisected to name the culprit; every other site still goes live, and a
 * failed one keeps its previous version.
 */
class Generation {
  readonly report: BuildReport = {
    built: [],
    failed: [],
    skipped: [],
    pages: 0,
    pagesBySlug: [],
    reused: 0,
    compiles: 0,
    seconds: 0,
  }

  constructor(
    private readonly source: SnapshotSource,
    private readonly options: GenerateOptions,
  ) {}

  private tick(): void {
    this.options.progress?.tick()
  }

  fail(batch: string[], cause: string): void {
    for (const slug of batch) {
      this.report.failed.push({ slug, error: cause, page: failingPage(cause) })
      this.options.log(`Build of ${slug} failed, its previous version stays live: ${cause}`)
      this.tick()
    }
  }

  /** Loads a batch's content; a commune whose content cannot be read fails alone. */
  async loadBatch(batch: string[]): Promise<Map<string, Exported>> {
    const exported = new Map<string, Exported>()
    for (const slug of batch) {
      const loaded = await this.source.load(slug)
      if ('snapshot' in loaded) {
        const { snapshot, mediaFiles } = loaded
        const analytics = analyticsScript(snapshot.commune, snapshot.matomoUrl)
        exported.set(slug, { json: JSON.stringify(snapshot), snapshot, mediaFiles, analytics })
      } else if ('skipped' in loaded) {
        this.options.log(`Site ${slug} skipped: ${loaded.skipped}`)
        this.report.skipped.push(slug)
        this.tick()
      } else this.fail([slug], loaded.error)
    }
    return exported
  }

  private async writeSnapshots(
    snapshotDir: string,
    batch: string[],
    exported: Map<string, Exported>,
    withDirectory: boolean,
  ) {
    fs.mkdirSync(snapshotDir)
    for (const slug of batch) fs.writeFileSync(path.join(snapshotDir, `${slug}.json`), exported.get(slug)!.json)
    if (withDirectory)
      fs.writeFileSync(path.join(snapshotDir, `${DIRECTORY_SITE}.json`), JSON.stringify(await this.source.directory()))
  }

  private publishBatch(outDir: string, batch: string[], exported: Map<string, Exported>, withDirectory: boolean) {
    const assets = path.join(outDir, '_astro')
    for (const slug of batch) {
      if (this.options.keep?.(slug) === false) {
        this.options.log(`Site ${slug} built but not put live: a newer build of it was asked for.`)
        this.report.skipped.push(slug)
        this.tick()
        continue
      }
      const pages = countPages(path.join(outDir, slug))
      this.report.pages += pages
      this.report.pagesBySlug.push([slug, pages])
      const { snapshot, json } = exported.get(slug)!
      const buildId = publishSite(this.options, slug, path.join(outDir, slug), assets, exported.get(slug)!)
      if (this.options.fingerprint)
        saveBuildState(this.options.sitesDir, slug, buildId, this.fingerprintOf(snapshot), json)
      this.report.built.push(slug)
      this.tick()
    }
    if (withDirectory && this.options.keep?.(DIRECTORY_SITE) !== false)
      publishSite(this.options, DIRECTORY_SITE, path.join(outDir, DIRECTORY_SITE), assets, {
        mediaFiles: [],
        analytics: null,
      })
  }

  /** The generator's fingerprint, with the origin absolute URLs use (the pages carry it). */
  fingerprintOf(snapshot: SiteSnapshot): string {
    return `${this.options.fingerprint!(snapshot)}|${process.env.SITES_BASE_URL_TEMPLATE ?? ''}`
  }

  /** A one-commune build reuses the live build's pages its change cannot have altered. */
  private reusePlan(batch: string[], exported: Map<string, Exported>, withDirectory: boolean): ReusePlan | null {
    if (batch.length !== 1 || withDirectory || !this.options.fingerprint || this.options.reuse === false) return null
    const { snapshot } = exported.get(batch[0]!)!
    const plan = planReuse(this.options.sitesDir, snapshot, this.fingerprintOf(snapshot))
    return plan?.paths.length ? plan : null
  }

  /** Returns the cause when Astro failed (nothing published), null when the batch went live. */
  async buildBatch(
    batch: string[],
    exported: Map<string, Exported>,
    withDirectory: boolean,
    builder: SiteBuilder,
  ): Promise<string | null> {
    const work = fs.mkdtempSync(path.join(this.options.sitesDir, `.work-${process.pid}-`))
    try {
      const snapshotDir = path.join(work, 'snapshots')
      const outDir = path.join(work, 'dist')
      await this.writeSnapshots(snapshotDir, batch, exported, withDirectory)
      const plan = this.reusePlan(batch, exported, withDirectory)
      const skipFile = path.join(work, 'skip.json')
      const skippedOut = path.join(work, 'skipped.txt')
      if (plan) fs.writeFileSync(skipFile, JSON.stringify(plan.paths))
      const result = await builder.build(snapshotDir, outDir, plan ? { skipFile, skippedOut } : {})
      if (!result.ok) return failureCause(result.error ?? 'unknown error')
      if (plan) this.report.reused += linkReused(plan, batch[0]!, skippedOut, outDir)
      const missing = batch.filter((slug) => !fs.existsSync(path.join(outDir, slug, 'index.html')))
      if (missing.length) return `the generator produced no home page for ${missing.join(', ')}`
      this.publishBatch(outDir, batch, exported, withDirectory)
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
  async buildOrBisect(
    batch: string[],
    exported: Map<string, Exported>,
    withDirectory: boolean,
    builder: SiteBuilder,
  ): Promise<void> {
    const cause = await this.buildBatch(batch, exported, withDirectory, builder)
    if (cause === null) return
    if (batch.length <= 1) return this.fail(batch.length ? batch : [DIRECTORY_SITE], cause)
    const half = Math.ceil(batch.length / 2)
    const first = await this.buildBatch(batch.slice(0, half), exported, withDirectory, builder)
    const second = await this.buildBatch(batch.slice(half), exported, false, builder)
    if (first !== null && second !== null) return this.fail(batch, first)
    if (first !== null) await this.buildOrBisect(batch.slice(0, half), exported, withDirectory, builder)
    if (second !== null) await this.buildOrBisect(batch.slice(half), exported, false, builder)
  }
}

const inBatches = (slugs: string[], size: number): string[][] => {
  const batches: string[][] = []
  for (let i = 0; i < slugs.length; i += size) batches.push(slugs.slice(i, i + size))
  return batches
}

/**
 * Builds the sites of `slugs` (an empty list builds no commune, only the directory when asked).
 * Astro renders on one core: with several batches, one builder per core (the extra ones only
 * for this call), each taking the next batch, while this process loads the content of the
 * batches to come. A one-batch build (a commune's publishing) uses the warm builder; a
 * many-batch build runs on builders of its own, each compiling once and rendering its later
 * batches warm, replaced whenever one grows past BATCH_BUILDER_MAX_MB, so a full rebuild stays
 * within about 2 GB however many batches it has.
 */
export const generateSites = async (
  slugs: string[],
  source: SnapshotSource,
  options: GenerateOptions,
): Promise<BuildReport> => {
  const started = Date.now()
  const run = new Generation(source, options)
  fs.mkdirSync(options.sitesDir, { recursive: true })
  removeAbandonedWork(options.sitesDir)
  const batches = inBatches(slugs, options.batchSize)
  if (!batches.length && options.directory) batches.push([])
  const loads = new Map<number, Promise<Map<string, Exported>>>()
  const loadOf = (i: number) => {
    if (!loads.has(i)) loads.set(i, run.loadBatch(batches[i]!))
    return loads.get(i)!
  }
  const many = batches.length > 1
  const pool = many
    ? Array.from(
        { length: Math.min(options.parallel, batches.length) },
        () => new SiteBuilder(options.sitesDir, BATCH_BUILDER_MAX_MB, BATCH_PRIORITY, options.warmBatches !== false),
      )
    : [options.builder]
  let next = 0
  try {
    await Promise.all(
      pool.map(async (builder) => {
        while (next < batches.length) {
          const i = next++
          const exported = await loadOf(i)
          if (i + pool.length < batches.length) void loadOf(i + pool.length)
          loads.delete(i)
          const withDirectory = i === 0 && options.directory
          const ready = batches[i]!.filter((slug) => exported.has(slug))
          if (ready.length || withDirectory) await run.buildOrBisect(ready, exported, withDirectory, builder)
        }
      }),
    )
  } finally {
    if (many) {
      run.report.compiles = pool.reduce((n, b) => n + b.compiles, 0)
      await Promise.all(pool.map((b) => b.close()))
    }
  }
  options.progress?.done()
  run.report.seconds = (Date.now() - started) / 1000
  return run.report
}
