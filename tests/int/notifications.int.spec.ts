import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, credentials, graphql, login, loginAs, rest } from '../support/api'

/**
 * Notices of the editorial workflow (cms/features/notifications), over REST and GraphQL on the
 * test server: who is told of a submission, a return and a publication (and never the person
 * who acted), and the role matrix of the `notifications` collection: a person reads and marks
 * only their own notices, nobody creates, edits or deletes one, anonymous gets nothing.
 */
const OWN = 'my-binh'
const OTHER = 'my-long'
const TAG = `tb${Date.now().toString(36)}`

type Notice = {
  id: number
  recipient: number
  kind: string
  itemCollection: string
  itemId: string
  itemTitle: string
  commune: number
  comment: string | null
  liveUrl: string | null
  actorName: string | null
  read: boolean
}

const t = { admin: '', chief: '', editor: '', contributor: '', otherChief: '', viewer: '' }
const ids = { chief: 0, contributor: 0, editor: 0, otherChief: 0, admin: 0 }
let tenant = 0
let otherTenant = 0
const created: { collection: string; id: number }[] = []

const me = async (token: string): Promise<number> => (await rest('GET', '/api/users/me', { token })).body.user.id

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  t.chief = (await loginAs('chief', OWN)).token
  t.editor = (await loginAs('editor', OWN)).token
  t.contributor = (await loginAs('contributor', OWN)).token
  t.otherChief = (await loginAs('chief', OTHER)).token
  const viewer = credentials().find((c) => c.role === 'district-viewer')!
  t.viewer = await login(viewer.email, viewer.password)
  for (const role of ['chief', 'contributor', 'editor', 'otherChief', 'admin'] as const) ids[role] = await me(t[role])
  const communes = (await rest('GET', `/api/communes?where[slug][in]=${OWN},${OTHER}&depth=0`, { token: t.admin })).body
  tenant = communes.docs.find((c: { slug: string }) => c.slug === OWN).id
  otherTenant = communes.docs.find((c: { slug: string }) => c.slug === OTHER).id
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: t.admin })
})

/** The notices `token`'s owner reads about one item. */
const noticesAbout = async (token: string, collection: string, id: number): Promise<Notice[]> => {
  const url = `/api/notifications?depth=0&limit=100&where[itemCollection][equals]=${collection}&where[itemId][equals]=${id}`
  const reply = await rest('GET', url, { token })
  expect(reply.status).toBe(200)
  return reply.body.docs
}

