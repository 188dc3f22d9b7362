import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { fixtureData } from '../support/fixtures'
import { ACTORS, DRAFT_COLLECTIONS, type Actor, type Scope } from '../support/roles'

/**
 * Issue 9, item 5: deletes beyond the role table. "Delete: chiefs their commune's; editors only
 * their own never-published drafts; contributors their own drafts." Items are written by the
 * board of their commune (not by the province admin), brought to a state, then every actor
 * tries to delete them through REST, bulk REST and GraphQL.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'

/** Who wrote the item, and what happened to it before the delete. */
const ITEMS = [
  'contributor-draft',
  'editor-draft',
  'editor-returned',
  'contributor-submitted',
  'editor-published-then-unpublished',
  'contributor-published-then-unpublished',
  'editor-archived',
  'editor-live',
] as const
type Item = (typeof ITEMS)[number]
type Door = 'rest' | 'rest-bulk' | 'graphql'

/** The role table, written from the README's words. */
const mayDelete = (item: Item, actor: Actor, scope: Scope): boolean => {
  if (actor === 'province-admin') return true
  if (scope === 'other') return false
  if (actor === 'chief') return true
  if (item === 'contributor-draft') return actor === 'contributor'
  if (item === 'editor-draft' || item === 'editor-returned') return actor === 'editor'
  return false
}

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()
/** The board of each commune, who write and move the items. */
const board = new Map<Scope, { chief: string; editor: string; contributor: string }>()
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
  board.set('own', {
    chief: tokens.get('chief')!,
    editor: tokens.get('editor')!,
    contributor: tokens.get('contributor')!,
  })
  board.set('other', {
    chief: (await loginAs('chief', OTHER)).token,
    editor: (await loginAs('editor', OTHER)).token,
    contributor: (await loginAs('contributor', OTHER)).token,
  })
})

