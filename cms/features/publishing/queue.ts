import { EventEmitter } from 'node:events'
import type { Payload, PayloadRequest } from 'payload'
import { isLeaseHeld } from './leases'
import { BATCH_QUEUE, SITE_QUEUE } from './tasks'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

/** Communes per batch job: one Astro run each, and the unit workers share a rebuild by. */
export const BATCH_SIZE = 40
/** Up to this many communes a request queues one job per commune (they coalesce per commune). */
const SINGLE_JOBS_UP_TO = 3
/**
 * Bursts coalesce by themselves: while a commune's site is being built, each new request
 * replaces the one still waiting (concurrency `supersedes`), so the edits of a burst cost one
 * more build, not one per edit. A request made while nothing waits runs as soon as the worker
 * (or the running build of that commune) is free: a publish never waits for a quiet window.
 * Only a request that replaces a waiting one, in the middle of a burst, waits for the edits
 * to pause QUIET_MS (never longer than MAX_DELAY_MS after the burst's first edit).
 */
const QUIET_MS = 250
const MAX_DELAY_MS = 5_000

/**
 * Wakes this process's build worker at once when a build is queued here. On the process's
 * global object: GraphQL runs the hooks of Next's bundled copy of this module.
 */
const BUILD_REQUESTED = Symbol.for('commune-sites.build-requested')
const processGlobals = globalThis as Record<symbol, unknown>
processGlobals[BUILD_REQUESTED] ??= new EventEmitter()
export const buildRequested = processGlobals[BUILD_REQUESTED] as EventEmitter

type ID = number | string

/** Writes of the site state: not a change of the commune (no rebuild, no audit entry). */
export const SITE_STATE_CONTEXT = { siteState: true, skipAudit: true } as const

/**
 * Asks for the sites of these communes (IDs, or DIRECTORY_SITE for the province directory) to
 * be rebuilt: their content changed, or (`generator`) the generator did, when a site already
 * built by the current generator is left as it is.
 *
 * From a hook, pass the change's `req`: the job is then written after the change is stored,
 * in the same transaction where the database has them (MongoDB; SQLite commits each write at
 * once), so no worker can build from content older than the request. Only the job is written
 * then: writing the commune too would merge our context into the editor's request. Without `req` (a manual rebuild, a new
 * generator, provisioning) the communes are marked queued for the admin as well.
 */
export const requestSiteBuilds = async (
  payload: Payload,
  targets: ID[],
  { req, force = false, generator = false }: { req?: PayloadRequest; force?: boolean; generator?: boolean } = {},
): Promise<void> => {
  const keys = [...new Set(targets.map(String))]
  if (!keys.length) return
  const communes = keys.filter((k) => k !== DIRECTORY_SITE)
  if (communes.length && !req)
    await payload.update({
      collection: 'communes',
      where: { and: [{ id: { in: communes } }, { 'site.state': { not_equals: 'building' } }] },
      data: { site: { state: 'queued', requestedAt: new Date().toISOString() } },
      depth: 0,
      overrideAccess: true,
      context: SITE_STATE_CONTEXT,
    })
  if (keys.length <= SINGLE_JOBS_UP_TO) {
    for (const commune of keys) {
      const now = Date.now()
      let since = now
      let waitUntil: Date | undefined
      if (await isLeaseHeld(payload, `site:${commune}`)) {
        const waiting = await payload.find({
          collection: 'payload-jobs',
          where: {
            and: [
              { concurrencyKey: { equals: `site:${commune}` } },
              { processing: { equals: false } },
              { completedAt: { exists: false } },
            ],
          },
          limit: 1,
          depth: 0,
          req,
        })
        const first = Number((waiting.docs[0]?.input as { since?: number } | undefined)?.since)
        if (first) {
          since = first
          waitUntil = new Date(Math.min(now + QUIET_MS, since + MAX_DELAY_MS))
        }
      }
      await payload.jobs.queue({
        task: 'buildSite',
        queue: SITE_QUEUE,
        input: { commune, force, since },
        waitUntil,
        req,
      })
    }
  } else {
    for (let i = 0; i < keys.length; i += BATCH_SIZE)
      await payload.jobs.queue({
        task: 'buildSites',
        queue: BATCH_QUEUE,
        // A content change builds every site it names; a generator change skips those already current.
        input: { communes: keys.slice(i, i + BATCH_SIZE), force, content: !generator },
        req,
      })
  }
  buildRequested.emit('queued')
}
