import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentials, graphql, login, loginAs, rest } from '../support/api'
import { fixtureData } from '../support/fixtures'

/**
 * Issue 9, item 14: a suspended commune's content stayed public through REST and GraphQL; and
 * anonymous reads of a commune exposed its last build error and generator version. Only live
 * communes are public: suspended, merged and still-provisioning ones are the province's and
 * their board's. Here a commune with no demo content gets one published item per collection;
 * every public door is read before, during (each non-live status) and after.
 */
const SLUG = 'vinh-te'
const PUBLISHED = ['posts', 'pages', 'documents', 'announcements', 'disclosures'] as const
const PLAIN = ['categories', 'officials', 'procedures', 'questions'] as const
const GRAPHQL_MANY: Record<string, string> = {
  posts: 'Posts',
  pages: 'Pages',
  documents: 'Documents',
  announcements: 'Announcements',
  disclosures: 'Disclosures',
  categories: 'Categories',
  officials: 'Officials',
  procedures: 'Procedures',
  questions: 'Questions',
  'site-settings': 'SiteSettings',
}

let adminToken = ''
let communeId = 0
let strangerToken = ''
let strangerId = 0
let viewerToken = ''
const items = new Map<string, number>()

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${SLUG}&depth=1`, { token: adminToken })).body
    .docs[0]
  communeId = commune.id
  expect(commune.status).toBe('live')
  for (const collection of PUBLISHED) {
    const reply = await rest('POST', `/api/${collection}`, {
      token: adminToken,
      body: { ...fixtureData(collection, communeId), _status: 'published' },
    })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
    items.set(collection, reply.body.doc.id)
  }
  for (const collection of PLAIN) {
    const data =
      collection === 'questions'
        ? { ...fixtureData(collection, communeId), answer: 'Đã trả lời.', published: true, status: 'answered' }
        : fixtureData(collection, communeId)
    const reply = await rest('POST', `/api/${collection}`, { token: adminToken, body: data })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
    items.set(collection, reply.body.doc.id)
  }
  const settings = (
    await rest('GET', `/api/site-settings?where[tenant][equals]=${communeId}&depth=0`, { token: adminToken })
  ).body.docs[0]
  if (settings) items.set('site-settings', settings.id)
  // An account with no membership and no global role sees what citizens see.
  const email = `khong-thuoc-don-vi-${Date.now()}@demo.angiang.local`
  const password = `${crypto.randomBytes(12).toString('base64url')}-Aa9!`
  const user = await rest('POST', '/api/users', {
    token: adminToken,
    body: { email, password, name: 'Tài khoản chưa thuộc đơn vị nào', tenants: [] },
  })
  expect(user.status, JSON.stringify(user.body).slice(0, 300)).toBe(201)
  strangerId = user.body.doc.id
  strangerToken = await login(email, password)
  const viewer = credentials().find(
    (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${commune.district.slug}@`),
  )!
  viewerToken = await login(viewer.email, viewer.password)
})

afterAll(async () => {
  await rest('PATCH', `/api/communes/${communeId}`, { token: adminToken, body: { status: 'live' } })
  for (const [collection, id] of items)
    if (collection !== 'site-settings') await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
  if (strangerId) await rest('DELETE', `/api/users/${strangerId}`, { token: adminToken })
})

/** What one reader gets of the commune's public content, door by door. */
const visible = async (token: string | undefined) => {
  const seen: Record<string, { byId: boolean; list: boolean; graphql: boolean }> = {}
  await Promise.all(
    [...items].map(async ([collection, id]) => {
      const [byId, list, gql] = await Promise.all([
        rest('GET', `/api/${collection}/${id}?depth=0`, { token }),
        rest('GET', `/api/${collection}?where[tenant][equals]=${communeId}&depth=0&limit=5`, { token }),
        graphql(
          `{ ${GRAPHQL_MANY[collection]}(where: { tenant: { equals: ${communeId} } }, limit: 5) { docs { id } } }`,
          token,
        ),
      ])
      expect(byId.status).toBeLessThan(500)
      if (byId.status !== 200) expect([401, 403, 404]).toContain(byId.status)
      seen[collection] = {
        byId: byId.status === 200,
        list: list.status === 200 && list.body.docs.some((d: { id: number }) => d.id === id),
        graphql: Boolean(gql.body.data?.[GRAPHQL_MANY[collection]]?.docs?.some((d: { id: number }) => d.id === id)),
      }
    }),
  )
  const commune = await rest('GET', `/api/communes/${communeId}?depth=0`, { token })
  const communes = await rest('GET', `/api/communes?where[id][equals]=${communeId}&depth=0`, { token })
  const gql = await graphql(
    `{ Communes(where: { id: { equals: ${communeId} } }) { docs { id name } } Commune(id: ${communeId}) { id } }`,
    token,
  )
  seen.communes = {
    byId: commune.status === 200,
    list: communes.status === 200 && communes.body.docs.length === 1,
    graphql: Boolean(gql.body.data?.Communes?.docs?.length || gql.body.data?.Commune),
  }
  return seen
}