afterAll(async () => {
  for (const { collection, id } of created) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

const ok = (reply: Reply, what: string) =>
  expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBeLessThan(300)

type Made = { id: number; title: string }

/** Writes an item as its author and walks it to the state named by `item`. */
const makeItem = async (collection: string, item: Item, scope: Scope): Promise<Made> => {
  const people = board.get(scope)!
  const author = item.startsWith('contributor') ? people.contributor : people.editor
  const data = fixtureData(collection, communeIds.get(scope)!)
  const reply = await rest('POST', `/api/${collection}?draft=true`, {
    token: author,
    body: { ...data, _status: 'draft' },
  })
  ok(reply, `${item}: create`)
  const id = reply.body.doc.id as number
  created.push({ collection, id })
  const patch = async (token: string, body: Record<string, unknown>, draft = false) =>
    ok(
      await rest('PATCH', `/api/${collection}/${id}${draft ? '?draft=true' : ''}`, { token, body }),
      `${item}: ${JSON.stringify(body)}`,
    )
  switch (item) {
    case 'editor-returned':
      await patch(author, { workflowStatus: 'submitted' }, true)
      await patch(people.chief, { workflowStatus: 'returned', reviewComment: 'Bổ sung nguồn.' }, true)
      break
    case 'contributor-submitted':
      await patch(author, { workflowStatus: 'submitted' }, true)
      break
    case 'editor-published-then-unpublished':
    case 'contributor-published-then-unpublished':
      await patch(people.chief, { _status: 'published' })
      // The chief takes it off the site and even sets it back to "draft": it was public once.
      await patch(people.chief, { _status: 'draft', workflowStatus: 'draft' })
      break
    case 'editor-archived':
      await patch(people.chief, { _status: 'published' })
      await patch(people.chief, { workflowStatus: 'archived' })
      break
    case 'editor-live':
      await patch(people.chief, { _status: 'published' })
      break
  }
  return { id, title: String(data.title) }
}

const GRAPHQL_DELETE: Record<string, string> = {
  posts: 'deletePost',
  pages: 'deletePage',
  documents: 'deleteDocument',
  announcements: 'deleteAnnouncement',
  disclosures: 'deleteDisclosure',
}

/**
 * Tries the delete; answers whether the item is gone (checked as the province admin, by id and
 * title: SQLite hands a deleted id to the next document, and cases run concurrently).
 */
const tryDelete = async (
  collection: string,
  { id, title }: Made,
  door: Door,
  token: string | undefined,
): Promise<boolean> => {
  let reply: Reply
  if (door === 'rest') reply = await rest('DELETE', `/api/${collection}/${id}`, { token })
  else if (door === 'rest-bulk') reply = await rest('DELETE', `/api/${collection}?where[id][equals]=${id}`, { token })
  else reply = await graphql(`mutation { ${GRAPHQL_DELETE[collection]}(id: ${id}) { id } }`, token)
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  const found = await rest('GET', `/api/${collection}/${id}?draft=true&depth=0`, { token: adminToken })
  const gone = found.status === 404 || found.body?.title !== title
  if (!gone && door === 'rest')
    expect([401, 403, 404], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
  if (!gone && door === 'graphql')
    expect(reply.body.errors?.length, JSON.stringify(reply.body).slice(0, 300)).toBeGreaterThan(0)
  return gone
}

/**
 * Every actor and door against one item state, as one table: refused attempts leave the item
 * for the next one, an item that is deleted is written again. The table is compared whole, so
 * a failure shows every cell that differs from the role table.
 */
const deleteTable = async (
  collection: string,
  item: Item,
  scope: Scope,
  actors: readonly Actor[],
  doors: readonly Door[],
) => {
  const actual: Record<string, boolean> = {}
  const expected: Record<string, boolean> = {}
  let made = await makeItem(collection, item, scope)
  for (const actor of actors)
    for (const door of doors) {
      // Bulk deletes: for the board, where a filter (not a refusal) decides.
      if (door === 'rest-bulk' && !['chief', 'editor', 'contributor'].includes(actor)) continue
      const cell = `${actor} via ${door}`
      expected[cell] = mayDelete(item, actor, scope)
      actual[cell] = await tryDelete(collection, made, door, tokens.get(actor))
      if (actual[cell]) made = await makeItem(collection, item, scope)
    }
  expect(actual).toEqual(expected)
}

describe.concurrent('posts: every item state × every actor × own/other commune × REST, bulk REST, GraphQL', () => {
  const cases = ITEMS.flatMap((item) => (['own', 'other'] as const).map((scope) => ({ item, scope })))
  it.each(cases)('$item in the $scope commune', async ({ item, scope }) => {
    await deleteTable('posts', item, scope, ACTORS, ['rest', 'rest-bulk', 'graphql'])
  })
})

describe.concurrent.each(DRAFT_COLLECTIONS.filter((c) => c !== 'posts'))(
  '%s: the board, through REST and GraphQL',
  (collection) => {
    it.each([
      'contributor-draft',
      'editor-draft',
      'editor-published-then-unpublished',
      'contributor-submitted',
    ] as const)('%s', async (item) => {
      await deleteTable(collection, item, 'own', ['chief', 'editor', 'contributor'], ['rest', 'graphql'])
    })
  },
)

describe('the refusal says why, in Vietnamese', () => {
  it('an editor deleting their own once-published item is refused in Vietnamese', async () => {
    const { id } = await makeItem('posts', 'editor-published-then-unpublished', 'own')
    const reply = await rest('DELETE', `/api/posts/${id}`, { token: tokens.get('editor') })
    expect(reply.status).toBe(403)
    // The access filter answers before the reason is known (it also hides the admin's button).
    expect(reply.body.errors[0].message).toMatch(/không có quyền|Trưởng ban biên tập/)
  })

  it('a contributor deleting their submitted item is told it awaits review', async () => {
    const { id } = await makeItem('posts', 'contributor-submitted', 'own')
    const reply = await rest('DELETE', `/api/posts/${id}`, { token: tokens.get('contributor') })
    expect(reply.status).toBe(403)
    expect(reply.body.errors[0].message).toMatch(/chờ duyệt/)
  })

  it('nobody can clear the first-publication stamp to make an item look never published', async () => {
    const made = await makeItem('posts', 'editor-published-then-unpublished', 'own')
    const { id } = made
    const stamp = (await rest('GET', `/api/posts/${id}?depth=0`, { token: adminToken })).body.firstPublishedAt
    expect(stamp).toBeTruthy()
    for (const token of [tokens.get('chief'), tokens.get('editor'), adminToken]) {
      await rest('PATCH', `/api/posts/${id}?draft=true`, { token, body: { firstPublishedAt: null } })
      await graphql(`mutation { updatePost(id: ${id}, data: { firstPublishedAt: null }, draft: true) { id } }`, token)
    }
    expect((await rest('GET', `/api/posts/${id}?depth=0`, { token: adminToken })).body.firstPublishedAt).toBe(stamp)
    expect(await tryDelete('posts', made, 'rest', tokens.get('editor'))).toBe(false)
  })
})
