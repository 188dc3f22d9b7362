import type { Payload } from 'payload'
import { requestSiteBuilds } from '../../cms/features/publishing/queue'
import { BATCH_QUEUE, SITE_QUEUE } from '../../cms/features/publishing/tasks'
import { DIRECTORY_SITE } from '../../contract/snapshot'

type ID = number | string

const PROGRESS_EVERY_MS = 5000
/** How long the communes seeded after the first gather before they go to the worker (when it is free). */
const GATHER_MS = 5000

/** Build jobs waiting or running; a job that failed for good is finished. */
const unfinishedJobs = async (payload: Payload): Promise<number> =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { in: [SITE_QUEUE, BATCH_QUEUE] } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs

/** Live communes, and how many of their sites are live or failed. */
const siteCounts = async (payload: Payload) => {
  const count = async (state?: string) =>
    (
      await payload.count({
        collection: 'communes',
        where: { and: [{ status: { equals: 'live' } }, ...(state ? [{ 'site.state': { equals: state } }] : [])] },
        overrideAccess: true,
      })
    ).totalDocs
  const [live, built, failed] = await Promise.all([count(), count('live'), count('failed')])
  return { live, built, failed }
}

/**
 * The sites of a first start, built while the province is seeded, through the publishing queue
 * and the server's build worker: the first commune as soon as its content is in; then, every
 * few seconds when the worker is free, the communes seeded meanwhile as one batch (one Astro
 * run for all of them: a run per commune would cost the seed, on the same cores, several times
 * the work). Progress (sites built, time left) goes to the log.
 */
export const startUpBuilds = (
  payload: Payload,
  { log, enabled }: { log: (line: string) => void; enabled: boolean },
) => {
  const started = Date.now()
  const pending = new Set<ID>()
  /** Every commune handed to the worker so far. */
  const queued = new Set<string>()
  let sending: Promise<void> | null = null
  let directorySent = false
  let seeding = true

  const send = async (always: boolean) => {
    if (!pending.size || (!always && (await unfinishedJobs(payload)) > 0)) return
    const targets = [...pending]
    pending.clear()
    for (const id of targets) queued.add(String(id))
    const directory = directorySent ? [] : [DIRECTORY_SITE]
    directorySent = true
    await requestSiteBuilds(payload, [...targets, ...directory])
  }
  const sendOnce = (always: boolean) => {
    sending ??= send(always)
      .catch((err: Error) => log(`Queueing site builds failed: ${err.message}`))
      .finally(() => {
        sending = null
      })
    return sending
  }

  const progress = async (quiet = true) => {
    const { live, built, failed } = await siteCounts(payload)
    const elapsed = (Date.now() - started) / 1000
    const left = built > 0 && !seeding ? ` about ${Math.ceil(((live - built - failed) * elapsed) / built)} s left` : ''
    // Nothing to say before the first commune is live (a second start says it once, at the end).
    if (live || !quiet)
      log(
        `Start-up: ${built}/${live} sites built${failed ? `, ${failed} failed` : ''} (${elapsed.toFixed(0)} s elapsed${left ? `,${left}` : ''})`,
      )
    return { live, built, failed }
  }
  const timer = setInterval(() => void progress().catch(() => undefined), PROGRESS_EVERY_MS)
  timer.unref()
  // After the first commune (built at once), the next ones gather for a few seconds.
  const gather = setInterval(() => void sendOnce(false), GATHER_MS)
  gather.unref()

  return {
    queued,
    /** A commune whose content is in: built now, or with the next batch. */
    add: (id: ID) => {
      if (!enabled) return
      pending.add(id)
      if (!queued.size) void sendOnce(false)
    },
    /** The seed is done: whatever is still gathered goes to the worker now. */
    flush: async () => {
      seeding = false
      clearInterval(gather)
      if (!enabled) return
      await sending
      await sendOnce(true)
    },
    /** Resolves once the worker has no build job left (each site live, or failed and reported). */
    allBuilt: async () => {
      while ((await unfinishedJobs(payload)) > 0) await new Promise((resolve) => setTimeout(resolve, 500))
      clearInterval(timer)
      const { live, built, failed } = await progress(false)
      log(
        `All sites built: ${built} of ${live}${failed ? `, ${failed} failed (see the admin)` : ''}, in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
      )
    },
  }
}
