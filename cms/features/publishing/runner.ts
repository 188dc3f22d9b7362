import fs from 'node:fs'
import type { Payload } from 'payload'
import { liveDir } from '../../runtime/sites-dir'
import { buildSites, type BuildReport, siteBuilder } from './build-sites'
import type { BuildFailure } from '../../../sites/generate'
import type { SiteBuilder } from '../../../sites/builder'
import { fingerprintFor } from './fingerprint'
import { acquireLease, releaseLease, WORKER_ID } from './leases'
// Registers the private builds (previews) on the process: Next's endpoints reach them through
// private-build-door.ts, since they may not import the generator.
import './private-build'
import { requestSiteBuilds, SITE_STATE_CONTEXT } from './queue'
import type { BuildTaskOutput } from './tasks'
import { askToYield, offerToPublishing } from './yielding'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

type Commune = {
  id: number | string
  slug?: string | null
  name: string
  status?: string | null
  theme?: number | null
  site?: { builds?: number | null; builtWith?: string | null } | null
}

/** How long a single-commune job waits for another worker to finish building that commune. */
const WAIT_FOR_LEASE_MS = 120_000

const siteKey = (id: string) => `site:${id}`

/** Records a site's state on its commune; a commune removed meanwhile is simply not there to update. */
const setSiteState = async (payload: Payload, id: Commune['id'], site: Record<string, unknown>): Promise<void> => {
  const result = await payload.update({
    collection: 'communes',
    where: { id: { equals: id } },
    data: { site },
    depth: 0,
    overrideAccess: true,
    context: SITE_STATE_CONTEXT,
  })
  for (const e of result.errors)
    throw new Error(`recording the site state of commune ${String(id)} failed: ${e.message}`)
}

