import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setUpActors } from '../support/actors'
import { graphql, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import type { Actor } from '../support/roles'
import { waitFor } from '../support/shared-payload'
import { asClient, freshAddress, PROXY_ADDRESS, rawRequest } from '../support/via-proxy'

/**
 * "Trang này có hữu ích không?" (issue 15): citizens submit (JSON and the plain form), within a
 * budget per address, with Vietnamese errors; nobody but the province deletes; who reads what,
 * over REST and GraphQL; the counts per page and per commune. Each citizen speaks from a fresh
 * address through the trusted proxy, so 127.0.0.1's budget stays whole for the other files.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const ACTORS: Actor[] = ['anonymous', 'province-admin', 'district-viewer', 'chief', 'editor', 'contributor']
const BUDGET = Number(process.env.LIMIT_FEEDBACK_PER_ADDRESS || 30)
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const SUBMIT = '/api/page-feedback/submit'

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<'own' | 'other', number>()
const marker = `kiểm thử ${Date.now()}`

const submit = (body: Record<string, unknown>, address = freshAddress()) => asClient(address, 'POST', SUBMIT, { body })

/** The site's form without JavaScript: multipart, as PageRating.astro sends it. */
const submitForm = async (fields: Record<string, string>, address = freshAddress()) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  const encoded = new Response(form)
  return rawRequest('POST', SUBMIT, {
    from: PROXY_ADDRESS,
    headers: { 'Content-Type': encoded.headers.get('content-type')!, 'X-Forwarded-For': address },
    body: Buffer.from(await encoded.arrayBuffer()),
  })
}

const ownRatings = async (token: string | undefined) =>
  rest('GET', `/api/page-feedback?limit=100&depth=0&where[comment][like]=${encodeURIComponent(marker)}`, { token })

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
  for (const slug of [OWN, OTHER])
    await waitFor(
      `the site of ${slug}`,
      async () => (await hostGet(`${slug}.localhost`, '/gioi-thieu/')).status === 200,
      300_000,
    )
  // One rating with a comment in each commune, for the reads below.
  for (const [commune, helpful] of [
    [OWN, true],
    [OWN, false],
    [OTHER, true],
  ] as const) {
    const reply = await submit({ commune, path: '/gioi-thieu/', helpful, comment: `${marker} ${commune}` })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  }
}, 360_000)

afterAll(async () => {
  const mine = await ownRatings(adminToken)
  for (const doc of mine.body?.docs ?? []) await rest('DELETE', `/api/page-feedback/${doc.id}`, { token: adminToken })
})

