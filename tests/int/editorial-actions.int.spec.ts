import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { fixtureData } from '../support/fixtures'
import { DRAFT_COLLECTIONS } from '../support/roles'
import { sharedPayload, waitFor } from '../support/shared-payload'

/**
 * The transitions behind the edit view's workflow buttons (issue 11), by role, through REST and
 * GraphQL: submit ("Gửi duyệt"), return with a comment ("Trả lại"), publish ("Xuất bản"),
 * schedule ("Lên lịch", REST only: Payload's scheduled publish has no GraphQL door), unpublish
 * ("Gỡ xuống") and archive ("Lưu trữ"). Written from the role table of the README, not the code.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const ACTORS = ['contributor', 'editor', 'chief', 'other-chief', 'province-admin', 'anonymous'] as const
type Actor = (typeof ACTORS)[number]
const TRANSITIONS = ['submit', 'return', 'publish', 'schedule', 'unpublish', 'archive'] as const
type Transition = (typeof TRANSITIONS)[number]
type Door = 'rest' | 'graphql'

const tokens = new Map<Actor, string | undefined>()
let adminToken = ''
let tenant = 0
let payload: Payload
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  tokens.set('province-admin', adminToken)
  tokens.set('anonymous', undefined)
  for (const role of ['contributor', 'editor', 'chief'] as const) tokens.set(role, (await loginAs(role, OWN)).token)
  tokens.set('other-chief', (await loginAs('chief', OTHER)).token)
  tenant = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body.docs[0]
    .id
  payload = await sharedPayload()
}, 180_000)

afterAll(async () => {
  for (const { collection, id } of created) {
    // Scheduled publishes of this file's items would fail later, once the items are gone.
    if (payload)
      for (const job of await scheduledJobs(collection, id))
        await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
  }
  await payload?.destroy()
})

const ok = (reply: Reply, what: string) =>
  expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBeLessThan(300)

/** The latest version (drafts included) and the live row, as the province admin reads them. */
const latest = async (collection: string, id: number) =>
  (await rest('GET', `/api/${collection}/${id}?draft=true&depth=0`, { token: adminToken })).body
const liveRow = async (collection: string, id: number) =>
  (await rest('GET', `/api/${collection}/${id}?depth=0`, { token: adminToken })).body

/** The state each transition starts from. */
const START: Record<Transition, 'draft' | 'submitted' | 'live'> = {
  submit: 'draft',
  return: 'submitted',
  publish: 'submitted',
  schedule: 'submitted',
  unpublish: 'live',
  archive: 'live',
}

/** An item the own commune's contributor wrote, brought to `state` by its author and the chief. */
const itemIn = async (collection: string, state: 'draft' | 'submitted' | 'live'): Promise<number> => {
  const contributor = tokens.get('contributor')
  const reply = await rest('POST', `/api/${collection}?draft=true`, {
    token: contributor,
    body: { ...fixtureData(collection, tenant), _status: 'draft' },
  })
  ok(reply, `create ${collection}`)
  const id = reply.body.doc.id as number
  created.push({ collection, id })
  if (state !== 'draft')
    ok(
      await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token: contributor,
        body: { workflowStatus: 'submitted' },
      }),
      'submit',
    )
  if (state === 'live')
    ok(
      await rest('PATCH', `/api/${collection}/${id}`, { token: tokens.get('chief'), body: { _status: 'published' } }),
      'publish',
    )
  return id
}

const GRAPHQL_UPDATE: Record<string, string> = {
  posts: 'updatePost',
  pages: 'updatePage',
  documents: 'updateDocument',
  announcements: 'updateAnnouncement',
  disclosures: 'updateDisclosure',
}

/** What each button sends: REST query and body, and the same as a GraphQL mutation. */
const REQUESTS: Record<
  Exclude<Transition, 'schedule'>,
  { draft: boolean; body: Record<string, string>; gql: string }
