import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedSchedulePublish } from '../../cms/features/editorial-actions/schedule-server-function'
import { credentials, loginAs, rest } from '../support/api'
import { fixtureData } from '../support/fixtures'
import { sharedPayload } from '../support/shared-payload'

/**
 * The admin's "schedule-publish" server function (Payload's schedule drawer) as the admin's
 * layout runs it: only the province admin and the chief of the item's commune may queue a
 * scheduled publish or delete one. Payload's own handler checked only that the user may open
 * the admin, and deleted any job by id with full access.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'

let payload: Payload
let adminToken = ''
let postId = 0
const made: number[] = []

const userOf = async (role: string, commune: string | null) => {
  const email = credentials().find((c) => c.role === role && c.commune === commune)!.email
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  return { ...found.docs[0], collection: 'users' } as never
}

const callAs = async (role: string, commune: string | null, args: Record<string, unknown>) => {
  const req = await createLocalReq({ user: await userOf(role, commune) }, payload)
  return guardedSchedulePublish({ ...args, req } as never)
}

const jobsOfPost = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
      limit: 0,
    })
  ).docs.filter((job) => String((job.input as { doc?: { value?: unknown } })?.doc?.value) === String(postId))

const queueJob = async () => {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'posts', value: String(postId) } },
    waitUntil: new Date(Date.now() + 3600_000),
  } as never)
  made.push(Number((job as { id: number }).id))
  return (job as { id: number }).id
}

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  const tenant = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0].id
  postId = (await rest('POST', '/api/posts?draft=true', { token: adminToken, body: fixtureData('posts', tenant) })).body
    .doc.id
  payload = await sharedPayload()
}, 180_000)

afterAll(async () => {
  for (const job of await jobsOfPost())
    await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  await rest('DELETE', `/api/posts/${postId}`, { token: adminToken })
  await payload?.destroy()
})

describe('scheduling from the admin drawer: the editorial rule, not only admin access', () => {
  const date = () => new Date(Date.now() + 7200_000)
  const doc = () => ({ relationTo: 'posts', value: postId })

  it.each([
    ['contributor', OWN],
    ['editor', OWN],
    ['chief', OTHER],
  ])('a %s of %s cannot queue a scheduled publish of the item', async (role, commune) => {
    const before = (await jobsOfPost()).length
    const answer = await callAs(role, commune, { type: 'publish', date: date(), doc: doc() })
    expect(answer).toEqual({ error: expect.stringContaining('Trưởng ban biên tập') })
    expect((await jobsOfPost()).length).toBe(before)
  })

  it.each([
    ['contributor', OWN],
    ['chief', OTHER],
  ])("a %s of %s cannot delete the commune's scheduled publish by its id", async (role, commune) => {
    const jobId = await queueJob()
    const answer = await callAs(role, commune, { deleteID: jobId, type: 'publish', date: date(), doc: doc() })
    expect(answer).toEqual({ error: expect.stringContaining('Trưởng ban biên tập') })
    expect((await jobsOfPost()).some((job) => job.id === jobId)).toBe(true)
  })

  it("the commune's chief and the province admin may move a scheduled publish", async () => {
    for (const [role, commune] of [
      ['chief', OWN],
      ['province-admin', null],
    ] as const) {
      // Only this test's job: the refused deletes above left theirs (same hour ahead).
      for (const job of await jobsOfPost())
        await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
      await queueJob()
      const later = date()
      const answer = await callAs(role, commune, { deleteID: made.at(-1), type: 'publish', date: later, doc: doc() })
      expect(answer, role).not.toHaveProperty('error')
      // The old date (in an hour) is gone, the new one (in two hours) is queued. (SQLite may give
      // the new job the deleted one's id, so the dates tell them apart.)
      const dates = (await jobsOfPost()).map((job) => new Date(String(job.waitUntil)).getTime())
      expect(
        dates.some((at) => Math.abs(at - later.getTime()) < 1000),
        role,
      ).toBe(true)
      expect(
        dates.some((at) => Math.abs(at - (later.getTime() - 3600_000)) < 60_000),
        role,
      ).toBe(false)
      for (const job of await jobsOfPost())
        await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    }
  })
})
