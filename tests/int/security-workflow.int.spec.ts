import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { fixtureData } from '../support/fixtures'
import { ACTORS, DRAFT_COLLECTIONS, type Actor, type Scope } from '../support/roles'

/**
 * Issue 9, item 8: after submitting an item, a contributor could still edit, withdraw or
 * delete it (a draft save writes only a version; the rule read the main row). Once submitted,
 * the item is the chief's until returned: nobody but the chief (and the province) changes its
 * state; the author cannot touch it; editors keep editing the commune's drafts (role table).
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()
const board = new Map<Scope, { chief: string; contributor: string }>()
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
  board.set('own', { chief: tokens.get('chief')!, contributor: tokens.get('contributor')! })
  board.set('other', {
    chief: (await loginAs('chief', OTHER)).token,
    contributor: (await loginAs('contributor', OTHER)).token,
  })
})

afterAll(async () => {
  for (const { collection, id } of created) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

const ok = (reply: Reply, what: string) =>
  expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBeLessThan(300)

/** A contributor's item, submitted for approval with a draft save (the main row still says "draft"). */
const submitted = async (
  collection: string,
  scope: Scope,
  { directly = false } = {},
): Promise<{ id: number; title: string }> => {
  const people = board.get(scope)!
  const data = fixtureData(collection, communeIds.get(scope)!)
  // `directly`: created already submitted, so the main row says "submitted" (not "draft").
  const reply = await rest('POST', `/api/${collection}${directly ? '' : '?draft=true'}`, {
    token: people.contributor,
    body: { ...data, _status: 'draft', ...(directly ? { workflowStatus: 'submitted' } : {}) },
  })
  ok(reply, 'create')
  const id = reply.body.doc.id as number
  created.push({ collection, id })
  if (!directly)
    ok(
      await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token: people.contributor,
        body: { workflowStatus: 'submitted' },
      }),
      'submit',
    )
  return { id, title: String(data.title) }
}

/** The latest version as the province admin sees it. */
const latest = async (collection: string, id: number) =>
  (await rest('GET', `/api/${collection}/${id}?draft=true&depth=0`, { token: adminToken })).body

const GRAPHQL_UPDATE: Record<string, string> = {
  posts: 'updatePost',
  pages: 'updatePage',
  documents: 'updateDocument',
  announcements: 'updateAnnouncement',
  disclosures: 'updateDisclosure',
}

type Attempt = 'edit' | 'withdraw'
type Door = 'rest' | 'rest-bulk' | 'graphql'

