import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { siteUrl } from '../../../contract/site-urls'
import { BATCH_PRIORITY, SiteBuilder } from '../../../sites/builder'
import {
  type BuildReport,
  generateSites,
  type LoadedSnapshot,
  BATCH_BUILDER_MAX_MB,
  PARALLEL_BUILDS,
  type SnapshotSource,
} from '../../../sites/generate'
import { progressReporter } from '../../lib/progress'
import { dataDir } from '../../runtime/data-dir'
import { sitesDir } from '../../runtime/sites-dir'
import { fingerprintFor } from './fingerprint'
import { exportDirectory, exportSnapshot } from './snapshot'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

export type { BuildReport } from '../../../sites/generate'

/** One warm builder per process, shared by every build it runs (sites/builder.ts). */
let sharedBuilder: SiteBuilder | null = null
/** Absolute URLs (sitemap, canonical, RSS) follow where this server serves the sites. */
const setBaseUrl = () => {
  process.env.SITES_BASE_URL_TEMPLATE ||= siteUrl('{slug}').replace(/\/$/, '')
}
export const siteBuilder = (): SiteBuilder => {
  setBaseUrl()
  sharedBuilder ??= new SiteBuilder(sitesDir())
  return sharedBuilder
}
/** A builder for one batch job (the batch lane of the worker), at the batches' lower priority. */
export const batchBuilder = (): SiteBuilder => {
  setBaseUrl()
  return new SiteBuilder(sitesDir(), BATCH_BUILDER_MAX_MB, BATCH_PRIORITY, false)
}
export const closeSiteBuilder = async (): Promise<void> => {
  await sharedBuilder?.close()
  sharedBuilder = null
}

/**
 * Compiles the sites' bundle in the warm builder before the first publish needs it (a build of
 * the province directory alone, thrown away): later builds only render (builder-process.mjs).
 */
export const warmUpSiteBuilder = async (payload: Payload, builder = siteBuilder()): Promise<void> => {
  fs.mkdirSync(sitesDir(), { recursive: true })
  const work = fs.mkdtempSync(path.join(sitesDir(), `.work-${process.pid}-`))
  try {
    const snapshots = path.join(work, 'snapshots')
    fs.mkdirSync(snapshots)
    const directory = await exportDirectory(payload, siteUrl)
    fs.writeFileSync(path.join(snapshots, `${DIRECTORY_SITE}.json`), JSON.stringify(directory))
    await builder.build(snapshots, path.join(work, 'dist'))
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

const isLive = async (payload: Payload, slug: string): Promise<boolean> =>
  (
    await payload.count({
      collection: 'communes',
      where: { and: [{ slug: { equals: slug } }, { status: { equals: 'live' } }] },
    })
  ).totalDocs > 0

/** The generator reads each commune's published content through the Local API, one at a time. */
const snapshotSource = (payload: Payload): SnapshotSource => ({
  load: async (slug): Promise<LoadedSnapshot> => {
    try {
      return await exportSnapshot(payload, slug)
    } catch (err) {
      if (!(await isLive(payload, slug))) return { skipped: 'its commune was removed or suspended during the build.' }
      const message = (err as Error).message
      return { error: message.startsWith('Lỗi dữ liệu') ? message : `Không đọc được nội dung của đơn vị: ${message}` }
    }
  },
  directory: () => exportDirectory(payload, siteUrl),
})

const liveSlugs = async (payload: Payload): Promise<string[]> => {
  const live = await payload.find({
    collection: 'communes',
    where: { status: { equals: 'live' } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
    sort: 'code',
  })
  return live.docs.map((c) => c.slug ?? '').filter(Boolean)
}

/**
 * Builds the sites of the given communes (slugs, or 'all' live ones, said explicitly: an empty
 * list builds no commune) with the generator. A commune no longer live (removed or suspended
 * meanwhile) is skipped, not failed.
 */
export const buildSites = async (
  payload: Payload,
  {
    communes,
    directory = communes === 'all',
    batchSize = Number(process.env.SITES_BUILD_BATCH) || 20,
    builder = siteBuilder(),
    parallel = PARALLEL_BUILDS,
    reuse = true,
    keep,
    log = (line: string) => console.log(line),
  }: {
    communes: readonly string[] | 'all'
    directory?: boolean
    batchSize?: number
    builder?: SiteBuilder
    parallel?: number
    /** A commune's publishing renders only the pages its change touches (sites/incremental.ts). */
    reuse?: boolean
    /** Whether to put a built site live (a batch gives up a commune to its publishing). */
    keep?: (slug: string) => boolean
    log?: (line: string) => void
  },
): Promise<BuildReport> => {
  const started = Date.now()
  const live = await liveSlugs(payload)
  const slugs = communes === 'all' ? live : [...communes]
  const gone = slugs.filter((s) => !live.includes(s))
  for (const slug of gone) log(`Site ${slug} skipped: no live commune with this slug (removed or suspended meanwhile).`)
  const targets = slugs.filter((s) => !gone.includes(s))
  const report = await generateSites(targets, snapshotSource(payload), {
    sitesDir: sitesDir(),
    mediaDir: path.join(dataDir(), 'media'),
    directory,
    batchSize,
    builder,
    parallel,
    log,
    fingerprint: (snapshot) => fingerprintFor(snapshot.commune.theme),
    reuse,
    keep,
    progress: progressReporter(targets.length, 'sites built', log),
  })
  report.skipped.unshift(...gone)
  report.seconds = (Date.now() - started) / 1000
  return report
}
