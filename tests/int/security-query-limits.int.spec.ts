import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, graphql, loginAs, rest, send, type Reply } from '../support/api'

/**
 * Issue 9, items 6 and 16 ("500"): one request cannot ask the server for everything (page size,
 * depth, `where` size, GraphQL cost/depth/aliases are capped), and a bad request answers 4xx with
 * a Vietnamese message, never 500: generated over every collection's REST routes, anonymous and
 * as an editor-in-chief, and through GraphQL.
 */
const OWN = 'my-binh'
const MAX_LIMIT = 100
/** Signed-in accounts get larger pages (the province's scripts list all 156 communes at once). */
const MAX_LIMIT_SIGNED_IN = 1000
const MAX_DEPTH = 3
const COLLECTIONS = [
  'communes',
  'districts',
  'users',
  'posts',
  'pages',
  'categories',
  'media',
  'documents',
  'officials',
  'announcements',
  'disclosures',
  'procedures',
  'questions',
  'site-settings',
  'audit-logs',
]
const VERSIONED = new Set(['posts', 'pages', 'documents', 'announcements', 'disclosures'])
const ACTORS = ['anonymous', 'chief'] as const
type Actor = (typeof ACTORS)[number]

/** A letter only Vietnamese has: the message is meant for a person here. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýÀ-Ỹ]/i

let tokens: Record<Actor, string | undefined> = { anonymous: undefined, chief: undefined }
let ownId = 0

beforeAll(async () => {
  tokens = { anonymous: undefined, chief: (await loginAs('chief', OWN)).token }
  ownId = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`)).body.docs[0].id
})

/** A raw request, for bodies and headers the JSON helper would not send. */
const raw = (
  method: string,
  url: string,
  { token, body, type }: { token?: string; body?: string; type?: string } = {},
): Promise<Reply> => send(method, url, { token, body, headers: type ? { 'Content-Type': type } : {} })

/** The answer is a refusal a person can read: 4xx, with a Vietnamese message. */
const expectRefusal = (reply: Reply, label: string, statuses?: number[]) => {
  const shown = `${label} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`
  if (statuses) expect(statuses, shown).toContain(reply.status)
  else {
    expect(reply.status, shown).toBeGreaterThanOrEqual(400)
    expect(reply.status, shown).toBeLessThan(500)
  }
  const message = reply.body?.errors?.[0]?.message
  expect(typeof message === 'string' && VIETNAMESE.test(message), shown).toBe(true)
}

/** `where` with n conditions, as a query string. */
const manyClauses = (n: number) => Array.from({ length: n }, (_, i) => `where[or][${i}][id][equals]=${i + 1}`).join('&')

