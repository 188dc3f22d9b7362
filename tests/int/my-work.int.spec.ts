import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentials, login, loginAs, type Reply, rest } from '../support/api'
import { DRAFT_COLLECTIONS } from '../support/roles'

/**
 * GET /api/my-work ("Việc của tôi", cms/features/my-work): each person's counts against what the
 * REST API itself lists for them (independent queries, one per content type), only ever about
 * their own communes, for every role; anonymous refused; fast enough to be the admin's home page.
 */
const OWN = 'my-binh'
const OTHER = 'my-long'
const TAG = `vct${Date.now().toString(36)}`

type Item = {
  collection: string
  id: number
  title: string
  communeId: number
  comment?: string
  liveUrl?: string
  editUrl: string
  scheduledAt?: string
}
type Section = {
  key: string
  count: number
  byCollection: { collection: string; count: number; listUrl: string }[]
  items: Item[]
}
type Work = {
  scope: string
  communes: { id: number; name: string; siteUrl: string; siteState: string }[]
  sites: { communes: number } | null
  sections: Section[]
}

const t = { admin: '', chief: '', editor: '', contributor: '', otherChief: '', otherContributor: '', viewer: '' }
const ids = { contributor: 0, chief: 0 }
let tenant = 0
let otherTenant = 0
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  for (const role of ['chief', 'editor', 'contributor'] as const) t[role] = (await loginAs(role, OWN)).token
  t.otherChief = (await loginAs('chief', OTHER)).token
  t.otherContributor = (await loginAs('contributor', OTHER)).token
  const viewer = credentials().find((c) => c.role === 'district-viewer')!
  t.viewer = await login(viewer.email, viewer.password)
  ids.contributor = (await rest('GET', '/api/users/me', { token: t.contributor })).body.user.id
  ids.chief = (await rest('GET', '/api/users/me', { token: t.chief })).body.user.id
  const communes = (await rest('GET', `/api/communes?where[slug][in]=${OWN},${OTHER}&depth=0`, { token: t.admin })).body
  tenant = communes.docs.find((c: { slug: string }) => c.slug === OWN).id
  otherTenant = communes.docs.find((c: { slug: string }) => c.slug === OTHER).id
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: t.admin })
})

const ok = (reply: Reply, what: string) =>
  expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBeLessThan(300)

const myWork = async (token: string): Promise<Work> => {
  const reply = await rest('GET', '/api/my-work', { token })
  ok(reply, 'GET /api/my-work')
  return reply.body
}
const section = (work: Work, key: string): Section | undefined => work.sections.find((s) => s.key === key)

/** What REST lists for `token` under `where` (drafts: the latest versions), summed over the content types. */
const restCount = async (token: string, where: string, draft = true): Promise<number> => {
  let total = 0
  for (const collection of DRAFT_COLLECTIONS) {
    const reply = await rest('GET', `/api/${collection}?depth=0&limit=1${draft ? '&draft=true' : ''}&${where}`, {
      token,
    })
    ok(reply, `${collection} ${where}`)
    total += reply.body.totalDocs
  }
  return total
}

const draft = async (token: string, collection: string, body: Record<string, unknown>) => {
  const reply = await rest('POST', `/api/${collection}?draft=true`, { token, body: { _status: 'draft', ...body } })
  ok(reply, `create ${collection}`)
  created.push({ collection, id: reply.body.doc.id })
  return reply.body.doc.id as number
}
const patch = async (token: string, collection: string, id: number, body: Record<string, unknown>, isDraft = true) =>
  ok(
    await rest('PATCH', `/api/${collection}/${id}${isDraft ? '?draft=true' : ''}`, { token, body }),
    `${collection} ${id}`,
  )

/** The contributor's items in every state; the other commune's submission; one scheduled. */
const story = { draft: 0, returned: 0, submitted: 0, published: 0, scheduled: 0, foreign: 0 }
const comment = `Cần bổ sung ảnh ${TAG}.`