describe('page feedback: citizens submit', () => {
  it('JSON: 201 with a Vietnamese thank-you; nothing about the sender is stored', async () => {
    const reply = await submit({ commune: OWN, path: '/lien-he/', helpful: 'true', comment: `${marker} json` })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.message).toMatch(/Cảm ơn/)
    const stored = (await ownRatings(adminToken)).body.docs.find(
      (d: { comment: string }) => d.comment === `${marker} json`,
    )
    expect(stored).toMatchObject({ path: '/lien-he/', helpful: true, tenant: communeIds.get('own') })
    expect(Object.keys(stored).sort()).toEqual(['comment', 'createdAt', 'helpful', 'id', 'path', 'tenant', 'updatedAt'])
  })

  it('the plain form (no JavaScript) is sent back to its page with the thank-you, or the failure', async () => {
    const ok = await submitForm({ commune: OWN, path: '/gioi-thieu/', helpful: 'false', comment: `${marker} form` })
    expect(ok.status).toBe(303)
    expect(ok.headers.location).toBe('/gioi-thieu/#cam-on-danh-gia')
    const stored = (await ownRatings(adminToken)).body.docs.find(
      (d: { comment: string }) => d.comment === `${marker} form`,
    )
    expect(stored).toMatchObject({ path: '/gioi-thieu/', helpful: false })
    const bad = await submitForm({ commune: OWN, path: '/gioi-thieu/' })
    expect(bad.status).toBe(303)
    expect(bad.headers.location).toBe('/gioi-thieu/#loi-danh-gia')
  })

  it('refuses, in Vietnamese and per field: no answer, a long comment, a foreign or missing page, a commune not live', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ commune: OWN, path: '/gioi-thieu/' }, 'helpful'],
      [{ commune: OWN, path: '/gioi-thieu/', helpful: true, comment: 'a'.repeat(501) }, 'comment'],
      [{ commune: OWN, path: 'https://example.com/', helpful: true }, 'path'],
      [{ commune: OWN, path: '/../../etc/passwd', helpful: true }, 'path'],
      [{ commune: OWN, path: '/khong-co-trang-nay/', helpful: true }, 'path'],
      [{ commune: 'khong-co-xa-nay', path: '/gioi-thieu/', helpful: true }, 'commune'],
      [{ path: '/gioi-thieu/', helpful: true }, 'commune'],
    ]
    for (const [body, field] of cases) {
      const reply = await submit(body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toContain(field)
      for (const e of reply.body.errors) expect(e.message).toMatch(VIETNAMESE)
    }
  })

  it(`a burst of ${BUDGET + 3} from one address stores ${BUDGET}; the rest get 429 in Vietnamese; another address is not affected`, async () => {
    const address = freshAddress()
    const replies = await Promise.all(
      Array.from({ length: BUDGET + 3 }, (_, n) =>
        submit({ commune: OWN, path: '/lien-he/', helpful: n % 2 === 0, comment: `${marker} burst` }, address),
      ),
    )
    expect(replies.filter((r) => r.status === 201)).toHaveLength(BUDGET)
    const refused = replies.filter((r) => r.status !== 201)
    expect(refused).toHaveLength(3)
    for (const r of refused) {
      expect(r.status).toBe(429)
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0)
      expect(r.body.message).toMatch(/Đánh giá trang: .*thử lại sau/)
    }
    // The plain form gets a page it can read, not JSON.
    const form = await submitForm({ commune: OWN, path: '/lien-he/', helpful: 'true' }, address)
    expect(form.status).toBe(429)
    expect(String(form.headers['content-type'])).toMatch(/text\/html/)
    expect(String(form.body)).toMatch(/thử lại sau/)
    expect((await submit({ commune: OWN, path: '/lien-he/', helpful: true })).status).toBe(201)
  })
})

describe('page feedback: who may do what', () => {
  it('REST: anonymous and contributors read nothing; the province all; a viewer and the board their commune; nobody creates or edits; only the province deletes', async () => {
    const expected: Record<Actor, ('own' | 'other')[]> = {
      anonymous: [],
      contributor: [],
      'province-admin': ['own', 'other'],
      'district-viewer': ['own'],
      chief: ['own'],
      editor: ['own'],
    }
    const all = (await ownRatings(adminToken)).body.docs as { id: number; tenant: number }[]
    const ownDoc = all.find((d) => d.tenant === communeIds.get('own'))! as {
      id: number
      tenant: number
      helpful: boolean
    }
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const list = await ownRatings(token)
      if (!expected[actor].length)
        expect(list.status === 403 || list.body.docs?.length === 0, `${actor} reads`).toBe(true)
      else {
        const tenants = new Set(list.body.docs.map((d: { tenant: number }) => d.tenant))
        for (const scope of ['own', 'other'] as const)
          expect(tenants.has(communeIds.get(scope)), `${actor} reads ${scope}`).toBe(expected[actor].includes(scope))
      }
      const create = await rest('POST', '/api/page-feedback', {
        token,
        body: { tenant: communeIds.get('own'), path: '/gioi-thieu/', helpful: true },
      })
      expect(create.status, `${actor} creates`).toBe(403)
      const update = await rest('PATCH', `/api/page-feedback/${ownDoc.id}`, { token, body: { helpful: false } })
      expect([403, 404], `${actor} edits`).toContain(update.status)
      if (actor === 'province-admin') continue
      const del = await rest('DELETE', `/api/page-feedback/${ownDoc.id}`, { token })
      expect([403, 404], `${actor} deletes`).toContain(del.status)
    }
    const still = await rest('GET', `/api/page-feedback/${ownDoc.id}?depth=0`, { token: adminToken })
    expect(still.body.helpful).toBe(ownDoc.helpful)
  })

  it('GraphQL: the same reads; the create and delete mutations are refused but for the province’s delete', async () => {
    const query = `{ PageFeedbacks(limit: 100, where: { comment: { like: ${JSON.stringify(marker)} } }) { docs { id tenant { id } } } }`
    const expected: Record<Actor, number[]> = {
      anonymous: [],
      contributor: [],
      'province-admin': [communeIds.get('own')!, communeIds.get('other')!],
      'district-viewer': [communeIds.get('own')!],
      chief: [communeIds.get('own')!],
      editor: [communeIds.get('own')!],
    }
    const victim = (await ownRatings(adminToken)).body.docs.find(
      (d: { tenant: number }) => d.tenant === communeIds.get('other'),
    )
    for (const actor of ACTORS) {
      const reply = await graphql(query, tokens.get(actor))
      const docs = (reply.body.data?.PageFeedbacks?.docs ?? []) as { tenant: { id: number } | null }[]
      const tenants = new Set(docs.map((d) => d.tenant?.id))
      expect([...tenants].sort(), `${actor} reads`).toEqual([...expected[actor]].sort())
      const create = await graphql(
        `mutation { createPageFeedback(data: { tenant: ${communeIds.get('own')}, path: "/gioi-thieu/", helpful: true }) { id } }`,
        tokens.get(actor),
      )
      expect(create.body.errors?.length, `${actor} creates`).toBeGreaterThan(0)
      if (actor === 'province-admin') continue
      const del = await graphql(`mutation { deletePageFeedback(id: ${victim.id}) { id } }`, tokens.get(actor))
      expect(del.body.errors?.length, `${actor} deletes`).toBeGreaterThan(0)
    }
    const del = await graphql(`mutation { deletePageFeedback(id: ${victim.id}) { id } }`, adminToken)
    expect(del.body.data?.deletePageFeedback?.id).toBe(victim.id)
  })
})