/** Malformed requests for one collection: [label, method, url, body, content type, expected statuses]. */
const malformed = (c: string): [string, string, string, string | undefined, string | undefined, number[]?][] => [
  ['limit=abc', 'GET', `/api/${c}?limit=abc`, undefined, undefined, [400]],
  ['limit=-1', 'GET', `/api/${c}?limit=-1`, undefined, undefined, [400]],
  ['limit=1.5', 'GET', `/api/${c}?limit=1.5`, undefined, undefined, [400]],
  ['limit[]', 'GET', `/api/${c}?limit[]=1`, undefined, undefined, [400]],
  ['page=0', 'GET', `/api/${c}?page=0`, undefined, undefined, [400]],
  ['page=abc', 'GET', `/api/${c}?page=abc`, undefined, undefined, [400]],
  ['depth=-1', 'GET', `/api/${c}?depth=-1`, undefined, undefined, [400]],
  ['depth=abc', 'GET', `/api/${c}?depth=abc`, undefined, undefined, [400]],
  ['draft=maybe', 'GET', `/api/${c}?draft=maybe`, undefined, undefined, [400]],
  ['pagination=maybe', 'GET', `/api/${c}?pagination=maybe`, undefined, undefined, [400]],
  ['sort=;drop', 'GET', `/api/${c}?sort=${encodeURIComponent('title;drop table x')}`, undefined, undefined, [400]],
  ['select=[object]', 'GET', `/api/${c}?select[title][$gt]=1`, undefined, undefined, [400]],
  ['where=abc', 'GET', `/api/${c}?where=abc`, undefined, undefined, [400]],
  ['where[or]=abc', 'GET', `/api/${c}?where[or]=abc`, undefined, undefined, [400]],
  ['where id=abc', 'GET', `/api/${c}?where[id][equals]=abc`, undefined, undefined, [400]],
  ['where id in 1,abc', 'GET', `/api/${c}?where[id][in]=1,abc`, undefined, undefined, [400]],
  [
    'where createdAt > notadate',
    'GET',
    `/api/${c}?where[createdAt][greater_than]=notadate`,
    undefined,
    undefined,
    [400],
  ],
  ['where id near', 'GET', `/api/${c}?where[id][near]=1,2`, undefined, undefined, [400]],
  ['where operand object', 'GET', `/api/${c}?where[id][equals][x]=1`, undefined, undefined, [400]],
  ['where unknown operator', 'GET', `/api/${c}?where[id][bogus]=1`, undefined, undefined, [400]],
  ['where unknown field', 'GET', `/api/${c}?where[nope][equals]=1`, undefined, undefined, [400, 403]],
  ['where 60 clauses', 'GET', `/api/${c}?${manyClauses(60)}`, undefined, undefined, [400]],
  ['where nested 8 deep', 'GET', `/api/${c}?where${'[or][0]'.repeat(8)}[id][equals]=1`, undefined, undefined, [400]],
  ['byID abc', 'GET', `/api/${c}/abc`, undefined, undefined, [404]],
  ['byID 1.5', 'GET', `/api/${c}/1.5`, undefined, undefined, [404]],
  ['byID rebuild', 'GET', `/api/${c}/rebuild`, undefined, undefined, [404]],
  ['count where=abc', 'GET', `/api/${c}/count?where=abc`, undefined, undefined, [400]],
  ['count where id=abc', 'GET', `/api/${c}/count?where[id][equals]=abc`, undefined, undefined, [400]],
  ['versions limit=abc', 'GET', `/api/${c}/versions?limit=abc`, undefined, undefined, [400]],
  ['version abc', 'GET', `/api/${c}/versions/abc`, undefined, undefined],
  ['POST text/plain', 'POST', `/api/${c}`, 'hello', 'text/plain', [415]],
  ['POST xml', 'POST', `/api/${c}`, '<a/>', 'application/xml', [415]],
  ['POST bad JSON', 'POST', `/api/${c}`, '{bad', 'application/json', [400]],
  ['POST JSON string', 'POST', `/api/${c}`, '"text"', 'application/json'],
  ['POST JSON number', 'POST', `/api/${c}`, '5', 'application/json'],
  ['POST no body', 'POST', `/api/${c}`, undefined, undefined],
  ['PATCH abc', 'PATCH', `/api/${c}/abc`, '{}', 'application/json', [404]],
  ['PATCH text/plain', 'PATCH', `/api/${c}/1`, 'hello', 'text/plain', [415]],
  ['PATCH bad JSON', 'PATCH', `/api/${c}/1`, '{bad', 'application/json'],
  ['PATCH where id=abc', 'PATCH', `/api/${c}?where[id][equals]=abc`, '{}', 'application/json', [400]],
  ['DELETE abc', 'DELETE', `/api/${c}/abc`, undefined, undefined, [404]],
  ['DELETE where=abc', 'DELETE', `/api/${c}?where=abc`, undefined, undefined, [400]],
  ['DELETE where id=abc', 'DELETE', `/api/${c}?where[id][equals]=abc`, undefined, undefined, [400]],
  ['DELETE no where', 'DELETE', `/api/${c}`, undefined, undefined, [400]],
]

describe('bad REST requests answer 4xx in Vietnamese, never 500', () => {
  for (const c of COLLECTIONS)
    for (const actor of ACTORS)
      it(`${c} as ${actor}`, async () => {
        const failures: string[] = []
        for (const [label, method, url, body, type, statuses] of malformed(c)) {
          if (label.startsWith('version') && !VERSIONED.has(c)) continue
          const reply = await raw(method, url, { token: tokens[actor], body, type })
          try {
            expectRefusal(reply, `${method} ${url.slice(0, 120)}`, statuses)
          } catch (error) {
            failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`)
          }
        }
        expect(failures).toEqual([])
      })

  it('answers other API paths and the rebuild endpoint asked with GET in Vietnamese', async () => {
    expectRefusal(await raw('GET', '/api/nothing-here'), 'unknown path', [404])
    expectRefusal(await raw('GET', '/api/communes/rebuild', { token: tokens.chief }), 'GET rebuild', [404])
    expectRefusal(
      await raw('GET', '/api/globals/commune-template?depth=abc', { token: tokens.chief }),
      'global depth=abc',
      [400],
    )
  })

  it("refuses a 2,000-condition where sent in a body (the admin's method override), REST and GraphQL", async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')
    const reply = await fetch(`${baseUrl()}/api/posts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-HTTP-Method-Override': 'GET' },
      body,
    })
    expectRefusal({ status: reply.status, body: await reply.json() }, 'override where', [400])
    const or = Array.from({ length: 2000 }, (_, i) => `{ title: { equals: "x${i}" } }`).join(', ')
    const gql = await graphql(`{ Posts(where: { OR: [${or}] }) { docs { id } } }`)
    expect(gql.status).toBeLessThan(500)
    expect(gql.body.data?.Posts ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.message).toMatch(VIETNAMESE)
  })
})