const everything = (value: boolean) =>
  Object.fromEntries([...items.keys(), 'communes'].map((c) => [c, { byId: value, list: value, graphql: value }]))

describe('a commune’s public content follows its status', () => {
  it('while live: citizens read everything published, through REST and GraphQL', async () => {
    expect(await visible(undefined)).toEqual(everything(true))
  })

  it.each(['suspended', 'provisioning', 'merged'] as const)(
    'while %s: nothing for citizens or accounts outside it; the province and the district keep reading',
    async (status) => {
      expect((await rest('PATCH', `/api/communes/${communeId}`, { token: adminToken, body: { status } })).status).toBe(
        200,
      )
      try {
        expect(await visible(undefined)).toEqual(everything(false))
        expect(await visible(strangerToken)).toEqual(everything(false))
        expect(await visible(adminToken)).toEqual(everything(true))
        const district = await visible(viewerToken)
        expect(district.posts).toEqual({ byId: true, list: true, graphql: true })
        expect(district.communes).toEqual({ byId: true, list: true, graphql: true })
      } finally {
        expect(
          (await rest('PATCH', `/api/communes/${communeId}`, { token: adminToken, body: { status: 'live' } })).status,
        ).toBe(200)
      }
    },
  )

  it('once live again, it is public again', async () => {
    expect(await visible(undefined)).toEqual(everything(true))
  })
})

describe('what a commune shows of its site’s builds', () => {
  const INTERNAL = ['error', 'errorPage', 'requestedAt', 'builtFrom', 'builtWith']
  const STATE = ['state', 'liveSince', 'lastBuildMs', 'pages', 'builds']
  const readers = [
    'anonymous',
    'stranger',
    'province-admin',
    'district-viewer',
    'chief',
    'editor',
    'contributor',
    'chief-elsewhere',
  ] as const
  type Reader = (typeof readers)[number]
  /** Which part of `site` each reader sees of commune SLUG. */
  const expected: Record<Reader, 'none' | 'state' | 'all'> = {
    anonymous: 'none',
    stranger: 'none',
    'chief-elsewhere': 'none',
    'province-admin': 'all',
    chief: 'all',
    'district-viewer': 'state',
    editor: 'state',
    contributor: 'state',
  }
  const tokenOf = async (reader: Reader): Promise<string | undefined> => {
    if (reader === 'anonymous') return undefined
    if (reader === 'stranger') return strangerToken
    if (reader === 'province-admin') return adminToken
    if (reader === 'district-viewer') return viewerToken
    if (reader === 'chief-elsewhere') return (await loginAs('chief', 'my-binh')).token
    return (await loginAs(reader, SLUG)).token
  }

  it.each(readers)('%s through REST and GraphQL', async (reader) => {
    const token = await tokenOf(reader)
    const want = expected[reader]
    const restDoc = await rest('GET', `/api/communes?where[id][equals]=${communeId}&depth=0`, { token })
    const gql = await graphql(
      `{ Communes(where: { id: { equals: ${communeId} } }) { docs { id name site { ${[...STATE, ...INTERNAL].join(' ')} } } } }`,
      token,
    )
    expect(gql.status).toBeLessThan(500)
    const restSite = restDoc.body.docs?.[0]?.site as Record<string, unknown> | undefined
    const gqlSite = gql.body.data?.Communes?.docs?.[0]?.site as Record<string, unknown> | null | undefined
    if (reader === 'anonymous') {
      // The commune is public; its site bookkeeping is not.
      expect(restDoc.body.docs).toHaveLength(1)
      expect(gql.body.data.Communes.docs).toHaveLength(1)
    }
    for (const key of [...STATE, ...INTERNAL]) {
      const shown = want === 'all' || (want === 'state' && STATE.includes(key))
      expect(restSite !== undefined && key in restSite, `REST site.${key} for ${reader}`).toBe(shown)
      // GraphQL answers every selected key; a hidden one is null.
      if (!shown && gqlSite) expect(gqlSite[key] ?? null, `GraphQL site.${key} for ${reader}`).toBeNull()
    }
    if (want !== 'none') expect(gqlSite?.state, `GraphQL site.state for ${reader}`).toBeTruthy()
    if (want === 'all') expect(gqlSite?.builtWith ?? restSite?.builtWith, `builtWith for ${reader}`).not.toBeUndefined()
  })

  it('nobody outside the province and the chief filters communes by their hidden fields', async () => {
    for (const token of [undefined, strangerToken, (await loginAs('editor', SLUG)).token]) {
      const reply = await rest('GET', `/api/communes?where[site.builtWith][exists]=true&depth=0`, { token })
      expect(reply.status).toBeLessThan(500)
      if (reply.status === 200)
        expect(
          reply.body.totalDocs === 0 ||
            reply.body.docs.every((d: { site?: { builtWith?: unknown } }) => d.site?.builtWith === undefined),
        ).toBe(true)
    }
  })
})
