import type { Payload } from 'payload'
import { batchBuilder, siteBuilder, warmUpSiteBuilder } from './build-sites'
import {
  acquireLease,
  isLeaseHeld,
  releaseLease,
  removeAbandonedLeases,
  renewLeases,
  RENEW_MS,
  WORKER_ID,
} from './leases'
import { buildRequested, requestSiteBuilds } from './queue'
import { buildCommunes } from './runner'
import { BATCH_QUEUE, registerBuildHandlers, SITE_QUEUE, type BuildTaskOutput } from './tasks'
import { communesPastValidityEdge } from './validity-edges'

/** A job claimed this long ago without a live lease lost its worker (killed between the two). */
const CLAIM_GRACE_MS = 10_000
const REAP_EVERY_MS = 5_000
/** How often the worker looks for announcements that started or expired since their site was built. */
const VALIDITY_SWEEP_MS = 15_000
/** After a build is queued in this process, look for it often until its transaction commits. */
const EAGER_MS = 3_000
const EAGER_POLL_MS = 25

export type BuildWorker = { id: string; stop: () => Promise<void> }

const jobKey = (id: string) => `job:${id}`
const counts = ({ built, failed, skipped }: BuildTaskOutput): BuildTaskOutput => ({ built, failed, skipped })

/**
 * A job marked as running whose worker is gone (killed, crashed, machine lost) would stay
 * "processing" for ever; this hands it back to the queue. A worker proves it is alive by
 * renewing the lease of each job it runs.
 */
export const requeueAbandonedJobs = async (payload: Payload, log: (line: string) => void): Promise<number> => {
  await removeAbandonedLeases(payload)
  const running = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { in: [SITE_QUEUE, BATCH_QUEUE] } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  let requeued = 0
  for (const job of running.docs) {
    if (await isLeaseHeld(payload, jobKey(String(job.id)))) continue
    if (Date.now() - new Date(job.updatedAt).getTime() < CLAIM_GRACE_MS) continue
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false }, depth: 0 })
    log(`Build job ${job.id} (${job.taskSlug}) lost its worker; queued again.`)
    requeued++
  }
  return requeued
}

/** Asks for the sites whose announcements started or expired since they were built (validity-edges.ts). */
const rebuildPastValidityEdges = async (payload: Payload, log: (line: string) => void) => {
  const due = await communesPastValidityEdge(payload)
  if (!due.length) return
  log(`Rebuilding ${due.length} sites: announcements started or expired since their last build`)
  await requestSiteBuilds(payload, due)
}

type Lane = 'site' | 'batch'

/** Runs `work` with a fresh builder for batches (niced, see sites/builder.ts), closed afterwards. */
const withBatchBuilder = async <T>(work: (builder: ReturnType<typeof batchBuilder>) => Promise<T>): Promise<T> => {
  const builder = batchBuilder()
  try {
    return await work(builder)
  } finally {
    await builder.close()
  }
}

/** The build tasks' handlers in this process: publishing on the warm builder, batches on their own. */
const registerHandlers = (payload: Payload, builder: ReturnType<typeof siteBuilder>, log: (line: string) => void) => {
  const withJobLease = async <T>(jobId: string, work: () => Promise<T>): Promise<T> => {
    await acquireLease(payload, jobKey(jobId))
    try {
      return await work()
    } finally {
      await releaseLease(payload, jobKey(jobId)).catch(() => undefined)
    }
  }
  registerBuildHandlers({
    buildSite: (input, jobId) =>
      withJobLease(jobId, () =>
        buildCommunes(payload, [String(input.commune)], {
          force: Boolean(input.force),
          wait: true,
          reason: 'content',
          builder,
          lane: 'site',
          log,
        }).then(counts),
      ),
    buildSites: (input, jobId) =>
      withJobLease(jobId, () =>
        withBatchBuilder((batch) =>
          buildCommunes(payload, (input.communes ?? []).map(String), {
            force: Boolean(input.force),
            wait: false,
            reason: input.content ? 'content' : 'batch',
            builder: batch,
            lane: 'batch',
            log,
          }),
        ).then(counts),
      ),
  })
}

/**
 * A build worker, in two lanes that run side by side: the site lane takes a commune's
 * publishing (one commune per job) with the warm site builder, the batch lane the rebuilds of
 * many communes (rebuild all, new generator) with builders of its own, at a lower CPU priority.
 * So a publish never waits for a batch to finish, even when the batch keeps every core busy;
 * leases still keep one commune from being built twice at once. Several workers, in this
 * process or others, on this machine or others sharing the database, split the queues.
 */
export const startBuildWorker = (
  payload: Payload,
  {
    pollMs = 1000,
    log = (line: string) => payload.logger.info(line),
  }: { pollMs?: number; log?: (line: string) => void } = {},
): BuildWorker => {
  const builder = siteBuilder()
  // The first publish then only renders: the builder queues it behind the warm-up.
  void warmUpSiteBuilder(payload, builder).catch((err: Error) => log(`Site builder warm-up failed: ${err.message}`))
  registerHandlers(payload, builder, log)

  let stopping = false
  const eagerUntil = { site: 0, batch: 0 }
  const wakers: Partial<Record<Lane, () => void>> = {}
  const onQueued = () => {
    for (const lane of ['site', 'batch'] as const) {
      eagerUntil[lane] = Date.now() + EAGER_MS
      wakers[lane]?.()
    }
  }
  buildRequested.on('queued', onQueued)
  const renew = setInterval(
    () => void renewLeases(payload).catch((err: Error) => log(`Lease renewal failed: ${err.message}`)),
    RENEW_MS,
  )

  const runOne = async (queue: string): Promise<boolean> => {
    const result = (await payload.jobs.run({ queue, limit: 1, silent: { info: true } })) as {
      jobStatus?: Record<string, unknown>
    }
    return Boolean(result.jobStatus && Object.keys(result.jobStatus).length)
  }

  const sleep = (lane: Lane) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, Date.now() < eagerUntil[lane] ? EAGER_POLL_MS : pollMs)
      function done() {
        clearTimeout(timer)
        delete wakers[lane]
        resolve()
      }
      wakers[lane] = done
    })

  /** The site lane also does the housekeeping: requeuing abandoned jobs, announcements' validity. */
  const housekeeping = { lastReap: 0, lastSweep: 0 }
  const keepHouse = async () => {
    if (Date.now() - housekeeping.lastReap > REAP_EVERY_MS) {
      housekeeping.lastReap = Date.now()
      await requeueAbandonedJobs(payload, log)
    }
    if (Date.now() - housekeeping.lastSweep > VALIDITY_SWEEP_MS) {
      housekeeping.lastSweep = Date.now()
      await rebuildPastValidityEdges(payload, log)
    }
  }

  const runLane = async (lane: Lane) => {
    while (!stopping) {
      try {
        if (lane === 'site') await keepHouse()
        if (await runOne(lane === 'site' ? SITE_QUEUE : BATCH_QUEUE)) continue
      } catch (err) {
        log(`Build worker error (${lane} lane): ${(err as Error).message}`)
      }
      if (stopping) break
      await sleep(lane)
    }
  }
  const loops = Promise.all([runLane('site'), runLane('batch')])

  return {
    id: WORKER_ID,
    stop: async () => {
      stopping = true
      wakers.site?.()
      wakers.batch?.()
      buildRequested.off('queued', onQueued)
      clearInterval(renew)
      await loops
      registerBuildHandlers(null)
    },
  }
}