describe('page feedback: counts per page and per commune', () => {
  it('GET /api/page-feedback/summary: yes/no per page and per commune, within what the user may read', async () => {
    const before = (await rest('GET', `/api/page-feedback/summary?commune=${OWN}`, { token: adminToken })).body
    const row = (
      body: { pages: { commune: { slug: string }; path: string; yes: number; no: number }[] },
      path: string,
    ) => body.pages.find((p) => p.commune.slug === OWN && p.path === path) ?? { yes: 0, no: 0 }
    const start = row(before, '/to-chuc-bo-may/')
    expect(
      (await submit({ commune: OTHER, path: '/lien-he/', helpful: true, comment: `${marker} other` })).status,
    ).toBe(201)
    for (const helpful of [true, true, false])
      expect(
        (await submit({ commune: OWN, path: '/to-chuc-bo-may/', helpful, comment: `${marker} count` })).status,
      ).toBe(201)
    const after = (await rest('GET', `/api/page-feedback/summary?commune=${OWN}`, { token: adminToken })).body
    const counted = row(after, '/to-chuc-bo-may/') as { yes: number; no: number; comments: { comment: string }[] }
    expect(counted.yes - start.yes).toBe(2)
    expect(counted.no - start.no).toBe(1)
    expect(counted.comments.filter((c) => c.comment === `${marker} count`)).toHaveLength(3)
    const perCommune = after.communes.find((c: { commune: { slug: string } }) => c.commune.slug === OWN)
    expect(perCommune.yes).toBeGreaterThanOrEqual(counted.yes)

    const chief = (await rest('GET', '/api/page-feedback/summary', { token: tokens.get('chief') })).body
    expect(new Set(chief.communes.map((c: { commune: { slug: string } }) => c.commune.slug))).toEqual(new Set([OWN]))
    const admin = (await rest('GET', '/api/page-feedback/summary', { token: adminToken })).body
    expect(admin.communes.map((c: { commune: { slug: string } }) => c.commune.slug)).toEqual(
      expect.arrayContaining([OWN, OTHER]),
    )
    expect((await rest('GET', '/api/page-feedback/summary')).status).toBe(401)
    expect((await rest('GET', '/api/page-feedback/summary', { token: tokens.get('contributor') })).status).toBe(403)
  })
})