const waitForLease = async (payload: Payload, key: string): Promise<boolean> => {
  const until = Date.now() + WAIT_FOR_LEASE_MS
  while (Date.now() < until) {
    if (await acquireLease(payload, key)) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

/** Records on its commune how a site's build went: live with its figures, or failed and why. */
const recordBuilt = async (
  payload: Payload,
  c: Commune,
  { failure, startedAt, pages }: { failure?: BuildFailure; startedAt: Date; pages: number | null },
) => {
  const lastBuildMs = Date.now() - startedAt.getTime()
  const builds = (c.site?.builds ?? 0) + 1
  if (failure) {
    payload.logger.error(
      `Site build failed for commune ${c.name} (${c.slug}), page ${failure.page ?? 'unknown'}: ${failure.error}`,
    )
    await setSiteState(payload, c.id, {
      state: 'failed',
      error: failure.error,
      errorPage: failure.page ?? null,
      lastBuildMs,
      builds,
    })
  } else
    await setSiteState(payload, c.id, {
      state: 'live',
      liveSince: new Date().toISOString(),
      lastBuildMs,
      pages,
      builds,
      error: null,
      errorPage: null,
      builtFrom: startedAt.toISOString(),
      builtWith: fingerprintFor(c.theme),
    })
}

/** A commune's publishing first asks a batch of this process to give the commune up (yielding.ts), then waits. */
const waitOrTakeOver = async (payload: Payload, key: string): Promise<boolean> =>
  ((await askToYield(key)) && (await acquireLease(payload, key))) || (await waitForLease(payload, key))

/** Takes the lease of each target's site, waiting for those another worker builds when `wait`. */
const takeLeases = async (payload: Payload, targets: string[], wait: boolean) => {
  const held: string[] = []
  const busy: string[] = []
  try {
    for (const key of targets) {
      if (await acquireLease(payload, siteKey(key))) held.push(key)
      else if (wait && (await waitOrTakeOver(payload, siteKey(key)))) held.push(key)
      else busy.push(key)
    }
  } catch (err) {
    for (const key of held) await releaseLease(payload, siteKey(key)).catch(() => undefined)
    throw err
  }
  return { held, busy }
}

/**
 * Builds the sites of the given communes (IDs; DIRECTORY_SITE for the province directory) in
 * one generator run, holding each commune's lease so that no other worker builds it at the
 * same time, and records each site's state on its commune.
 *
 * Work already done is skipped: a commune whose live site was built with the current
 * generator is not rebuilt by a generator-change batch (unless forced, as a manual rebuild
 * is), and communes that are no longer live are dropped. A commune another worker is
 * building is left to it and queued again, so the newest change still gets built.
 */
export const buildCommunes = async (
  payload: Payload,
  targets: string[],
  {
    force,
    wait,
    reason,
    builder = siteBuilder(),
    lane,
    log = (line) => console.log(line),
  }: {
    force: boolean
    wait: boolean
    reason: 'content' | 'batch'
    builder?: SiteBuilder
    /** The worker's lane running this build, named in the log lines (worker.ts). */
    lane?: string
    log?: (line: string) => void
  },
): Promise<BuildTaskOutput & { report: BuildReport | null }> => {
  const output: BuildTaskOutput & { report: BuildReport | null } = { built: 0, failed: 0, skipped: 0, report: null }
  const { held, busy } = await takeLeases(payload, targets, wait)
  // A batch gives up a commune whose publishing is waiting for it (yielding.ts).
  const offer = wait ? null : offerToPublishing(held.map(siteKey), (key) => releaseLease(payload, key))
  const kept = (key: string) => !offer?.yielded.has(siteKey(key))
  try {
    const withDirectory = held.includes(DIRECTORY_SITE)
    const ids = held.filter((k) => k !== DIRECTORY_SITE)
    const found = ids.length
      ? ((
          await payload.find({
            collection: 'communes',
            where: { id: { in: ids } },
            limit: 0,
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs as Commune[])
      : []
    const todo = found.filter((c) => {
      if (c.status !== 'live' || !c.slug) return false
      const upToDate = c.site?.builtWith === fingerprintFor(c.theme) && fs.existsSync(liveDir(c.slug))
      return force || reason === 'content' || !upToDate
    })
    output.skipped = ids.length - todo.length
    if (!todo.length && !withDirectory) return output

    const startedAt = new Date()
    for (const c of todo) if (kept(String(c.id))) await setSiteState(payload, c.id, { state: 'building' })
    // Machine-readable, so operators (and tests) can line up who built what, when.
    const slugs = [...todo.map((c) => c.slug!), ...(withDirectory ? [DIRECTORY_SITE] : [])].join(',')
    const worker = lane ? `${WORKER_ID}/${lane}` : WORKER_ID
    log(`site-build start worker=${worker} at=${startedAt.getTime()} sites=${slugs}`)
    let report: BuildReport
    try {
      report = await buildSites(payload, {
        communes: todo.map((c) => c.slug!),
        directory: withDirectory,
        builder,
        reuse: !force,
        keep: (slug) => kept(slug === DIRECTORY_SITE ? slug : String(todo.find((c) => c.slug === slug)?.id)),
        log,
      })
    } catch (err) {
      // Not the content's fault (disk, database, the builder itself): record it and let the
      // queue retry the job; every site keeps its previous version.
      const message = `Lỗi hệ thống khi xây dựng: ${(err as Error).message}`
      for (const c of todo.filter((t) => kept(String(t.id))))
        await setSiteState(payload, c.id, { state: 'failed', error: message, errorPage: null }).catch(() => undefined)
      throw err
    }
    output.report = report
    log(
      `site-build end worker=${worker} at=${Date.now()} sites=${slugs} built=${report.built.length} failed=${report.failed.length}`,
    )
    const pagesOf = new Map(report.pagesBySlug)
    for (const c of todo) {
      if (!kept(String(c.id))) {
        // Given up to its publishing, which records its state.
        output.skipped++
        continue
      }
      if (report.skipped.includes(c.slug!)) {
        // No longer live (suspended meanwhile; a removed one is simply gone): its site is as it was.
        output.skipped++
        await setSiteState(payload, c.id, { state: fs.existsSync(liveDir(c.slug!)) ? 'live' : 'none' })
        continue
      }
      const failure = report.failed.find((f) => f.slug === c.slug)
      if (failure) output.failed++
      else output.built++
      await recordBuilt(payload, c, { failure, startedAt, pages: pagesOf.get(c.slug!) ?? null })
    }
    if (withDirectory && report.failed.some((f) => f.slug === DIRECTORY_SITE)) output.failed++
  } finally {
    offer?.withdraw()
    for (const key of held.filter(kept)) await releaseLease(payload, siteKey(key)).catch(() => undefined)
  }
  // Another worker is building these right now, maybe from content older than our request.
  if (busy.length) await requestSiteBuilds(payload, busy, { force, generator: reason === 'batch' })
  return output
}

/**
 * Live communes whose site must be built before it can be served (no live folder yet) and
 * those whose live site comes from an older generator (shared code or their theme changed).
 */
export const staleSites = async (
  payload: Payload,
): Promise<{ unbuilt: string[]; outdated: string[]; directoryMissing: boolean }> => {
  const live = (
    await payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as Commune[]
  const unbuilt: string[] = []
  const outdated: string[] = []
  for (const c of live) {
    if (!c.slug) continue
    if (!fs.existsSync(liveDir(c.slug))) unbuilt.push(String(c.id))
    else if (c.site?.builtWith !== fingerprintFor(c.theme)) outdated.push(String(c.id))
  }
  return { unbuilt, outdated, directoryMissing: !fs.existsSync(liveDir(DIRECTORY_SITE)) }
}
