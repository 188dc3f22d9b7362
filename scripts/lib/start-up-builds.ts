import type { Payload } from 'payload'
import { requestSiteBuilds } from '../../cms/features/publishing/queue'
import { BATCH_QUEUE, SITE_QUEUE } from '../../cms/features/publishing/tasks'
import { DIRECTORY_SITE } from '../../contract/snapshot'

type ID = number | string

const PROGRESS_EVERY_MS = 5000

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
 * The sites of a first start, built through the publishing queue and the server's build
 * worker: the first commune's as soon as its content is in, so a site can be seen while the
 * province is seeded; every other one once the seed is done, in one request (the queue makes
 * batch jobs of it: one Astro run per 20 communes). Built during the seed, the batches'
 * content exports ran on the seed's own thread and their renders on its cores: seeding took
 * 67 s instead of 43 s alone (issue 16, bench of 273197e), and the sites were not done sooner.
 * Progress (sites built, time left) goes to the log.
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

  const send = async () => {
    if (!pending.size) return
    const targets = [...pending]
    pending.clear()
    for (const id of targets) queued.add(String(id))
    const directory = directorySent ? [] : [DIRECTORY_SITE]
    directorySent = true
    await requestSiteBuilds(payload, [...targets, ...directory])
  }
  const sendOnce = () => {
    sending ??= send()
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

  return {
    queued,
    /** A commune whose content is in: built now when it is the first, otherwise once the seed is done. */
    add: (id: ID) => {
      if (!enabled) return
      pending.add(id)
      if (!queued.size) void sendOnce()
    },
    /** The seed is done: every commune seeded since the first goes to the worker now. */
    flush: async () => {
      seeding = false
      if (!enabled) return
      await sending
      await sendOnce()
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
