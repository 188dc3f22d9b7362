import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { makeFixture } from '../support/fixtures'
import { ACTORS, type Actor } from '../support/roles'

/**
 * Payload's document locks (`payload-locked-documents`, issue 9 item 3): a lock is taken only
 * in one's own name, only on what one may edit (tenant and role, as for saving the document
 * itself), seen only by those who may read the document, and removed only by its owner or the
 * province. Generated over every role × target × door (REST and GraphQL).
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const LOCKS = '/api/payload-locked-documents'
const TEMPLATE = 'commune-template'

type Door = 'rest' | 'graphql'
type Target = 'own-post' | 'other-post' | 'template'
const DOORS: Door[] = ['rest', 'graphql']
const TARGETS: Target[] = ['own-post', 'other-post', 'template']

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
const userIds = new Map<Actor | 'victim', number>()
const posts = new Map<'own-post' | 'other-post', number>()

/** Who may edit the target (and so lock it): fixtures are drafts made by the province admin. */
const mayEdit = (actor: Actor, target: Target) =>
  actor === 'province-admin' || (target === 'own-post' && (actor === 'chief' || actor === 'editor'))
/** Who may read the target, and so see that it is locked (a contributor reads only their own drafts). */
const mayRead = (actor: Actor, target: Target) =>
  actor === 'province-admin' ||
  (target === 'own-post' && (actor === 'chief' || actor === 'editor' || actor === 'district-viewer'))

const userRef = (id: number) => ({ relationTo: 'users', value: id })
const targetData = (target: Target) =>
  target === 'template' ? { globalSlug: TEMPLATE } : { document: { relationTo: 'posts', value: posts.get(target)! } }
const gqlTarget = (target: Target) =>
  target === 'template' ? `globalSlug: "${TEMPLATE}"` : `document: { relationTo: posts, value: ${posts.get(target)} }`
const gqlUser = (id: number) => `user: { relationTo: users, value: ${id} }`

/** The locks of a target, as the database holds them (read as the province admin). */
const locksOf = async (target: Target): Promise<{ id: number; user: { value: number } }[]> => {
  const where =
    target === 'template'
      ? `where[globalSlug][equals]=${TEMPLATE}`
      : `where[document.relationTo][equals]=posts&where[document.value][equals]=${posts.get(target)}`
  const reply = await rest('GET', `${LOCKS}?${where}&depth=0&limit=100`, { token: adminToken })
  expect(reply.status).toBe(200)
  return reply.body.docs
}
const clearLocks = async (target: Target) => {
  for (const lock of await locksOf(target))
    expect((await rest('DELETE', `${LOCKS}/${lock.id}`, { token: adminToken })).status).toBe(200)
}

