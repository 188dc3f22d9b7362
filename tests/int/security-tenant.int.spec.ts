import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { fixtureData } from '../support/fixtures'
import { Enum, literal } from '../support/graphql-literal'
import { ACTORS, DRAFT_COLLECTIONS, PLAIN_COLLECTIONS, WRITERS, type Actor, type Scope } from '../support/roles'

/**
 * Issue 9, item 9: drafts skip validation, so a document could be saved with no commune. Every
 * commune-scoped document names a commune the user may write in, on every save (drafts too,
 * the province admin too); a draft update can neither clear nor move it. The refusal names the
 * field "Đơn vị" in Vietnamese.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const COLLECTIONS = [...DRAFT_COLLECTIONS, ...PLAIN_COLLECTIONS] as const
const GRAPHQL: Record<string, { create: string; update: string; many: string }> = {
  posts: { create: 'createPost', update: 'updatePost', many: 'Posts' },
  pages: { create: 'createPage', update: 'updatePage', many: 'Pages' },
  documents: { create: 'createDocument', update: 'updateDocument', many: 'Documents' },
  announcements: { create: 'createAnnouncement', update: 'updateAnnouncement', many: 'Announcements' },
  disclosures: { create: 'createDisclosure', update: 'updateDisclosure', many: 'Disclosures' },
  categories: { create: 'createCategory', update: 'updateCategory', many: 'Categories' },
  officials: { create: 'createOfficial', update: 'updateOfficial', many: 'Officials' },
  procedures: { create: 'createProcedure', update: 'updateProcedure', many: 'Procedures' },
  questions: { create: 'createQuestion', update: 'updateQuestion', many: 'Questions' },
}
const ENUM_FIELDS = new Set(['urgency', 'organ', 'docType', 'category', '_status'])
const isDraftCollection = (c: string) => (DRAFT_COLLECTIONS as readonly string[]).includes(c)
const titleOf = (data: Record<string, unknown>) => String(data.title ?? data.name ?? data.question)
const titleField = (c: string) =>
  c === 'categories' || c === 'officials' || c === 'procedures' ? 'name' : c === 'questions' ? 'question' : 'title'

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
})

afterAll(async () => {
  for (const { collection, id } of created) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

const input = (data: Record<string, unknown>) =>
  literal(
    Object.fromEntries(
      Object.entries(data).map(([k, v]) => [
        k,
        ENUM_FIELDS.has(k) && typeof v === 'string' ? new Enum(v.replace(/-/g, '_')) : v,
      ]),
    ),
  )

/** Documents of this collection carrying this title or name, whatever their commune (admin's view, drafts included). */
const countByTitle = async (collection: string, title: string) =>
  (
    await rest(
      'GET',
      `/api/${collection}?where[${titleField(collection)}][equals]=${encodeURIComponent(title)}&depth=0${isDraftCollection(collection) ? '&draft=true' : ''}`,
      { token: adminToken },
    )
  ).body.totalDocs as number

/** Whoever may write this kind of content is told which field is missing: "Đơn vị". */
const expectTenantRefusal = (reply: Reply, collection: string, actor: Actor) => {
  const text = JSON.stringify(reply.body)
  if (actor !== 'province-admin' && !WRITERS[collection]!.includes(actor)) return // refused by access already
  expect(text, text.slice(0, 400)).toContain('Đơn vị')
}

describe.concurrent.each(COLLECTIONS)('%s without a commune', (collection) => {
  const draftable = isDraftCollection(collection)
  const cases = ACTORS.flatMap((actor) =>
    (['rest', 'graphql'] as const).flatMap((door) =>
      (draftable ? [true, false] : [false]).map((draft) => ({ actor, door, draft })),
    ),
  )
  it.each(cases)(
    'created by $actor through $door (draft=$draft): refused, nothing stored',
    async ({ actor, door, draft }) => {
      const { tenant: _drop, ...data } = fixtureData(collection, 0)
      // A draft either way; `draft` says whether Payload saves it as a draft (skipping validation).
      const body = draftable ? { ...data, _status: 'draft' } : data
      const token = tokens.get(actor)
      let reply: Reply
      if (door === 'rest') {
        reply = await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, { token, body })
        expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeGreaterThanOrEqual(400)
        expect(reply.status).toBeLessThan(500)
      } else {
        reply = await graphql(
          `mutation { ${GRAPHQL[collection]!.create}(data: ${input(body)}${draft ? ', draft: true' : ''}) { id } }`,
          token,
        )
        expect(reply.status).toBeLessThan(500)
        expect(reply.body.errors?.length, JSON.stringify(reply.body).slice(0, 300)).toBeGreaterThan(0)
      }
      expectTenantRefusal(reply, collection, actor)
      expect(await countByTitle(collection, titleOf(data))).toBe(0)
    },
  )
})