describe('page size and depth are capped', () => {
  for (const actor of ACTORS)
    it(`gives a capped number of documents per page, whatever is asked (${actor})`, async () => {
      const token = tokens[actor]
      const cap = actor === 'anonymous' ? MAX_LIMIT : MAX_LIMIT_SIGNED_IN
      for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'pagination=false&limit=0']) {
        const reply = await rest('GET', `/api/communes?${query}&depth=0`, { token })
        expect(reply.status, query).toBe(200)
        expect(reply.body.docs.length, query).toBeLessThanOrEqual(cap)
        expect(reply.body.limit, query).toBe(cap)
        if (reply.body.totalDocs > cap) expect(reply.body.hasNextPage, query).toBe(true)
      }
      const versions = await rest('GET', '/api/posts/versions?limit=100000&depth=0', { token })
      if (versions.status === 200) expect(versions.body.limit).toBe(cap)
      else expect([401, 403]).toContain(versions.status)
      const graph = await graphql('{ Posts(limit: 0, pagination: false) { docs { id } limit } }', token)
      expect(graph.body.data.Posts.limit).toBe(cap)
    })

  it('pages through more documents than one page holds', async () => {
    const first = await rest('GET', '/api/communes?limit=0&depth=0&sort=code')
    const second = await rest('GET', `/api/communes?limit=0&depth=0&sort=code&page=2`)
    expect(first.body.totalDocs).toBeGreaterThan(MAX_LIMIT)
    expect(second.body.docs.length).toBe(first.body.totalDocs - MAX_LIMIT)
  })

  it(`populates relationships ${MAX_DEPTH} levels deep at most`, async () => {
    const deep = await rest('GET', `/api/posts?limit=2&depth=50&sort=id`, { token: tokens.chief })
    const capped = await rest('GET', `/api/posts?limit=2&depth=${MAX_DEPTH}&sort=id`, { token: tokens.chief })
    expect(deep.status).toBe(200)
    expect(deep.body).toEqual(capped.body)
  })

  it("answers the versions of a global that keeps none with 404 (Payload's route answered 500)", async () => {
    const { token } = await loginAs('province-admin')
    expectRefusal(
      await rest('GET', '/api/globals/commune-template/versions?limit=100000&depth=0', { token }),
      'global versions',
      [404],
    )
  })
})