/** A refusal is 401/403/404 (REST) or GraphQL errors with those codes; never a 500 or a validation error. */
const accepted = (door: Door, reply: Reply, field?: string): boolean => {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  if (door === 'rest') {
    if (reply.status < 300) return true
    expect([401, 403, 404], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
    return false
  }
  const errors = reply.body?.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined
  if (errors?.length) {
    for (const e of errors) expect([401, 403, 404], `${field}: ${e.message}`).toContain(e.extensions?.statusCode)
    return false
  }
  return reply.body?.data?.[field!] != null
}

const createLock = async (door: Door, token: string | undefined, target: Target, userId: number): Promise<boolean> =>
  door === 'rest'
    ? accepted(door, await rest('POST', LOCKS, { token, body: { ...targetData(target), user: userRef(userId) } }))
    : accepted(
        door,
        await graphql(
          `mutation { createPayloadLockedDocument(data: { ${gqlTarget(target)}, ${gqlUser(userId)} }) { id } }`,
          token,
        ),
        'createPayloadLockedDocument',
      )

/** The editor of OWN holds a lock on OWN's post, as the admin does when they open it. */
const editorLock = async (): Promise<number> => {
  await clearLocks('own-post')
  const reply = await rest('POST', LOCKS, {
    token: tokens.get('editor'),
    body: { ...targetData('own-post'), user: userRef(userIds.get('editor')!) },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc.id
}

beforeAll(async () => {
  ;({ adminToken, tokens } = await setUpActors(OWN, OTHER))
  for (const actor of ACTORS) {
    const token = tokens.get(actor)
    if (token) userIds.set(actor, (await rest('GET', '/api/users/me', { token })).body.user.id)
  }
  // A person of another commune, whose name an attacker would put on a lock.
  const victim = await loginAs('chief', OTHER)
  userIds.set('victim', (await rest('GET', '/api/users/me', { token: victim.token })).body.user.id)
  const communes = await rest('GET', `/api/communes?where[slug][in]=${OWN},${OTHER}&depth=0`, { token: adminToken })
  const idOf = (slug: string) => communes.body.docs.find((c: { slug: string }) => c.slug === slug).id
  posts.set('own-post', Number(await makeFixture(adminToken, 'posts', idOf(OWN), 'draft')))
  posts.set('other-post', Number(await makeFixture(adminToken, 'posts', idOf(OTHER), 'draft')))
})

afterAll(async () => {
  for (const target of TARGETS) await clearLocks(target)
  for (const id of posts.values()) await rest('DELETE', `/api/posts/${id}`, { token: adminToken })
})

describe('taking a lock', () => {
  const cases = ACTORS.flatMap((actor) =>
    TARGETS.flatMap((target) =>
      (['self', 'someone else'] as const)
        .filter((naming) => actor !== 'anonymous' || naming === 'someone else')
        .flatMap((naming) =>
          DOORS.map((door) => ({ actor, target, naming, door, allowed: naming === 'self' && mayEdit(actor, target) })),
        ),
    ),
  )
  it.each(cases)(
    '$actor locks $target in the name of $naming via $door: allowed=$allowed',
    async ({ actor, target, naming, door, allowed }) => {
      await clearLocks(target)
      const named =
        naming === 'self' ? userIds.get(actor)! : actor === 'chief' ? userIds.get('victim')! : userIds.get('chief')!
      try {
        expect(await createLock(door, tokens.get(actor), target, named)).toBe(allowed)
        const locks = await locksOf(target)
        expect(locks.length).toBe(allowed ? 1 : 0)
        if (allowed) expect(locks[0]!.user.value).toBe(named)
      } finally {
        await clearLocks(target)
      }
    },
  )
})

/** Taking over a lock: who may. */
const takeOverTests = () => {
  const takeOver = ACTORS.filter((a) => a !== 'anonymous').flatMap((actor) =>
    DOORS.map((door) => ({ actor, door, allowed: mayEdit(actor, 'own-post') })),
  )
  it.each(takeOver)(
    '$actor takes over the editor’s lock via $door: allowed=$allowed',
    async ({ actor, door, allowed }) => {
      const lock = await editorLock()
      const me = userIds.get(actor)!
      const reply =
        door === 'rest'
          ? await rest('PATCH', `${LOCKS}/${lock}`, { token: tokens.get(actor), body: { user: userRef(me) } })
          : await graphql(
              `mutation { updatePayloadLockedDocument(id: ${lock}, data: { ${gqlUser(me)} }) { id } }`,
              tokens.get(actor),
            )
      expect(accepted(door, reply, 'updatePayloadLockedDocument')).toBe(allowed)
      expect((await locksOf('own-post'))[0]!.user.value).toBe(allowed ? me : userIds.get('editor'))
    },
  )
}

/** What no one may do to a lock. */
const lockMisuseTests = () => {
  const misuse = ACTORS.flatMap((actor) => DOORS.map((door) => ({ actor, door })))
  it.each(misuse)(
    '$actor cannot put another person’s name on a lock, nor move it to what they may not edit, via $door',
    async ({ actor, door }) => {
      const lock = await editorLock()
      const token = tokens.get(actor)
      const attempts =
        door === 'rest'
          ? [
              await rest('PATCH', `${LOCKS}/${lock}`, { token, body: { user: userRef(userIds.get('victim')!) } }),
              await rest('PATCH', `${LOCKS}/${lock}`, {
                token,
                body: { document: { relationTo: 'posts', value: posts.get('other-post') } },
              }),
              await rest('PATCH', `${LOCKS}/${lock}`, { token, body: { document: null, globalSlug: TEMPLATE } }),
              await rest('PATCH', `${LOCKS}?where[id][exists]=true`, {
                token,
                body: { user: userRef(userIds.get(actor) ?? userIds.get('victim')!) },
              }),
            ]
          : [
              await graphql(
                `mutation { updatePayloadLockedDocument(id: ${lock}, data: { ${gqlUser(userIds.get('victim')!)} }) { id } }`,
                token,
              ),
              await graphql(
                `mutation { updatePayloadLockedDocument(id: ${lock}, data: { document: { relationTo: posts, value: ${posts.get('other-post')} } }) { id } }`,
                token,
              ),
              await graphql(
                `mutation { updatePayloadLockedDocument(id: ${lock}, data: { globalSlug: "${TEMPLATE}" }) { id } }`,
                token,
              ),
            ]
      for (const reply of attempts) {
        expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
        if (door === 'rest') expect([401, 403, 404], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
        else expect(reply.body.errors?.length ?? 0, JSON.stringify(reply.body).slice(0, 300)).toBeGreaterThan(0)
      }
      const after = await locksOf('own-post')
      expect(after.map((l) => [l.id, l.user.value])).toEqual([[lock, userIds.get('editor')]])
      expect(await locksOf('template')).toEqual([])
    },
  )
}

/** Who removes a lock, and who sees one. */
const lockRemovalAndReadingTests = () => {
  const removal = ACTORS.flatMap((actor) =>
    DOORS.map((door) => ({ actor, door, allowed: actor === 'editor' || actor === 'province-admin' })),
  )
  it.each(removal)('$actor removes the editor’s lock via $door: allowed=$allowed', async ({ actor, door, allowed }) => {
    const lock = await editorLock()
    const token = tokens.get(actor)
    if (door === 'rest') {
      accepted(door, await rest('DELETE', `${LOCKS}/${lock}`, { token }))
      // A bulk delete removes only what the same rule allows.
      accepted(door, await rest('DELETE', `${LOCKS}?where[id][exists]=true`, { token }))
    } else
      accepted(
        door,
        await graphql(`mutation { deletePayloadLockedDocument(id: ${lock}) { id } }`, token),
        'deletePayloadLockedDocument',
      )
    expect((await locksOf('own-post')).length).toBe(allowed ? 0 : 1)
  })

  const reading = ACTORS.flatMap((actor) =>
    (['own-post', 'other-post'] as const).flatMap((target) =>
      DOORS.map((door) => ({ actor, target, door, allowed: mayRead(actor, target) })),
    ),
  )
  it.each(reading)(
    '$actor sees a lock on $target via $door: allowed=$allowed',
    async ({ actor, target, door, allowed }) => {
      await clearLocks(target)
      const holder = target === 'own-post' ? 'editor' : 'province-admin'
      const created = await rest('POST', LOCKS, {
        token: tokens.get(holder),
        body: { ...targetData(target), user: userRef(userIds.get(holder)!) },
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const token = tokens.get(actor)
      if (door === 'rest') {
        const list = await rest('GET', `${LOCKS}?depth=0&limit=100`, { token })
        const seen = list.status === 200 && list.body.docs.some((d: { id: number }) => d.id === id)
        expect(seen).toBe(allowed)
        const one = await rest('GET', `${LOCKS}/${id}?depth=0`, { token })
        expect(one.status === 200).toBe(allowed)
      } else {
        const list = await graphql(`{ PayloadLockedDocuments(limit: 100) { docs { id } } }`, token)
        const seen = (list.body.data?.PayloadLockedDocuments?.docs ?? []).some((d: { id: number }) => d.id === id)
        expect(seen).toBe(allowed)
        expect(
          accepted(door, await graphql(`{ PayloadLockedDocument(id: ${id}) { id } }`, token), 'PayloadLockedDocument'),
        ).toBe(allowed)
      }
      await clearLocks(target)
    },
  )
}

describe('a lock someone holds', () => {
  takeOverTests()
  lockMisuseTests()
  lockRemovalAndReadingTests()
})

describe('the lock flow of the admin keeps working', () => {
  it('a lock holds others off (423), can be taken over by one who may edit, and is released by its owner', async () => {
    const post = posts.get('own-post')!
    const chief = tokens.get('chief')!
    const lock = await editorLock()
    const blocked = await rest('PATCH', `/api/posts/${post}?draft=true`, {
      token: chief,
      body: { title: 'Chỉnh sửa khi đang khoá' },
    })
    expect(blocked.status).toBe(423)
    // The chief sees who holds it, then takes it over (Payload's "take over" button).
    const seen = await rest('GET', `${LOCKS}?where[document.value][equals]=${post}&depth=0`, { token: chief })
    expect(seen.body.docs.map((d: { id: number }) => d.id)).toEqual([lock])
    expect(
      (await rest('PATCH', `${LOCKS}/${lock}`, { token: chief, body: { user: userRef(userIds.get('chief')!) } }))
        .status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `/api/posts/${post}?draft=true`, {
          token: chief,
          body: { title: 'Chỉnh sửa sau khi nhận khoá' },
        })
      ).status,
    ).toBe(200)
    // Now the editor is the one held off, until the chief's lock is gone.
    const mine = await editorLock()
    expect((await rest('DELETE', `${LOCKS}/${mine}`, { token: tokens.get('editor') })).status).toBe(200)
    expect(await locksOf('own-post')).toEqual([])
    expect(
      (
        await rest('PATCH', `/api/posts/${post}?draft=true`, {
          token: chief,
          body: { title: 'Chỉnh sửa khi đã mở khoá' },
        })
      ).status,
    ).toBe(200)
  })

  it('a contributor of another commune cannot lock a chief out of their own post, nor lock the province’s template', async () => {
    const outsider = await loginAs('contributor', OTHER)
    const outsiderId = (await rest('GET', '/api/users/me', { token: outsider.token })).body.user.id
    for (const [target, user] of [
      ['own-post', outsiderId],
      ['own-post', userIds.get('chief')!],
      ['template', outsiderId],
    ] as const) {
      expect(await createLock('rest', outsider.token, target, user)).toBe(false)
      expect(await createLock('graphql', outsider.token, target, user)).toBe(false)
    }
    expect(await locksOf('own-post')).toEqual([])
    expect(await locksOf('template')).toEqual([])
    expect(
      (
        await rest('PATCH', `/api/posts/${posts.get('own-post')}?draft=true`, {
          token: tokens.get('chief'),
          body: { title: 'Vẫn sửa được' },
        })
      ).status,
    ).toBe(200)
  })
})