const setUpStory = async () => {
  story.draft = await draft(t.contributor, 'posts', { tenant, title: `Nháp ${TAG}` })
  story.returned = await draft(t.contributor, 'announcements', { tenant, title: `Trả lại ${TAG}` })
  await patch(t.contributor, 'announcements', story.returned, { workflowStatus: 'submitted' })
  await patch(t.chief, 'announcements', story.returned, { workflowStatus: 'returned', reviewComment: comment })
  story.submitted = await draft(t.contributor, 'pages', { tenant, title: `Chờ duyệt ${TAG}` })
  await patch(t.contributor, 'pages', story.submitted, { workflowStatus: 'submitted' })
  story.published = await draft(t.contributor, 'posts', { tenant, title: `Đã đăng ${TAG}` })
  await patch(t.contributor, 'posts', story.published, { workflowStatus: 'submitted' })
  await patch(t.chief, 'posts', story.published, { _status: 'published' }, false)
  story.scheduled = await draft(t.contributor, 'posts', { tenant, title: `Lên lịch ${TAG}` })
  await patch(t.contributor, 'posts', story.scheduled, { workflowStatus: 'submitted' })
  const at = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
  ok(await rest('POST', `/api/posts/${story.scheduled}/schedule-publish`, { token: t.chief, body: { at } }), 'schedule')
  story.foreign = await draft(t.otherContributor, 'posts', { tenant: otherTenant, title: `Xã khác ${TAG}` })
  await patch(t.otherContributor, 'posts', story.foreign, { workflowStatus: 'submitted' })
}

const findItem = (s: Section | undefined, collection: string, id: number) =>
  s?.items.find((i) => i.collection === collection && i.id === id)

const contributorTests = () => {
  it('anonymous is refused', async () => {
    const reply = await rest('GET', '/api/my-work')
    expect(reply.status).toBe(401)
    expect(JSON.stringify(reply.body)).not.toContain('"sections"')
  })

  it('the contributor’s drafts and returned items are counted as REST lists them, with the chief’s comment', async () => {
    await setUpStory()
    const work = await myWork(t.contributor)
    expect(work.scope).toBe('board')
    const mine = `where[createdBy][equals]=${ids.contributor}`
    expect(section(work, 'drafts')?.count).toBe(
      await restCount(t.contributor, `where[workflowStatus][equals]=draft&${mine}`),
    )
    expect(section(work, 'returned')?.count).toBe(
      await restCount(t.contributor, `where[workflowStatus][equals]=returned&${mine}`),
    )
    expect(findItem(section(work, 'drafts'), 'posts', story.draft)?.editUrl).toBe(
      `/admin/collections/posts/${story.draft}`,
    )
    expect(findItem(section(work, 'returned'), 'announcements', story.returned)?.comment).toBe(comment)
    expect(section(work, 'awaiting')).toBeUndefined()
  })

  it('the contributor sees their scheduled and recently published items, with the live link', async () => {
    const work = await myWork(t.contributor)
    expect(findItem(section(work, 'scheduled'), 'posts', story.scheduled)?.scheduledAt).toBeTruthy()
    const live = findItem(section(work, 'published'), 'posts', story.published)
    const slug = (await rest('GET', `/api/posts/${story.published}?depth=0`, { token: t.admin })).body.slug
    expect(live?.liveUrl).toMatch(new RegExp(`^http://${OWN}\\.localhost:\\d+/tin-tuc/bai/${slug}/$`))
    const since = new Date(Date.now() - 30 * 24 * 3600_000).toISOString()
    const published = `where[_status][equals]=published&where[createdBy][equals]=${ids.contributor}&where[updatedAt][greater_than]=${since}`
    expect(section(work, 'published')?.count).toBe(await restCount(t.contributor, published, false))
  })

  it('each count per content type opens a list with exactly that many items', async () => {
    for (const token of [t.contributor, t.chief]) {
      const work = await myWork(token)
      for (const s of work.sections.filter((s) => s.key !== 'scheduled'))
        for (const c of s.byCollection.filter((c) => c.count > 0)) {
          expect(c.listUrl.startsWith(`/admin/collections/${c.collection}?where`)).toBe(true)
          const query = c.listUrl.split('?')[1]
          const reply = await rest(
            'GET',
            `/api/${c.collection}?${query}&limit=1&depth=0${s.key === 'published' ? '' : '&draft=true'}`,
            { token },
          )
          expect(reply.body.totalDocs, `${s.key} ${c.collection}`).toBe(c.count)
        }
    }
  })
}

