import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginAs, rest } from '../support/api'

/**
 * An item's address (slug) is made from its title; a title the commune already used gets the
 * next free numbered form, where the commune's unique (commune, slug) index used to refuse the
 * second item with a message about the commune field. Another commune keeps the plain form;
 * a slug typed by hand that is taken is still refused.
 */
const OWN = 'long-son'
const OTHER = 'an-cu'
const TITLE = `Lịch tiếp công dân định kỳ ${Date.now().toString(36)}`

let adminToken = ''
let chief = ''
let own = 0
let other = 0
const created: { collection: string; id: number }[] = []

const communeId = async (slug: string) =>
  (await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=0`, { token: adminToken })).body.docs[0]
    .id as number

const create = async (collection: string, body: Record<string, unknown>, token = chief) => {
  const reply = await rest('POST', `/api/${collection}`, { token, body })
  if (reply.status === 201) created.push({ collection, id: reply.body.doc.id })
  return reply
}

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  chief = (await loginAs('chief', OWN)).token
  own = await communeId(OWN)
  other = await communeId(OTHER)
}, 120_000)

afterAll(async () => {
  for (const { collection, id } of created) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

describe('the same title twice in one commune', () => {
  it('news: the second and third items get "-2" and "-3"', async () => {
    const slugs: string[] = []
    for (let i = 0; i < 3; i++) {
      const reply = await create('posts', { tenant: own, title: TITLE })
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
      slugs.push(reply.body.doc.slug)
    }
    const base = slugs[0]!
    expect(base).toMatch(/^lich-tiep-cong-dan-dinh-ky-[a-z0-9]+$/)
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`])
  })

  it('announcements the same, and another commune keeps the plain form', async () => {
    const first = await create('announcements', { tenant: own, title: TITLE })
    const second = await create('announcements', { tenant: own, title: TITLE })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.doc.slug).toBe(`${first.body.doc.slug}-2`)
    const elsewhere = await create('posts', { tenant: other, title: TITLE }, adminToken)
    expect(elsewhere.status).toBe(201)
    expect(elsewhere.body.doc.slug).toBe(first.body.doc.slug)
  })

  it('an edit keeps the item’s address, and a taken address typed by hand is refused', async () => {
    const post = created.find((c) => c.collection === 'posts')!
    const before = (await rest('GET', `/api/posts/${post.id}?depth=0&draft=true`, { token: chief })).body.slug
    const edited = await rest('PATCH', `/api/posts/${post.id}`, { token: chief, body: { excerpt: 'Sửa tóm tắt.' } })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.slug).toBe(before)
    const typed = await create('posts', { tenant: own, title: 'Tiêu đề khác hẳn', slug: before })
    expect(typed.status).toBe(400)
  })
})
