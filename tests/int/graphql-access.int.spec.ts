import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { fixtureData, makeFixture } from '../support/fixtures'
import { Enum, literal } from '../support/graphql-literal'
import {
  ACTORS,
  DRAFT_OPERATIONS,
  PLAIN_OPERATIONS,
  draftAllowed,
  plainAllowed,
  type Actor,
  type DraftOperation,
  type PlainOperation,
  type Scope,
} from '../support/roles'

/** The same role table through the GraphQL door, for a draft collection and two plain ones. */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const NAMES: Record<string, { one: string; many: string; create: string; update: string; remove: string }> = {
  posts: { one: 'Post', many: 'Posts', create: 'createPost', update: 'updatePost', remove: 'deletePost' },
  announcements: {
    one: 'Announcement',
    many: 'Announcements',
    create: 'createAnnouncement',
    update: 'updateAnnouncement',
    remove: 'deleteAnnouncement',
  },
  categories: {
    one: 'Category',
    many: 'Categories',
    create: 'createCategory',
    update: 'updateCategory',
    remove: 'deleteCategory',
  },
  officials: {
    one: 'Official',
    many: 'Officials',
    create: 'createOfficial',
    update: 'updateOfficial',
    remove: 'deleteOfficial',
  },
}
const ENUM_FIELDS = new Set(['urgency', 'organ', 'docType', 'category', '_status'])

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
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

/** A GraphQL answer took effect when it has data for the field and no error. */
const tookEffect = (reply: Reply, field: string) => {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  const errors = reply.body?.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined
  if (errors?.length) {
    // Refusals only: a validation error would make a denied case pass for the wrong reason.
    for (const e of errors) expect([401, 403, 404], `${field}: ${e.message}`).toContain(e.extensions?.statusCode)
    return false
  }
  return reply.body?.data?.[field] != null
}

const run = async (
  collection: string,
  op: DraftOperation | PlainOperation,
  actor: Actor,
  scope: Scope,
): Promise<boolean> => {
  const n = NAMES[collection]!
  const token = tokens.get(actor)
  const tenant = communeIds.get(scope)!
  const adminRead = (id: number, draft = false) =>
    rest('GET', `/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`, { token: adminToken })
  const titleField = collection === 'categories' || collection === 'officials' ? 'name' : 'title'
  switch (op) {
    case 'create':
    case 'create-draft': {
      const draft = op === 'create-draft'
      const data = { ...fixtureData(collection, tenant), ...(draft ? { _status: 'draft' } : {}) }
      const reply = await graphql(
        `mutation { ${n.create}(data: ${input(data)}${draft ? ', draft: true' : ''}) { id } }`,
        token,
      )
      return tookEffect(reply, n.create) && (await adminRead(reply.body.data[n.create].id, draft)).status === 200
    }
    case 'read':
    case 'read-draft':
    case 'read-published': {
      const id = await makeFixture(
        adminToken,
        collection,
        tenant,
        op === 'read' ? 'plain' : op === 'read-draft' ? 'draft' : 'published',
      )
      return tookEffect(
        await graphql(`{ ${n.one}(id: ${id}${op === 'read-draft' ? ', draft: true' : ''}) { id } }`, token),
        n.one,
      )
    }
    case 'list-draft': {
      const id = await makeFixture(adminToken, collection, tenant, 'draft')
      const reply = await graphql(`{ ${n.many}(where: { id: { equals: ${id} } }, draft: true) { docs { id } } }`, token)
      return tookEffect(reply, n.many) && reply.body.data[n.many].docs.length === 1
    }
    case 'update':
    case 'update-draft':
    case 'edit-live':
    case 'draft-over-live': {
      const id = Number(
        await makeFixture(
          adminToken,
          collection,
          tenant,
          op === 'update' ? 'plain' : op === 'update-draft' ? 'draft' : 'published',
        ),
      )
      const draft = op === 'update-draft' || op === 'draft-over-live'
      const value = `Sửa qua GraphQL ${op}`
      const reply = await graphql(
        `mutation { ${n.update}(id: ${id}, data: ${input({ [titleField]: value })}${draft ? ', draft: true' : ''}) { id } }`,
        token,
      )
      return tookEffect(reply, n.update) && (await adminRead(id, draft)).body[titleField] === value
    }
    case 'publish':
    case 'unpublish': {
      const id = Number(await makeFixture(adminToken, collection, tenant, op === 'publish' ? 'draft' : 'published'))
      const target = op === 'publish' ? 'published' : 'draft'
      const reply = await graphql(
        `mutation { ${n.update}(id: ${id}, data: ${input({ _status: target })}) { id } }`,
        token,
      )
      return tookEffect(reply, n.update) && (await adminRead(id)).body._status === target
    }
    case 'delete':
    case 'delete-draft':
    case 'delete-published': {
      const id = await makeFixture(
        adminToken,
        collection,
        tenant,
        op === 'delete' ? 'plain' : op === 'delete-draft' ? 'draft' : 'published',
      )
      const reply = await graphql(`mutation { ${n.remove}(id: ${id}) { id } }`, token)
      return tookEffect(reply, n.remove) && (await adminRead(Number(id), true)).status === 404
    }
  }
}

const scopes = ['own', 'other'] as const
describe.each(['posts', 'announcements'])('GraphQL %s', (collection) => {
  const cases = DRAFT_OPERATIONS.flatMap((op) =>
    ACTORS.flatMap((actor) =>
      scopes.map((scope) => ({ op, actor, scope, allowed: draftAllowed(collection, op, actor, scope) })),
    ),
  )
  it.each(cases)('$op by $actor in $scope commune: allowed=$allowed', async ({ op, actor, scope, allowed }) => {
    expect(await run(collection, op, actor, scope)).toBe(allowed)
  })
})

describe.each(['categories', 'officials'])('GraphQL %s', (collection) => {
  const cases = PLAIN_OPERATIONS.flatMap((op) =>
    ACTORS.flatMap((actor) =>
      scopes.map((scope) => ({ op, actor, scope, allowed: plainAllowed(collection, op, actor, scope) })),
    ),
  )
  it.each(cases)('$op by $actor in $scope commune: allowed=$allowed', async ({ op, actor, scope, allowed }) => {
    expect(await run(collection, op, actor, scope)).toBe(allowed)
  })
})
