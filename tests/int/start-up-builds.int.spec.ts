import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BATCH_QUEUE, SITE_QUEUE } from '../../cms/features/publishing/tasks'
import { DIRECTORY_SITE } from '../../contract/snapshot'
import { startUpBuilds } from '../../scripts/lib/start-up-builds'
import { startLocalPayload } from '../support/local-payload'

/**
 * What a first `npm start` hands to the build worker while it seeds (issue 16): the first
 * commune (with the province directory) at once, so one site can be opened early; nothing more
 * until the seed is done, since builds beside the seed took its thread and its cores; then every
 * commune seeded meanwhile, as batch work. Read from the jobs queue itself, with no worker.
 */
type Job = { queue: string; input: { commune?: unknown; communes?: unknown[] } }

const queuedTargets = async (payload: Payload) => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { in: [SITE_QUEUE, BATCH_QUEUE] } },
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
  })
  return (jobs.docs as unknown as Job[]).flatMap((job) =>
    (job.input.communes ?? [job.input.commune]).map((target) => `${job.queue}:${String(target)}`),
  )
}

describe('start-up builds: the first site during the seed, the others after it', () => {
  let local: Awaited<ReturnType<typeof startLocalPayload>> | undefined
  beforeAll(async () => {
    local = await startLocalPayload()
  })
  afterAll(async () => local?.stop())

  it('queues the first commune at once, then the rest only when the seed ends', async () => {
    const payload = local!.payload
    const lines: string[] = []
    const builds = startUpBuilds(payload, { log: (line) => lines.push(line), enabled: true })
    builds.add(101)
    // The first hand-over is asynchronous; wait until it is in the queue.
    await expect.poll(() => queuedTargets(payload)).toHaveLength(2)
    expect(await queuedTargets(payload)).toEqual([`${SITE_QUEUE}:101`, `${SITE_QUEUE}:${DIRECTORY_SITE}`])

    // The worker is done with them (so it is free: no reason to wait but the seed).
    await payload.update({
      collection: 'payload-jobs',
      where: { queue: { in: [SITE_QUEUE, BATCH_QUEUE] } },
      data: { completedAt: new Date().toISOString(), processing: false },
      overrideAccess: true,
    })
    for (const id of [102, 103, 104, 105]) builds.add(id)
    // The seed goes on for a while: longer than any gathering delay, nothing more is queued.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(await queuedTargets(payload)).toHaveLength(2)

    await builds.flush()
    const after = await queuedTargets(payload)
    expect(after.slice(2)).toEqual(['102', '103', '104', '105'].map((id) => `${BATCH_QUEUE}:${id}`))
    expect([...builds.queued].sort()).toEqual(['101', '102', '103', '104', '105'])
  })

  it('queues nothing when the server has no build worker of its own', async () => {
    const payload = local!.payload
    const before = await queuedTargets(payload)
    const builds = startUpBuilds(payload, { log: () => undefined, enabled: false })
    builds.add(201)
    await builds.flush()
    expect(await queuedTargets(payload)).toEqual(before)
  })
})