describe("normal requests (the admin's and the sites') still pass", () => {
  const ok = (reply: Reply, label: string) =>
    expect(reply.status, `${label}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(200)
  it('list views, filters, sorting, select, locale', async () => {
    const token = tokens.chief
    for (const limit of [10, 25, 50, 100])
      for (const depth of [0, 1, 2])
        ok(
          await rest('GET', `/api/posts?limit=${limit}&depth=${depth}&draft=true`, { token }),
          `limit ${limit} depth ${depth}`,
        )
    const queries = [
      `limit=10&page=1&sort=-createdAt&depth=0&draft=true`,
      `where[or][0][and][0][tenant][equals]=${ownId}&limit=10&depth=0`,
      `where[or][0][and][0][title][like]=a&where[or][0][and][1][_status][equals]=published&sort=title`,
      `where[tenant][in]=${ownId}&where[id][not_in]=1,2&limit=25`,
      `where[tenant][equals]=${ownId}&where[createdAt][greater_than]=2020-01-01T00:00:00.000Z`,
      `select[title]=true&select[slug]=true&depth=0`,
      `populate[communes][name]=true&depth=1`,
      `where[tenant][exists]=true&sort=-updatedAt,title`,
      `where=${encodeURIComponent(JSON.stringify({ tenant: { equals: ownId } }))}`,
      `locale=vi&fallback-locale=null&trash=false`,
    ]
    for (const q of queries) ok(await rest('GET', `/api/posts?${q}`, { token }), q)
    ok(await rest('GET', `/api/posts/count?where[tenant][equals]=${ownId}`, { token }), 'count')
    ok(
      await rest('GET', `/api/posts/versions?limit=10&depth=0&sort=-updatedAt&where[parent][exists]=true`, { token }),
      'versions',
    )
    // The relationship picker asks with POST and the query in a form body.
    const picker = await fetch(`${baseUrl()}/api/categories`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
        Authorization: `JWT ${token}`,
      },
      body: `depth=0&draft=true&limit=10&page=1&sort=name&select[name]=true&where[and][0][id][not_in][0]=1&where[and][1][tenant][in][0]=${ownId}`,
    })
    expect(picker.status).toBe(200)
  })

  it('the GraphQL of a normal page of content', async () => {
    for (const actor of ACTORS) {
      const reply = await graphql(
        `{ Posts(limit: 100, where: { tenant: { equals: ${ownId} } }) { docs { id title slug tenant { name district { name } } } totalDocs } Communes(limit: 20) { docs { id name } } }`,
        tokens[actor],
      )
      expect(reply.body.errors, actor).toBeUndefined()
      expect(reply.body.data.Communes.docs.length).toBe(actor === 'anonymous' ? 20 : 1)
      const filtered = await graphql(
        `{ Posts(limit: 25, sort: "-createdAt", where: { OR: [{ tenant: { equals: ${ownId} } }, { AND: [{ title: { like: "a" } }, { createdAt: { greater_than: "2020-01-01T00:00:00.000Z" } }] }] }) { docs { id } } }`,
        tokens[actor],
      )
      expect(filtered.body.errors, actor).toBeUndefined()
    }
  })
})

describe('GraphQL: cost that counts documents, depth, aliases', () => {
  const refusedGraphQL = (reply: Reply, label: string, pattern?: RegExp) => {
    const shown = `${label}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`
    expect(reply.status, shown).toBeLessThan(500)
    expect(reply.body?.data ?? null, shown).toBeNull()
    expect(reply.body?.errors?.[0]?.message, shown).toMatch(VIETNAMESE)
    if (pattern) expect(reply.body.errors[0].message, shown).toMatch(pattern)
  }
  for (const actor of ACTORS) {
    it(`refuses ten unpaginated lists under aliases (${actor})`, async () => {
      const aliases = Array.from(
        { length: 10 },
        (_, i) => `a${i}: Posts(limit: 0, pagination: false) { docs { id title tenant { name } content } }`,
      ).join(' ')
      refusedGraphQL(await graphql(`{ ${aliases} }`, tokens[actor]), 'aliases of unpaginated lists', /chi phí/)
    })

    it(`counts a limit passed in a variable (${actor})`, async () => {
      // Eight lists of 100 communes with 6 fields each are over the budget; of 5 each, far under it.
      const query = `query ($n: Int) { ${'abcdefgh'
        .split('')
        .map((a) => `${a}: Communes(limit: $n) { docs { id name code district { name } } }`)
        .join(' ')} }`
      refusedGraphQL(await graphql(query, tokens[actor], { n: 100000 }), 'variable limit', /chi phí/)
      const small = await graphql(query, tokens[actor], { n: 5 })
      expect(small.body.errors).toBeUndefined()
      expect(small.body.data.a.docs.length).toBe(actor === 'anonymous' ? 5 : 1)
    })

    it(`caps an unpaginated list that fits the budget (${actor})`, async () => {
      const reply = await graphql('{ Communes(limit: 0, pagination: false) { docs { id } totalDocs } }', tokens[actor])
      expect(reply.body.errors).toBeUndefined()
      expect(reply.body.data.Communes.docs.length).toBe(
        Math.min(actor === 'anonymous' ? MAX_LIMIT : MAX_LIMIT_SIGNED_IN, reply.body.data.Communes.totalDocs),
      )
      if (actor === 'anonymous') expect(reply.body.data.Communes.totalDocs).toBeGreaterThan(MAX_LIMIT)
    })

    it(`refuses too many aliases and too deep a query (${actor})`, async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `d${i}: Districts(limit: 1) { docs { id } }`).join(' ')
      refusedGraphQL(await graphql(`{ ${aliases} }`, tokens[actor]), 'aliases', /bí danh/)
      refusedGraphQL(
        await graphql(
          '{ Posts(limit: 1) { docs { tenant { logo { tenant { logo { tenant { district { name } } } } } } } } }',
          tokens[actor],
        ),
        'depth',
        /sâu/,
      )
    })

    it(`answers bad where operands 4xx in Vietnamese (${actor})`, async () => {
      for (const where of [
        '{ tenant: { equals: "abc" } }',
        '{ createdAt: { greater_than: "notadate" } }',
        '{ id: { in: [1, "abc"] } }',
      ]) {
        const reply = await graphql(`{ Posts(where: ${where}) { docs { id } } }`, tokens[actor])
        expect(reply.status, where).toBeLessThan(500)
        const error = reply.body.errors?.[0]
        expect(error?.message, where).toMatch(VIETNAMESE)
        if (error?.extensions?.statusCode) expect(error.extensions.statusCode, where).toBe(400)
      }
    })
  }

  it('answers bodies that are not GraphQL JSON in Vietnamese', async () => {
    expectRefusal(
      await raw('POST', '/api/graphql', { body: '{ Posts { docs { id } } }', type: 'text/plain' }),
      'text/plain',
      [415],
    )
    expectRefusal(await raw('POST', '/api/graphql', { body: '{bad', type: 'application/json' }), 'bad JSON', [400])
    expectRefusal(await raw('POST', '/api/graphql', { body: '[1]', type: 'application/json' }), 'array', [400])
    expectRefusal(
      await raw('POST', '/api/graphql', { body: '{"query": 5}', type: 'application/json' }),
      'query not text',
      [400],
    )
  })
})