describe('a commune that is not the user’s, or does not exist', () => {
  const writers: Actor[] = ['chief', 'editor', 'contributor']
  it.each(writers)(
    '%s: the admin’s tenant cookie does not put a document in another commune (REST and GraphQL)',
    async (actor) => {
      const { tenant: _drop, ...data } = fixtureData('posts', 0)
      const cookie = { Cookie: `payload-tenant=${communeIds.get('other')}` }
      const reply = await rest('POST', '/api/posts?draft=true', {
        token: tokens.get(actor),
        body: { ...data, _status: 'draft' },
        headers: cookie,
      })
      expect(reply.status).toBeGreaterThanOrEqual(400)
      expect(reply.status).toBeLessThan(500)
      expect(await countByTitle('posts', titleOf(data))).toBe(0)
    },
  )

  it('a contributor cannot create a category in their own commune through the tenant cookie either', async () => {
    const { tenant: _drop, ...data } = fixtureData('categories', 0)
    const reply = await rest('POST', '/api/categories', {
      token: tokens.get('contributor'),
      body: data,
      headers: { Cookie: `payload-tenant=${communeIds.get('own')}` },
    })
    expect([400, 403]).toContain(reply.status)
    expect(await countByTitle('categories', titleOf(data))).toBe(0)
  })

  it('the province admin must name a commune that exists', async () => {
    for (const tenant of [999999, 'abc']) {
      const data = { ...fixtureData('posts', 0), tenant }
      const reply = await rest('POST', '/api/posts?draft=true', {
        token: adminToken,
        body: { ...data, _status: 'draft' },
      })
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(400)
      expect(JSON.stringify(reply.body)).toContain('Đơn vị')
      expect(await countByTitle('posts', titleOf(data))).toBe(0)
    }
  })
})

describe.concurrent.each(COLLECTIONS)('%s: a save cannot clear or move the commune', (collection) => {
  const draftable = isDraftCollection(collection)
  const query = draftable ? '?draft=true' : ''
  const movers: Actor[] = ['province-admin', 'chief', 'editor', 'contributor']

  /** One document per writer (their own where they may write here, else the province admin's). */
  const documentOf = async (token: string): Promise<number> => {
    const data = fixtureData(collection, communeIds.get('own')!)
    const body = draftable ? { ...data, _status: 'draft' } : data
    let reply = await rest('POST', `/api/${collection}${query}`, { token, body })
    if (reply.status !== 201) reply = await rest('POST', `/api/${collection}${query}`, { token: adminToken, body })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
    created.push({ collection, id: reply.body.doc.id })
    return reply.body.doc.id
  }

  it('by every writer, through REST and GraphQL: the commune stays, the refusal names “Đơn vị”', async () => {
    const actual: Record<string, string> = {}
    const expected: Record<string, string> = {}
    for (const actor of movers) {
      const token = actor === 'province-admin' ? adminToken : tokens.get(actor)!
      const id = await documentOf(token)
      // The province admin re-assigns documents (README); clearing is refused for everyone.
      for (const change of actor === 'province-admin' ? (['clear'] as const) : (['clear', 'move'] as const))
        for (const door of ['rest', 'graphql'] as const) {
          const tenant = change === 'clear' ? null : communeIds.get('other')!
          const attempt =
            door === 'rest'
              ? await rest('PATCH', `/api/${collection}/${id}${query}`, { token, body: { tenant } })
              : await graphql(
                  `mutation { ${GRAPHQL[collection]!.update}(id: ${id}, data: { tenant: ${tenant === null ? 'null' : tenant} }${draftable ? ', draft: true' : ''}) { id } }`,
                  token,
                )
          const after = (
            await rest('GET', `/api/${collection}/${id}?depth=0${draftable ? '&draft=true' : ''}`, {
              token: adminToken,
            })
          ).body
          const text = JSON.stringify(attempt.body)
          // Refused by access (not theirs to edit) or by the commune rule, which names the field.
          const named = attempt.status === 404 || /Đơn vị|không có quyền/.test(text)
          const cell = `${change} by ${actor} via ${door}`
          expected[cell] = 'kept, refused, named'
          actual[cell] =
            `${after.tenant === communeIds.get('own') ? 'kept' : `moved to ${after.tenant}`}, ${attempt.status < 300 && !attempt.body?.errors ? 'accepted' : 'refused'}, ${named ? 'named' : text.slice(0, 160)}`
        }
    }
    expect(actual).toEqual(expected)
  })
})
