import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentials, graphql, login, loginAs, rest } from '../support/api'

/**
 * A district's (or region's) own newsroom in "Tin từ tỉnh", where the province allows it (issue
 * 14): its viewer writes items offered to its own communes only, never mandatory, and edits only
 * those; without the province's tick, or for anyone else, nothing changes. REST and GraphQL.
 */
const OWN = 'my-binh' // in the district that gets a newsroom
const OTHER = 'chau-phu-a' // in another district

const t: Record<string, string> = {}
let district = 0
let otherDistrict = 0
const created: number[] = []

const viewerOf = async (communeSlug: string) => {
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${communeSlug}&depth=1`, { token: t.admin }))
    .body.docs[0]
  const account = credentials().find(
    (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${commune.district.slug}@`),
  )!
  return { token: await login(account.email, account.password), district: commune.district.id as number }
}

const setNewsroom = async (id: number, on: boolean) =>
  expect((await rest('PATCH', `/api/districts/${id}`, { token: t.admin, body: { newsroom: on } })).status).toBe(200)

const offer = (token: string, body: Record<string, unknown>) =>
  rest('POST', '/api/shared-news', { token, body: { source: 'Trang tin huyện', ...body } })

const sees = async (token: string, id: number) =>
  (await rest('GET', `/api/shared-news?where[id][equals]=${id}&depth=0`, { token })).body?.docs?.length === 1

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  const own = await viewerOf(OWN)
  const other = await viewerOf(OTHER)
  t.viewer = own.token
  t.otherViewer = other.token
  district = own.district
  otherDistrict = other.district
  t.chiefOwn = (await loginAs('chief', OWN)).token
  t.chiefOther = (await loginAs('chief', OTHER)).token
}, 120_000)

afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/shared-news/${id}`, { token: t.admin })
  if (district) await setNewsroom(district, false)
})

describe("a district's newsroom", () => {
  it('is closed until the province allows it; then the viewer offers news to its own communes only', async () => {
    expect((await offer(t.viewer, { title: 'Chưa được phép', target: 'all' })).status).toBe(403)
    await setNewsroom(district, true)
    // Whatever the viewer asks for, the item goes to its district only, never mandatory.
    const reply = await offer(t.viewer, {
      title: 'Tin của huyện',
      target: 'all',
      mandatory: true,
      newsroom: otherDistrict,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const item = reply.body.doc
    created.push(item.id)
    expect(item).toMatchObject({ target: 'districts', mandatory: false, newsroom: { id: district } })
    expect(item.districts.map((d: number | { id: number }) => (typeof d === 'object' ? d.id : d))).toEqual([district])
    expect(await sees(t.chiefOwn, item.id)).toBe(true)
    expect(await sees(t.chiefOther, item.id)).toBe(false)
    // Its own item it edits; another district's viewer (no newsroom), a chief or a citizen cannot write.
    expect(
      (await rest('PATCH', `/api/shared-news/${item.id}`, { token: t.viewer, body: { title: 'Đã sửa' } })).status,
    ).toBe(200)
    for (const token of [t.otherViewer, t.chiefOwn, undefined]) {
      expect((await offer(token as string, { title: 'Không được', target: 'all' })).status).toBe(403)
      expect([403, 404]).toContain((await rest('DELETE', `/api/shared-news/${item.id}`, { token })).status)
    }
  })

  it("never touches the province's items", async () => {
    const province = await offer(t.admin, { title: 'Tin của tỉnh', target: 'districts', districts: [district] })
    expect(province.status).toBe(201)
    created.push(province.body.doc.id)
    expect(province.body.doc.newsroom ?? null).toBeNull()
    const id = province.body.doc.id
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/shared-news/${id}`, { token: t.viewer, body: { title: 'Chiếm' } })).status,
    )
    expect([403, 404]).toContain((await rest('DELETE', `/api/shared-news/${id}`, { token: t.viewer })).status)
    expect((await rest('GET', `/api/shared-news/${id}`, { token: t.admin })).body.title).toBe('Tin của tỉnh')
  })

  it('holds over GraphQL', async () => {
    const create = (token: string) =>
      graphql(
        'mutation { createSharedNewsItem(data: { title: "GraphQL huyện", source: "Huyện", target: all }) { id target mandatory } }',
        token,
      )
    const made = await create(t.viewer)
    expect(made.body.errors, JSON.stringify(made.body.errors)).toBeUndefined()
    created.push(made.body.data.createSharedNewsItem.id)
    expect(made.body.data.createSharedNewsItem).toMatchObject({ target: 'districts', mandatory: false })
    for (const token of [t.otherViewer, t.chiefOwn])
      expect((await create(token)).body.errors?.length).toBeGreaterThan(0)
    await setNewsroom(district, false)
    expect((await create(t.viewer)).body.errors?.length).toBeGreaterThan(0)
  })
})