describe('GET /api/my-work: a contributor’s day', contributorTests)

const chiefTests = () => {
  it('the chief’s approvals are their commune’s submissions, as REST lists them', async () => {
    const work = await myWork(t.chief)
    const awaiting = section(work, 'awaiting')
    expect(awaiting?.count).toBe(
      await restCount(t.chief, `where[workflowStatus][equals]=submitted&where[tenant][equals]=${tenant}`),
    )
    expect(findItem(awaiting, 'pages', story.submitted)?.editUrl).toBe(`/admin/collections/pages/${story.submitted}`)
    expect(findItem(awaiting, 'posts', story.foreign)).toBeUndefined()
    expect(findItem(section(work, 'scheduled'), 'posts', story.scheduled)).toBeTruthy()
    expect(work.communes.map((c) => c.id)).toEqual([tenant])
    expect(work.communes[0]?.siteUrl).toMatch(new RegExp(`^http://${OWN}\\.localhost:\\d+/$`))
    expect(work.communes[0]?.siteState).toMatch(/^(none|queued|building|live|failed)$/)
  })

  it('the other commune’s chief sees theirs, never this commune’s', async () => {
    const work = await myWork(t.otherChief)
    expect(findItem(section(work, 'awaiting'), 'posts', story.foreign)).toBeTruthy()
    expect(findItem(section(work, 'awaiting'), 'pages', story.submitted)).toBeUndefined()
    expect(findItem(section(work, 'scheduled'), 'posts', story.scheduled)).toBeUndefined()
  })

  it('no board member ever sees another commune in any section', async () => {
    for (const [token, commune] of [
      [t.chief, tenant],
      [t.editor, tenant],
      [t.contributor, tenant],
      [t.otherChief, otherTenant],
      [t.otherContributor, otherTenant],
    ] as const) {
      const work = await myWork(token)
      expect(work.communes.map((c) => c.id)).toEqual([commune])
      expect(work.sites).toBeNull()
      for (const s of work.sections)
        for (const item of s.items) expect(item.communeId, `${s.key} ${item.title}`).toBe(commune)
    }
  })
}

describe('GET /api/my-work: the chief and tenant isolation', chiefTests)

const provinceTests = () => {
  it('the province admin gets the province: every commune’s sites and every submission', async () => {
    const work = await myWork(t.admin)
    expect(work.scope).toBe('province')
    expect(work.sites?.communes).toBe((await rest('GET', '/api/communes?limit=1', { token: t.admin })).body.totalDocs)
    const awaiting = section(work, 'awaiting')
    expect(awaiting?.count).toBe(await restCount(t.admin, 'where[workflowStatus][equals]=submitted'))
    expect(section(work, 'drafts')).toBeUndefined()
  })

  it('a district viewer gets their district only', async () => {
    const work = await myWork(t.viewer)
    expect(work.scope).toBe('district')
    const me = (await rest('GET', '/api/users/me', { token: t.viewer })).body.user
    const district = typeof me.district === 'object' ? me.district.id : me.district
    const inDistrict = (
      await rest('GET', `/api/communes?where[district][equals]=${district}&limit=1000&depth=0`, { token: t.admin })
    ).body.docs.map((c: { id: number }) => c.id)
    expect(work.sites?.communes).toBe(inDistrict.length)
    for (const s of work.sections) for (const item of s.items) expect(inDistrict).toContain(item.communeId)
  })
}

describe('GET /api/my-work: the province and a district', provinceTests)