const createDraft = async (token: string, collection: string, body: Record<string, unknown>): Promise<number> => {
  const reply = await rest('POST', `/api/${collection}?draft=true`, { token, body: { _status: 'draft', ...body } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push({ collection, id: reply.body.doc.id })
  return reply.body.doc.id
}

const move = async (token: string, collection: string, id: number, body: Record<string, unknown>, draft = true) => {
  const reply = await rest('PATCH', `/api/${collection}/${id}${draft ? '?draft=true' : ''}`, { token, body })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
}

/** The story of one post: submitted, returned with a comment, resubmitted, published. */
let postId = 0
const postTitle = `Tin thông báo ${TAG}`

const triggerTests = () => {
  it('a draft tells nobody; submitting tells the commune’s chief, not the author nor other communes', async () => {
    postId = await createDraft(t.contributor, 'posts', { tenant, title: postTitle })
    expect(await noticesAbout(t.chief, 'posts', postId)).toEqual([])
    await move(t.contributor, 'posts', postId, { workflowStatus: 'submitted' })
    const [notice, ...more] = await noticesAbout(t.chief, 'posts', postId)
    expect(more).toEqual([])
    expect(notice).toMatchObject({
      recipient: ids.chief,
      kind: 'submitted',
      itemCollection: 'posts',
      itemId: String(postId),
      itemTitle: postTitle,
      commune: tenant,
      read: false,
    })
    expect(notice?.actorName).toBeTruthy()
    expect(await noticesAbout(t.contributor, 'posts', postId)).toEqual([])
    expect(await noticesAbout(t.otherChief, 'posts', postId)).toEqual([])
    expect(await noticesAbout(t.editor, 'posts', postId)).toEqual([])
  })

  it('returning tells the author, with the chief’s comment; the chief hears nothing of it', async () => {
    const comment = `Bổ sung nguồn số liệu ${TAG}.`
    await move(t.chief, 'posts', postId, { workflowStatus: 'returned', reviewComment: comment })
    const notices = await noticesAbout(t.contributor, 'posts', postId)
    expect(notices.map((n) => [n.kind, n.recipient, n.comment])).toEqual([['returned', ids.contributor, comment]])
    expect((await noticesAbout(t.chief, 'posts', postId)).map((n) => n.kind)).toEqual(['submitted'])
  })

  it('resubmitting tells the chief again; publishing tells the author with the live link', async () => {
    await move(t.contributor, 'posts', postId, { title: `${postTitle} (sửa)`, workflowStatus: 'submitted' })
    expect((await noticesAbout(t.chief, 'posts', postId)).map((n) => n.kind)).toEqual(['submitted', 'submitted'])
    await move(t.chief, 'posts', postId, { _status: 'published' }, false)
    const slug = (await rest('GET', `/api/posts/${postId}?depth=0`, { token: t.admin })).body.slug
    const published = (await noticesAbout(t.contributor, 'posts', postId)).filter((n) => n.kind === 'published')
    const port = new URL(baseUrl()).port
    expect(published.map((n) => [n.recipient, n.itemTitle, n.liveUrl])).toEqual([
      [ids.contributor, `${postTitle} (sửa)`, `http://${OWN}.localhost:${port}/tin-tuc/bai/${slug}/`],
    ])
    // Saving a live item again is no new publication.
    await move(t.chief, 'posts', postId, { excerpt: 'Tóm tắt mới.' }, false)
    expect((await noticesAbout(t.contributor, 'posts', postId)).filter((n) => n.kind === 'published')).toHaveLength(1)
  })

  it('other workflow types notify too; a chief is not told of their own submission', async () => {
    const id = await createDraft(t.editor, 'announcements', { tenant, title: `Thông báo ${TAG}` })
    await move(t.editor, 'announcements', id, { workflowStatus: 'submitted' })
    expect((await noticesAbout(t.chief, 'announcements', id)).map((n) => n.kind)).toEqual(['submitted'])
    const own = await createDraft(t.chief, 'pages', { tenant, title: `Trang ${TAG}` })
    await move(t.chief, 'pages', own, { workflowStatus: 'submitted' })
    expect(await noticesAbout(t.chief, 'pages', own)).toEqual([])
    await move(t.chief, 'pages', own, { _status: 'published' }, false)
    expect(await noticesAbout(t.chief, 'pages', own)).toEqual([])
  })

  it('a submission in another commune goes to that commune’s chief only', async () => {
    const id = await createDraft(t.admin, 'documents', {
      tenant: otherTenant,
      title: `Văn bản ${TAG}`,
      number: `01/${TAG}`,
      docType: 'thong-bao',
      issueDate: new Date().toISOString(),
    })
    await move(t.admin, 'documents', id, { workflowStatus: 'submitted' })
    expect((await noticesAbout(t.otherChief, 'documents', id)).map((n) => n.recipient)).toEqual([ids.otherChief])
    expect(await noticesAbout(t.chief, 'documents', id)).toEqual([])
  })
}

describe('notifications: who is told of what', triggerTests)

/** A notice of the chief's, made by the story above, that everyone else tries to reach. */
const chiefNotice = async (): Promise<Notice> => (await noticesAbout(t.chief, 'posts', postId))[0] as Notice

const restMatrixTests = () => {
  it('anonymous reads, counts and writes nothing', async () => {
    const notice = await chiefNotice()
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/count'],
      ['GET', `/api/notifications/${notice.id}`],
    ] as const) {
      const reply = await rest(method, url)
      expect(reply.status, url).toBe(403)
    }
    expect((await rest('PATCH', `/api/notifications/${notice.id}`, { body: { read: true } })).status).toBe(403)
    expect((await chiefNotice()).read).toBe(false)
  })

  it('every role reads only their own notices, the province admin included', async () => {
    for (const [role, token] of Object.entries(t)) {
      const reply = await rest('GET', '/api/notifications?depth=0&limit=1000', { token })
      expect(reply.status, role).toBe(200)
      const own = role === 'viewer' ? -1 : ids[role as keyof typeof ids]
      for (const doc of reply.body.docs as Notice[]) expect(doc.recipient, role).toBe(own)
    }
    const notice = await chiefNotice()
    for (const token of [t.admin, t.contributor, t.editor, t.otherChief, t.viewer])
      expect((await rest('GET', `/api/notifications/${notice.id}`, { token })).status).toBe(404)
  })

  it('nobody marks, edits or deletes another’s notice', async () => {
    const notice = await chiefNotice()
    for (const token of [t.admin, t.contributor, t.editor, t.otherChief, t.viewer]) {
      const reply = await rest('PATCH', `/api/notifications/${notice.id}`, { token, body: { read: true } })
      expect([403, 404]).toContain(reply.status)
      const bulk = await rest('PATCH', `/api/notifications?where[id][equals]=${notice.id}`, {
        token,
        body: { read: true },
      })
      expect(bulk.body.docs ?? []).toEqual([])
      expect([403, 404]).toContain((await rest('DELETE', `/api/notifications/${notice.id}`, { token })).status)
    }
    expect(await chiefNotice()).toEqual(notice)
  })

  it('nobody creates a notice; the owner may only mark theirs read (other fields stay)', async () => {
    for (const token of [t.admin, t.chief, t.contributor]) {
      const reply = await rest('POST', '/api/notifications', {
        token,
        body: { recipient: ids.contributor, kind: 'returned', itemCollection: 'posts', itemId: '1', itemTitle: 'Giả' },
      })
      expect(reply.status).toBe(403)
    }
    const notice = await chiefNotice()
    const reply = await rest('PATCH', `/api/notifications/${notice.id}`, {
      token: t.chief,
      body: { read: true, itemTitle: 'Đổi tiêu đề', recipient: ids.contributor, liveUrl: 'https://evil.example/' },
    })
    expect(reply.status).toBe(200)
    expect(await chiefNotice()).toEqual({ ...notice, read: true, updatedAt: expect.any(String) })
    expect((await rest('DELETE', `/api/notifications/${notice.id}`, { token: t.chief })).status).toBe(403)
  })

  it('the unread count and "mark all read" touch only one’s own notices', async () => {
    const before = (await noticesAbout(t.contributor, 'posts', postId)).filter((n) => !n.read).length
    expect(before).toBeGreaterThan(0)
    const count = await rest('GET', '/api/notifications/count?where[read][equals]=false', { token: t.contributor })
    expect(count.body.totalDocs).toBeGreaterThanOrEqual(before)
    const chiefUnread = (await rest('GET', '/api/notifications/count?where[read][equals]=false', { token: t.chief }))
      .body
    await rest('PATCH', '/api/notifications?where[read][equals]=false', { token: t.contributor, body: { read: true } })
    expect((await noticesAbout(t.contributor, 'posts', postId)).every((n) => n.read)).toBe(true)
    const chiefAfter = (await rest('GET', '/api/notifications/count?where[read][equals]=false', { token: t.chief }))
      .body
    expect(chiefAfter.totalDocs).toBe(chiefUnread.totalDocs)
  })
}