/** Tries to change a submitted item; answers whether the change took effect. */
const tryChange = async (
  collection: string,
  id: number,
  attempt: Attempt,
  door: Door,
  token: string | undefined,
): Promise<boolean> => {
  const before = await latest(collection, id)
  const data = attempt === 'edit' ? { title: `Sửa sau khi gửi duyệt ${door}` } : { workflowStatus: 'draft' }
  let reply: Reply
  if (door === 'rest') reply = await rest('PATCH', `/api/${collection}/${id}?draft=true`, { token, body: data })
  else if (door === 'rest-bulk')
    reply = await rest('PATCH', `/api/${collection}?where[id][equals]=${id}&draft=true`, { token, body: data })
  else {
    const literal = attempt === 'edit' ? `{ title: ${JSON.stringify(data.title)} }` : '{ workflowStatus: draft }'
    reply = await graphql(
      `mutation { ${GRAPHQL_UPDATE[collection]}(id: ${id}, data: ${literal}, draft: true) { id } }`,
      token,
    )
  }
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  const after = await latest(collection, id)
  const changed = attempt === 'edit' ? after.title !== before.title : after.workflowStatus !== 'submitted'
  if (!changed && door === 'rest')
    expect([401, 403, 404], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
  return changed
}

/** The role table for a submitted item: editors edit the commune's drafts; only the chief changes its state. */
const mayChange = (attempt: Attempt, actor: Actor, scope: Scope): boolean => {
  if (actor === 'province-admin') return true
  if (scope === 'other') return false
  if (actor === 'chief') return true
  return attempt === 'edit' && actor === 'editor'
}

describe.concurrent('a submitted post: every actor × own/other commune × edit/withdraw × REST, bulk REST, GraphQL', () => {
  const cases = (['edit', 'withdraw'] as const).flatMap((attempt) =>
    (['own', 'other'] as const).map((scope) => ({ attempt, scope })),
  )
  /**
   * One table per attempt and commune: a refused attempt leaves the item as it was for the next
   * one; an item that changed is submitted afresh. Compared whole, so a failure shows every cell.
   */
  it.each(cases)('$attempt in the $scope commune', async ({ attempt, scope }) => {
    const actual: Record<string, boolean> = {}
    const expected: Record<string, boolean> = {}
    let { id } = await submitted('posts', scope)
    for (const actor of ACTORS)
      for (const door of ['rest', 'rest-bulk', 'graphql'] as const) {
        if (door === 'rest-bulk' && !['editor', 'contributor'].includes(actor)) continue
        const cell = `${actor} via ${door}`
        expected[cell] = mayChange(attempt, actor, scope)
        actual[cell] = await tryChange('posts', id, attempt, door, tokens.get(actor))
        if (actual[cell]) ({ id } = await submitted('posts', scope))
      }
    expect(actual).toEqual(expected)
  })
})

describe.concurrent.each(DRAFT_COLLECTIONS)('%s: the author after submitting', (collection) => {
  it('cannot edit, withdraw or delete it (REST and GraphQL), with a Vietnamese reason; can once it is returned', async () => {
    const contributor = tokens.get('contributor')
    const { id } = await submitted(collection, 'own')
    for (const door of ['rest', 'graphql'] as const) {
      expect(await tryChange(collection, id, 'edit', door, contributor)).toBe(false)
      expect(await tryChange(collection, id, 'withdraw', door, contributor)).toBe(false)
    }
    const refused = await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
      token: contributor,
      body: { title: 'Sửa lén' },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/gửi duyệt|chờ duyệt/)
    // Without ?draft=true the save would write the main row: refused as well.
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/${collection}/${id}`, { token: contributor, body: { title: 'Sửa lén bản chính' } }))
        .status,
    )
    expect([403, 404]).toContain((await rest('DELETE', `/api/${collection}/${id}`, { token: contributor })).status)
    expect((await latest(collection, id)).workflowStatus).toBe('submitted')

    ok(
      await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token: tokens.get('chief'),
        body: { workflowStatus: 'returned', reviewComment: 'Bổ sung số liệu.' },
      }),
      'return',
    )
    expect(await tryChange(collection, id, 'edit', 'rest', contributor)).toBe(true)
    ok(
      await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token: contributor,
        body: { workflowStatus: 'submitted' },
      }),
      'resubmit',
    )
    expect(await tryChange(collection, id, 'edit', 'graphql', contributor)).toBe(false)
  })
})

describe('the latest version decides, whichever row is behind', () => {
  it('an item created already submitted, then returned with a draft save, is the author’s again', async () => {
    const { id } = await submitted('posts', 'own', { directly: true })
    const contributor = tokens.get('contributor')
    expect(await tryChange('posts', id, 'edit', 'rest', contributor)).toBe(false)
    ok(
      await rest('PATCH', `/api/posts/${id}?draft=true`, {
        token: tokens.get('chief'),
        body: { workflowStatus: 'returned', reviewComment: 'Viết lại đoạn mở đầu.' },
      }),
      'return',
    )
    expect(await tryChange('posts', id, 'edit', 'graphql', contributor)).toBe(true)
  })

  it('restoring an older version is a change like any other: the author cannot undo a submission that way (REST and GraphQL)', async () => {
    const { id } = await submitted('posts', 'own')
    const versions = await rest('GET', `/api/posts/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`, {
      token: adminToken,
    })
    const draftVersion = versions.body.docs.find(
      (v: { version: { workflowStatus: string } }) => v.version.workflowStatus === 'draft',
    )
    expect(draftVersion).toBeTruthy()
    const restReply = await rest('POST', `/api/posts/versions/${draftVersion.id}?draft=true`, {
      token: tokens.get('contributor'),
    })
    expect(restReply.status).toBeLessThan(500)
    expect((await latest('posts', id)).workflowStatus).toBe('submitted')
    const gqlReply = await graphql(
      `mutation { restoreVersionPost(id: ${JSON.stringify(String(draftVersion.id))}, draft: true) { id } }`,
      tokens.get('contributor'),
    )
    expect(gqlReply.status).toBeLessThan(500)
    expect((await latest('posts', id)).workflowStatus).toBe('submitted')
    // The editor cannot take it back that way either; the chief can.
    await rest('POST', `/api/posts/versions/${draftVersion.id}?draft=true`, { token: tokens.get('editor') })
    expect((await latest('posts', id)).workflowStatus).toBe('submitted')
    expect(
      (await rest('POST', `/api/posts/versions/${draftVersion.id}?draft=true`, { token: tokens.get('chief') })).status,
    ).toBe(200)
    expect((await latest('posts', id)).workflowStatus).toBe('draft')
  })

  it('a contributor cannot touch another commune’s or a published item, nor sneak a state change into a bulk update', async () => {
    const { id } = await submitted('posts', 'own')
    const bulk = await rest('PATCH', `/api/posts?where[id][equals]=${id}`, {
      token: tokens.get('contributor'),
      body: { workflowStatus: 'draft' },
    })
    expect(bulk.status).toBeLessThan(500)
    expect((await latest('posts', id)).workflowStatus).toBe('submitted')
    ok(
      await rest('PATCH', `/api/posts/${id}`, { token: tokens.get('chief'), body: { _status: 'published' } }),
      'publish',
    )
    expect(await tryChange('posts', id, 'edit', 'rest', tokens.get('contributor'))).toBe(false)
  })
})