> = {
  submit: { draft: true, body: { workflowStatus: 'submitted' }, gql: '{ workflowStatus: submitted }' },
  return: {
    draft: true,
    body: { workflowStatus: 'returned', reviewComment: 'Bổ sung nguồn số liệu.' },
    gql: '{ workflowStatus: returned, reviewComment: "Bổ sung nguồn số liệu." }',
  },
  publish: { draft: false, body: { _status: 'published' }, gql: '{ _status: published }' },
  unpublish: {
    draft: false,
    body: { _status: 'draft', workflowStatus: 'draft' },
    gql: '{ _status: draft, workflowStatus: draft }',
  },
  archive: { draft: false, body: { workflowStatus: 'archived' }, gql: '{ workflowStatus: archived }' },
}

const scheduledJobs = async (collection: string, id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs.filter((job) => {
    const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | undefined)?.doc
    return doc?.relationTo === collection && String(doc.value) === String(id)
  })

/** Sends the transition; answers whether it took effect (checked on the stored item, not on the reply). */
const attempt = async (
  collection: string,
  id: number,
  transition: Transition,
  door: Door,
  token: string | undefined,
): Promise<boolean> => {
  let reply: Reply
  if (transition === 'schedule')
    reply = await rest('POST', `/api/${collection}/${id}/schedule-publish`, {
      token,
      body: { at: new Date(Date.now() + 3600_000).toISOString() },
    })
  else if (door === 'rest') {
    const request = REQUESTS[transition]
    reply = await rest('PATCH', `/api/${collection}/${id}${request.draft ? '?draft=true' : ''}`, {
      token,
      body: request.body,
    })
  } else {
    const request = REQUESTS[transition]
    reply = await graphql(
      `mutation { ${GRAPHQL_UPDATE[collection]}(id: ${id}, data: ${request.gql}, draft: ${request.draft}) { id } }`,
      token,
    )
  }
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  const took = await tookEffect(collection, id, transition)
  if (!took && door === 'rest')
    expect([401, 403, 404], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
  if (took && door === 'rest') expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(300)
  return took
}

const tookEffect = async (collection: string, id: number, transition: Transition): Promise<boolean> => {
  const doc = await latest(collection, id)
  switch (transition) {
    case 'submit':
      return doc.workflowStatus === 'submitted'
    case 'return':
      return doc.workflowStatus === 'returned' && doc.reviewComment === 'Bổ sung nguồn số liệu.'
    case 'publish':
      return (await rest('GET', `/api/${collection}/${id}?depth=0`)).status === 200
    case 'schedule':
      return (await scheduledJobs(collection, id)).length > 0
    case 'unpublish':
      return (await liveRow(collection, id))._status === 'draft' && doc.workflowStatus === 'draft'
    case 'archive':
      return doc.workflowStatus === 'archived' && (await liveRow(collection, id))._status === 'draft'
  }
}

/** The role table: the whole board submits; the chief of the item's commune and the province decide. */
const allowed = (transition: Transition, actor: Actor): boolean =>
  actor === 'province-admin' ||
  actor === 'chief' ||
  (transition === 'submit' && (actor === 'contributor' || actor === 'editor'))

describe('every transition × actor × door (posts)', () => {
  const cases = TRANSITIONS.flatMap((transition) =>
    (['rest', 'graphql'] as const)
      .filter((door) => transition !== 'schedule' || door === 'rest')
      .map((door) => ({ transition, door })),
  )
  it.each(cases)('$transition via $door', async ({ transition, door }) => {
    const actual: Record<string, boolean> = {}
    const expected: Record<string, boolean> = {}
    for (const actor of ACTORS) {
      const id = await itemIn('posts', START[transition])
      expected[actor] = allowed(transition, actor)
      actual[actor] = await attempt('posts', id, transition, door, tokens.get(actor))
    }
    expect(actual).toEqual(expected)
  })
})

describe.each(DRAFT_COLLECTIONS)('%s: the board’s day over both doors', (collection) => {
  it('submit (contributor, GraphQL), return (chief, REST), resubmit (REST), publish (chief, GraphQL), archive; the editor may not decide', async () => {
    const id = await itemIn(collection, 'draft')
    expect(await attempt(collection, id, 'submit', 'graphql', tokens.get('contributor'))).toBe(true)
    expect(await attempt(collection, id, 'return', 'graphql', tokens.get('editor'))).toBe(false)
    expect(await attempt(collection, id, 'return', 'rest', tokens.get('chief'))).toBe(true)
    expect(await attempt(collection, id, 'submit', 'rest', tokens.get('contributor'))).toBe(true)
    expect(await attempt(collection, id, 'publish', 'rest', tokens.get('editor'))).toBe(false)
    expect(await attempt(collection, id, 'publish', 'graphql', tokens.get('chief'))).toBe(true)
    expect(await attempt(collection, id, 'archive', 'graphql', tokens.get('other-chief'))).toBe(false)
    expect(await attempt(collection, id, 'archive', 'rest', tokens.get('chief'))).toBe(true)
  })
})

describe('what the buttons rely on', () => {
  it('returning needs a comment: refused with a Vietnamese sentence on the reviewComment field, naming it', async () => {
    const id = await itemIn('posts', 'submitted')
    const reply = await rest('PATCH', `/api/posts/${id}?draft=true`, {
      token: tokens.get('chief'),
      body: { workflowStatus: 'returned', reviewComment: '   ' },
    })
    expect(reply.status).toBe(400)
    const error = reply.body.errors[0]
    expect(error.message).toContain('Ý kiến duyệt')
    expect(error.message).not.toContain('reviewComment')
    expect(error.data.errors).toEqual([expect.objectContaining({ path: 'reviewComment' })])
    expect(error.data.errors[0].message).toMatch(/^Ý kiến duyệt: .*trả lại/)
    expect((await latest('posts', id)).workflowStatus).toBe('submitted')
  })

  it('a title is required even on a draft, on create and update, REST and GraphQL, with a sentence naming the field', async () => {
    for (const collection of DRAFT_COLLECTIONS) {
      const reply = await rest('POST', `/api/${collection}?draft=true`, {
        token: tokens.get('contributor'),
        body: { ...fixtureData(collection, tenant), title: '  ', _status: 'draft' },
      })
      expect(reply.status, `${collection}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(400)
      const field = reply.body.errors[0].data.errors[0]
      expect(field.path).toBe('title')
      expect(field.message).toMatch(/^(Tiêu đề|Trích yếu): cần nhập/)
      expect(reply.body.errors[0].message).not.toMatch(/\btitle\b/)
    }
    const id = await itemIn('posts', 'draft')
    const cleared = await rest('PATCH', `/api/posts/${id}?draft=true`, {
      token: tokens.get('contributor'),
      body: { title: '' },
    })
    expect(cleared.status).toBe(400)
    const gql = await graphql(
      `mutation { createPost(data: { tenant: ${tenant}, title: "" }, draft: true) { id } }`,
      tokens.get('chief'),
    )
    expect(gql.body.errors?.[0]?.message ?? '').toContain('Tiêu đề')
    expect(gql.body.data?.createPost ?? null).toBeNull()
  })

  it('"Lưu bản nháp" over a live item (the form sends its state along) saves a draft, never publishes', async () => {
    const id = await itemIn('posts', 'live')
    const before = (await liveRow('posts', id)).title
    for (const actor of ['editor', 'chief'] as const) {
      const reply = await rest('PATCH', `/api/posts/${id}?draft=true`, {
        token: tokens.get(actor),
        body: { title: `Bản nháp của ${actor}`, _status: 'draft', workflowStatus: 'published' },
      })
      ok(reply, `${actor} draft over live`)
      expect((await liveRow('posts', id)).title).toBe(before)
      expect((await latest('posts', id)).workflowStatus).toBe('draft')
    }
  })

  it('the author of a returned item saves it with its state echoed (as the admin does), and nobody else may return it that way', async () => {
    const id = await itemIn('posts', 'submitted')
    ok(
      await rest('PATCH', `/api/posts/${id}?draft=true`, {
        token: tokens.get('chief'),
        body: { workflowStatus: 'returned', reviewComment: 'Thêm ảnh.' },
      }),
      'return',
    )
    const reply = await rest('PATCH', `/api/posts/${id}?draft=true`, {
      token: tokens.get('contributor'),
      body: { title: 'Đã sửa theo ý kiến', workflowStatus: 'returned', reviewComment: 'Thêm ảnh.', _status: 'draft' },
    })
    ok(reply, 'author saves the returned item')
    expect((await latest('posts', id)).title).toBe('Đã sửa theo ý kiến')
    // An item that is not returned cannot be made so by anyone but the chief.
    const other = await itemIn('posts', 'submitted')
    const refused = await rest('PATCH', `/api/posts/${other}?draft=true`, {
      token: tokens.get('editor'),
      body: { workflowStatus: 'returned', reviewComment: 'Tự trả lại.' },
    })
    expect(refused.status).toBe(403)
  })
})

describe('returning hands the item back, whatever lock the chief’s editor holds', () => {
  const LOCKS = '/api/payload-locked-documents'
  it('the author does not see the chief’s lock on a returned item and saves it; others still do', async () => {
    const id = await itemIn('posts', 'submitted')
    const chief = tokens.get('chief')!
    const chiefId = (await rest('GET', '/api/users/me', { token: chief })).body.user.id
    ok(
      await rest('PATCH', `/api/posts/${id}?draft=true`, {
        token: chief,
        body: { workflowStatus: 'returned', reviewComment: 'Viết lại phần mở đầu.' },
      }),
      'return',
    )
    // The chief's editor is still open: it holds a fresh lock on the item.
    const lock = await rest('POST', LOCKS, {
      token: chief,
      body: { document: { relationTo: 'posts', value: id }, user: { relationTo: 'users', value: chiefId } },
    })
    expect(lock.status, JSON.stringify(lock.body)).toBe(201)
    const where = `where[document.value][equals]=${id}&where[document.relationTo][equals]=posts&depth=0`
    const contributor = tokens.get('contributor')
    expect((await rest('GET', `${LOCKS}?${where}`, { token: contributor })).body.docs).toEqual([])
    expect((await rest('GET', `${LOCKS}?${where}`, { token: tokens.get('editor') })).body.docs.length).toBe(1)
    ok(
      await rest('PATCH', `/api/posts/${id}?draft=true`, {
        token: contributor,
        body: { title: 'Sửa ngay sau khi trả' },
      }),
      'author edits at once',
    )
    expect((await latest('posts', id)).title).toBe('Sửa ngay sau khi trả')
    // On an item that is not returned, the same lock holds the editor off (Payload's 423).
    const held = await itemIn('posts', 'draft')
    ok(
      await rest('POST', LOCKS, {
        token: chief,
        body: { document: { relationTo: 'posts', value: held }, user: { relationTo: 'users', value: chiefId } },
      }),
      'lock',
    )
    expect(
      (
        await rest('PATCH', `/api/posts/${held}?draft=true`, {
          token: tokens.get('editor'),
          body: { title: 'Chen ngang' },
        })
      ).status,
    ).toBe(423)
    for (const doc of (
      await rest('GET', `${LOCKS}?where[document.value][in]=${id},${held}&depth=0`, { token: adminToken })
    ).body.docs)
      await rest('DELETE', `${LOCKS}/${doc.id}`, { token: adminToken })
  })
})

describe('submitting hands the item to the chief, whatever lock the author’s editor holds', () => {
  const LOCKS = '/api/payload-locked-documents'
  it('the chief neither sees (REST list and by id, GraphQL list and by id) nor is held off by the author’s lock on a submitted item', async () => {
    const id = await itemIn('posts', 'draft')
    const contributor = tokens.get('contributor')!
    const contributorId = (await rest('GET', '/api/users/me', { token: contributor })).body.user.id
    const takeLock = async () => {
      const reply = await rest('POST', LOCKS, {
        token: contributor,
        body: { document: { relationTo: 'posts', value: id }, user: { relationTo: 'users', value: contributorId } },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      return reply.body.doc.id as number
    }
    const where = `where[document.value][equals]=${id}&where[document.relationTo][equals]=posts&depth=0`
    const chief = tokens.get('chief')!
    // While the author writes, their editor's lock counts for everyone, the chief included.
    await takeLock()
    expect((await rest('GET', `${LOCKS}?${where}`, { token: chief })).body.docs.length).toBe(1)
    ok(
      await rest('PATCH', `/api/posts/${id}?draft=true`, { token: contributor, body: { workflowStatus: 'submitted' } }),
      'submit',
    )
    // Payload drops the saver's lock; the editor, still open after "Gửi duyệt", takes it again.
    const lockId = await takeLock()
    expect((await rest('GET', `${LOCKS}?${where}`, { token: chief })).body.docs).toEqual([])
    // Nor by id, on either door.
    expect((await rest('GET', `${LOCKS}/${lockId}?depth=0`, { token: chief })).status).toBe(404)
    const byId = await graphql(`query($id: Int!) { PayloadLockedDocument(id: $id) { id } }`, chief, { id: lockId })
    expect(byId.body.data?.PayloadLockedDocument ?? null, JSON.stringify(byId.body)).toBeNull()
    const listed = await graphql(
      `query($id: JSON) { PayloadLockedDocuments(where: { document: { equals: $id } }) { docs { id } } }`,
      chief,
      { id: { relationTo: 'posts', value: id } },
    )
    expect(listed.body.data?.PayloadLockedDocuments?.docs ?? [], JSON.stringify(listed.body)).toEqual([])
    // The author still sees their own lock.
    expect((await rest('GET', `${LOCKS}?${where}`, { token: contributor })).body.docs.length).toBe(1)
    ok(
      await rest('PATCH', `/api/posts/${id}`, { token: chief, body: { _status: 'published' } }),
      'the chief publishes at once (no 423)',
    )
    expect((await rest('GET', `${LOCKS}?${where}`, { token: adminToken })).body.docs).toEqual([])
  })
})

describe('scheduled publishing', () => {
  it('refuses a time in the past or nonsense, in Vietnamese on the field `at`', async () => {
    const id = await itemIn('posts', 'submitted')
    for (const at of [new Date(Date.now() - 60_000).toISOString(), 'ngày mai', 42]) {
      const reply = await rest('POST', `/api/posts/${id}/schedule-publish`, {
        token: tokens.get('chief'),
        body: { at },
      })
      expect(reply.status).toBe(400)
      expect(reply.body.errors[0].field).toBe('at')
      expect(reply.body.errors[0].message).toMatch(/^Thời điểm xuất bản: /)
    }
    expect(await scheduledJobs('posts', id)).toEqual([])
  })

  it('the chief’s scheduled publish comes due: the item goes live as the chief would publish it', async () => {
    const id = await itemIn('posts', 'submitted')
    const at = new Date(Date.now() + 2_000)
    ok(
      await rest('POST', `/api/posts/${id}/schedule-publish`, {
        token: tokens.get('chief'),
        body: { at: at.toISOString() },
      }),
      'schedule',
    )
    const [job] = await scheduledJobs('posts', id)
    expect(new Date(String(job!.waitUntil)).getTime()).toBe(at.getTime())
    expect((await rest('GET', `/api/posts/${id}?depth=0`)).status).not.toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    await payload.jobs.run({ queue: 'default' })
    await waitFor(
      'the scheduled item to be live',
      async () => (await rest('GET', `/api/posts/${id}?depth=0`)).status === 200,
    )
    expect((await latest('posts', id)).workflowStatus).toBe('published')
  })
})