describe('notifications over REST: the role matrix', restMatrixTests)

const QUERY = '{ Notifications(limit: 200) { docs { id kind itemId recipient { id } } } }'

const graphqlTests = () => {
  it('anonymous is refused; each person lists only their own', async () => {
    const anonymous = await graphql(QUERY)
    expect(anonymous.body.data?.Notifications ?? null).toBeNull()
    expect(anonymous.body.errors?.length).toBeGreaterThan(0)
    for (const [role, token] of Object.entries(t)) {
      if (role === 'viewer') continue
      const reply = await graphql(QUERY, token)
      expect(reply.body.errors, role).toBeUndefined()
      for (const doc of reply.body.data.Notifications.docs)
        expect(doc.recipient.id, role).toBe(ids[role as keyof typeof ids])
    }
  })

  it('another’s notice cannot be read, marked, created or deleted', async () => {
    const notice = await chiefNotice()
    for (const token of [t.admin, t.contributor, t.otherChief]) {
      const read = await graphql(`{ Notification(id: ${notice.id}) { id } }`, token)
      expect(read.body.data?.Notification ?? null).toBeNull()
      const mark = await graphql(
        `mutation { updateNotification(id: ${notice.id}, data: { read: false }) { id } }`,
        token,
      )
      expect(mark.body.errors?.length).toBeGreaterThan(0)
      const remove = await graphql(`mutation { deleteNotification(id: ${notice.id}) { id } }`, token)
      expect(remove.body.errors?.length).toBeGreaterThan(0)
      const create = await graphql(
        `mutation { createNotification(data: { recipient: ${ids.contributor}, kind: returned, itemCollection: "posts", itemId: "1" }) { id } }`,
        token,
      )
      expect(create.body.errors?.length).toBeGreaterThan(0)
    }
    expect(await chiefNotice()).toEqual(notice)
  })

  it('the owner marks their own read through GraphQL too', async () => {
    const notice = await chiefNotice()
    const reply = await graphql(
      `mutation { updateNotification(id: ${notice.id}, data: { read: false }) { id read } }`,
      t.chief,
    )
    expect(reply.body.errors).toBeUndefined()
    expect(reply.body.data.updateNotification.read).toBe(false)
  })
}

describe('notifications over GraphQL: the role matrix', graphqlTests)

const preferenceTests = () => {
  it('each person turns their own email off and on; nobody else can', async () => {
    const read = async () =>
      (await rest('GET', `/api/users/${ids.contributor}?depth=0`, { token: t.contributor })).body.emailNotifications
    expect(await read()).toBe(true)
    const off = await rest('PATCH', `/api/users/${ids.contributor}`, {
      token: t.contributor,
      body: { emailNotifications: false },
    })
    expect(off.status).toBe(200)
    expect(await read()).toBe(false)
    await rest('PATCH', `/api/users/${ids.contributor}`, { token: t.chief, body: { emailNotifications: true } })
    await rest('PATCH', `/api/users/${ids.contributor}`, { token: t.admin, body: { emailNotifications: true } })
    expect(await read()).toBe(false)
    await rest('PATCH', `/api/users/${ids.contributor}`, { token: t.contributor, body: { emailNotifications: true } })
    expect(await read()).toBe(true)
  })
}

describe('notifications: the email preference', preferenceTests)
