import { beforeAll, describe, expect, it } from 'vitest'
import { rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { makeFixture, fixtureData } from '../support/fixtures'
import {
  ACTORS,
  DRAFT_COLLECTIONS,
  DRAFT_OPERATIONS,
  PLAIN_COLLECTIONS,
  PLAIN_OPERATIONS,
  draftAllowed,
  plainAllowed,
  type Actor,
  type DraftOperation,
  type PlainOperation,
  type Scope,
} from '../support/roles'

/**
 * The role table as a whole, over REST: every role × collection × operation × own/other
 * commune. "own" is commune A (the actors' commune and the district viewer's district);
 * "other" is commune B, in another district.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
})

const succeeded = (reply: Reply) => reply.status >= 200 && reply.status < 300
const refused = (reply: Reply) => [401, 403, 404].includes(reply.status)

/**
 * Whether a write or read took effect: a success is confirmed against the database, anything
 * else must be a refusal (a validation error would make a denied case pass for the wrong reason).
 */
const tookEffect = (label: string) => async (reply: Reply, verify: () => Promise<boolean>) => {
  if (succeeded(reply)) return verify()
  expect(refused(reply), `${label} answered ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(true)
  return false
}

/** Runs one operation and tells whether it took effect, checking the database state too. */
const runDraftOperation = async (
  collection: string,
  op: DraftOperation,
  actor: Actor,
  scope: Scope,
): Promise<boolean> => {
  const token = tokens.get(actor)
  const tenant = communeIds.get(scope)!
  const check = tookEffect(`${collection} ${op} as ${actor}/${scope}`)
  const adminRead = (id: number | string, draft = false) =>
    rest('GET', `/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`, { token: adminToken })
  switch (op) {
    case 'create-draft': {
      const reply = await rest('POST', `/api/${collection}?draft=true`, {
        token,
        body: { ...fixtureData(collection, tenant), _status: 'draft' },
      })
      return check(reply, async () => (await adminRead(reply.body.doc.id, true)).status === 200)
    }
    case 'read-draft': {
      const id = await makeFixture(adminToken, collection, tenant, 'draft')
      const reply = await rest('GET', `/api/${collection}/${id}?draft=true&depth=0`, { token })
      return check(reply, async () => reply.body.id === id)
    }
    case 'list-draft': {
      const id = await makeFixture(adminToken, collection, tenant, 'draft')
      const reply = await rest('GET', `/api/${collection}?where[id][equals]=${id}&draft=true&depth=0`, { token })
      if (reply.status === 200) return reply.body.docs.some((d: { id: number }) => d.id === id)
      return check(reply, async () => false)
    }
    case 'read-published': {
      const id = await makeFixture(adminToken, collection, tenant, 'published')
      const reply = await rest('GET', `/api/${collection}/${id}?depth=0`, { token })
      return check(reply, async () => reply.body.id === id)
    }
    case 'update-draft': {
      const id = await makeFixture(adminToken, collection, tenant, 'draft')
      const reply = await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token,
        body: { title: 'Đã sửa bản nháp' },
      })
      return check(reply, async () => (await adminRead(id, true)).body.title === 'Đã sửa bản nháp')
    }
    case 'publish': {
      const id = await makeFixture(adminToken, collection, tenant, 'draft')
      const reply = await rest('PATCH', `/api/${collection}/${id}`, { token, body: { _status: 'published' } })
      return check(reply, async () => (await adminRead(id)).body._status === 'published')
    }
    case 'edit-live': {
      const id = await makeFixture(adminToken, collection, tenant, 'published')
      const reply = await rest('PATCH', `/api/${collection}/${id}`, {
        token,
        body: { title: 'Sửa trực tiếp bản đang đăng' },
      })
      return check(reply, async () => (await adminRead(id)).body.title === 'Sửa trực tiếp bản đang đăng')
    }
    case 'draft-over-live': {
      const id = await makeFixture(adminToken, collection, tenant, 'published')
      const before = (await adminRead(id)).body.title
      const reply = await rest('PATCH', `/api/${collection}/${id}?draft=true`, {
        token,
        body: { title: 'Bản nháp mới' },
      })
      return check(reply, async () => {
        // The live version is untouched until a chief publishes the draft.
        expect((await adminRead(id)).body.title).toBe(before)
        return (await adminRead(id, true)).body.title === 'Bản nháp mới'
      })
    }
    case 'unpublish': {
      const id = await makeFixture(adminToken, collection, tenant, 'published')
      const reply = await rest('PATCH', `/api/${collection}/${id}`, { token, body: { _status: 'draft' } })
      return check(reply, async () => (await adminRead(id)).body._status === 'draft')
    }
    case 'delete-draft':
    case 'delete-published': {
      const id = await makeFixture(adminToken, collection, tenant, op === 'delete-draft' ? 'draft' : 'published')
      const reply = await rest('DELETE', `/api/${collection}/${id}`, { token })
      return check(reply, async () => (await adminRead(id, true)).status === 404)
    }
  }
}

const runPlainOperation = async (
  collection: string,
  op: PlainOperation,
  actor: Actor,
  scope: Scope,
): Promise<boolean> => {
  const token = tokens.get(actor)
  const tenant = communeIds.get(scope)!
  const check = tookEffect(`${collection} ${op} as ${actor}/${scope}`)
  if (op === 'create') {
    const reply = await rest('POST', `/api/${collection}`, { token, body: fixtureData(collection, tenant) })
    return check(
      reply,
      async () => (await rest('GET', `/api/${collection}/${reply.body.doc.id}`, { token: adminToken })).status === 200,
    )
  }
  const id = await makeFixture(adminToken, collection, tenant, 'plain')
  if (op === 'read') {
    const reply = await rest('GET', `/api/${collection}/${id}?depth=0`, { token })
    return check(reply, async () => reply.body.id === id)
  }
  if (op === 'update') {
    const field =
      collection === 'categories'
        ? 'description'
        : collection === 'officials'
          ? 'duties'
          : collection === 'procedures'
            ? 'summary'
            : 'answer'
    const reply = await rest('PATCH', `/api/${collection}/${id}`, { token, body: { [field]: 'Đã cập nhật' } })
    return check(
      reply,
      async () => (await rest('GET', `/api/${collection}/${id}`, { token: adminToken })).body[field] === 'Đã cập nhật',
    )
  }
  const reply = await rest('DELETE', `/api/${collection}/${id}`, { token })
  return check(reply, async () => (await rest('GET', `/api/${collection}/${id}`, { token: adminToken })).status === 404)
}

describe.each(DRAFT_COLLECTIONS)('REST %s', (collection) => {
  const cases = DRAFT_OPERATIONS.flatMap((op) =>
    ACTORS.flatMap((actor) =>
      (['own', 'other'] as const).map((scope) => ({
        op,
        actor,
        scope,
        allowed: draftAllowed(collection, op, actor, scope),
      })),
    ),
  )
  it.each(cases)('$op by $actor in $scope commune: allowed=$allowed', async ({ op, actor, scope, allowed }) => {
    expect(await runDraftOperation(collection, op, actor, scope)).toBe(allowed)
  })
})

describe.each(PLAIN_COLLECTIONS)('REST %s', (collection) => {
  const cases = PLAIN_OPERATIONS.flatMap((op) =>
    ACTORS.flatMap((actor) =>
      (['own', 'other'] as const).map((scope) => ({
        op,
        actor,
        scope,
        allowed: plainAllowed(collection, op, actor, scope),
      })),
    ),
  )
  it.each(cases)('$op by $actor in $scope commune: allowed=$allowed', async ({ op, actor, scope, allowed }) => {
    expect(await runPlainOperation(collection, op, actor, scope)).toBe(allowed)
  })
})
