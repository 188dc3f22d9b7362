import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { Enum, literal } from '../support/graphql-literal'

/**
 * Accounts (issue 9, items 1, 11, 12 and "a district viewer can edit their own account"):
 * takeover of a person who also works elsewhere, what a chief sees of a person, memberships a
 * chief creates and removes, self-service per role, the password policy on every door, and
 * login / forgot-password answers that do not tell which accounts exist.
 */
const A = 'my-binh' // the chief's commune
const B = 'my-long' // where the victim is chief
const C = 'chau-phu-a' // a commune of nobody here
const TAG = Date.now().toString(36)
const PASSWORD = 'Phu-sa-song-Hau-2026!'
const OTHER_PASSWORD = 'Ghe-xuong-cho-noi-77!'
const ATTACK_PASSWORD = 'Ke-gian-doat-quyen-99!'

type Account = { id: number; email: string; name: string; token: string }
const ids = { A: 0, B: 0, C: 0, district: 0 }
const t = { admin: '', chief: '' }
const created: number[] = []
const accounts = {} as Record<
  'victim' | 'board' | 'viewerInA' | 'province-admin' | 'district-viewer' | 'chief' | 'editor' | 'contributor',
  Account
>

/** A distinct client address per attempt, so login and reset budgets (by address) stay out of the way where the server trusts a proxy. */
let address = 10
const from = () => ({ 'X-Forwarded-For': `203.0.113.${(address++ % 240) + 10}` })

const signIn = (email: string, password: string, headers: Record<string, string> = from()) =>
  rest('POST', '/api/users/login', { body: { email, password }, headers })

const adminRead = async (id: number) => (await rest('GET', `/api/users/${id}?depth=0`, { token: t.admin })).body
const communesOf = (doc: { tenants?: { tenant: number | { id: number }; role: string }[] }) =>
  (doc.tenants ?? []).map((r) => `${typeof r.tenant === 'object' ? r.tenant.id : r.tenant}:${r.role}`).sort()

const newAccount = async (
  key: keyof typeof accounts,
  data: Record<string, unknown>,
  token = t.admin,
): Promise<Account> => {
  const email = `${String(key).replace(/[^a-z]/g, '')}.${TAG}@kiemthu.angiang.local`
  const name = `Kiểm thử ${String(key)}`
  const reply = await rest('POST', '/api/users', { token, body: { email, name, password: PASSWORD, ...data } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push(reply.body.doc.id)
  const login = await signIn(email, PASSWORD)
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  accounts[key] = { id: reply.body.doc.id, email, name, token: login.body.token }
  return accounts[key]
}

/** Puts an account back as the admin made it (name, email, status, memberships, password). */
const restore = async (account: Account, tenants: unknown[], extra: Record<string, unknown> = {}) => {
  const reply = await rest('PATCH', `/api/users/${account.id}`, {
    token: t.admin,
    body: { name: account.name, email: account.email, disabled: false, tenants, password: PASSWORD, ...extra },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  account.token = (await signIn(account.email, PASSWORD)).body.token
}

/** Select values are GraphQL enums (`province_admin`), written bare. */
const input = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(input)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            (k === 'role' || k === 'globalRole') && typeof v === 'string' ? new Enum(v.replace(/-/g, '_')) : input(v),
          ]),
        )
      : value
const gqlUpdate = (id: number, data: Record<string, unknown>, token: string) =>
  graphql(`mutation { updateUser(id: ${id}, data: ${literal(input(data))}) { id } }`, token)
/** GraphQL from a client address of its own (see `from`). */
const gqlFrom = (query: string, token?: string) =>
  rest('POST', '/api/graphql', { token, body: { query }, headers: from() })

/** Whether the reply is a refusal (REST status or GraphQL error), never a server error. */
const refused = (reply: Reply): boolean => {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(500)
  if (reply.status >= 400) return true
  return Array.isArray(reply.body?.errors) && reply.body.errors.length > 0
}
const messageOf = (reply: Reply): string => JSON.stringify(reply.body?.errors ?? reply.body)

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  t.chief = (await loginAs('chief', A)).token
  for (const [key, slug] of [
    ['A', A],
    ['B', B],
    ['C', C],
  ] as const) {
    const commune = (await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=0`, { token: t.admin })).body
      .docs[0]
    ids[key] = commune.id
    if (key === 'A') ids.district = commune.district
  }
  await newAccount('victim', {
    tenants: [
      { tenant: ids.A, role: 'editor' },
      { tenant: ids.B, role: 'chief' },
    ],
  })
  await newAccount('board', { tenants: [{ tenant: ids.A, role: 'contributor' }] })
  await newAccount('viewerInA', {
    globalRole: 'district-viewer',
    district: ids.district,
    tenants: [{ tenant: ids.A, role: 'editor' }],
  })
  await newAccount('province-admin', { globalRole: 'province-admin' })
  await newAccount('district-viewer', { globalRole: 'district-viewer', district: ids.district })
  await newAccount('chief', { tenants: [{ tenant: ids.C, role: 'chief' }] })
  await newAccount('editor', { tenants: [{ tenant: ids.A, role: 'editor' }] })
  await newAccount('contributor', { tenants: [{ tenant: ids.A, role: 'contributor' }] })
})

afterAll(async () => {
  for (const id of created) {
    const gone = await rest('DELETE', `/api/users/${id}`, { token: t.admin })
    // An account that wrote audit lines may be kept by the database: disable it then.
    if (gone.status !== 200) await rest('PATCH', `/api/users/${id}`, { token: t.admin, body: { disabled: true } })
  }
})

const TAKEOVER_DOORS = ['rest', 'rest-bulk', 'graphql'] as const
const TAKEOVER_FIELDS = {
  password: { password: ATTACK_PASSWORD },
  email: { email: `ke-gian.${TAG}@kiemthu.angiang.local` },
  disabled: { disabled: true },
  name: { name: 'Bị chiếm quyền' },
} as const
const sendUserUpdate = (
  door: (typeof TAKEOVER_DOORS)[number],
  id: number,
  data: Record<string, unknown>,
  token: string,
) =>
  door === 'rest'
    ? rest('PATCH', `/api/users/${id}`, { token, body: data })
    : door === 'rest-bulk'
      ? rest('PATCH', `/api/users?where[id][equals]=${id}`, { token, body: data })
      : gqlUpdate(id, data, token)

/** Global-role accounts, unlocking, and forgot-password as ways in. */
const takeoverSideDoorTests = () => {
  it('nor of a district viewer who is also on the board (no write reaches a global-role account)', async () => {
    const target = accounts.viewerInA
    for (const data of Object.values(TAKEOVER_FIELDS))
      await rest('PATCH', `/api/users/${target.id}`, { token: t.chief, body: data })
    await rest('PATCH', `/api/users/${target.id}`, { token: t.chief, body: { tenants: [] } })
    const after = await adminRead(target.id)
    expect([after.email, after.name, after.disabled, after.globalRole]).toEqual([
      target.email,
      target.name,
      false,
      'district-viewer',
    ])
    expect(communesOf(after)).toEqual([`${ids.A}:editor`])
    expect((await signIn(target.email, PASSWORD)).status).toBe(200)
  })

  it('unlock is the province admin’s only, and no lock exists to lift', async () => {
    for (const token of [t.chief, accounts.editor.token, undefined]) {
      expect(refused(await rest('POST', '/api/users/unlock', { token, body: { email: accounts.victim.email } }))).toBe(
        true,
      )
      expect(
        refused(
          await rest('POST', `/api/users/${accounts.victim.id}/unlock`, {
            token,
            body: { email: accounts.victim.email },
          }),
        ),
      ).toBe(true)
      if (token)
        expect(
          refused(await graphql(`mutation { unlockUser(email: ${JSON.stringify(accounts.victim.email)}) }`, token)),
        ).toBe(true)
    }
  })

  it('forgot-password asked by a chief for the victim gives the chief no token (REST, GraphQL)', async () => {
    const viaRest = await rest('POST', '/api/users/forgot-password', {
      token: t.chief,
      body: { email: accounts.victim.email },
      headers: from(),
    })
    expect(viaRest.status).toBe(200)
    expect(JSON.stringify(viaRest.body)).not.toMatch(/[0-9a-f]{40}/)
    const viaGraphql = await gqlFrom(
      `mutation { forgotPasswordUser(email: ${JSON.stringify(accounts.victim.email)}) }`,
      t.chief,
    )
    expect(viaGraphql.body).toEqual({ data: { forgotPasswordUser: true } })
    // The token is a hidden field: not in any read, not usable in a filter.
    const read = await rest('GET', `/api/users/${accounts.victim.id}?depth=0`, { token: t.chief })
    for (const hidden of [
      'resetPasswordToken',
      'resetPasswordExpiration',
      'hash',
      'salt',
      'loginAttempts',
      'lockUntil',
      'sessions',
    ])
      expect(read.body).not.toHaveProperty(hidden)
    const probe = await rest('GET', `/api/users?where[resetPasswordToken][exists]=true&depth=0`, { token: t.chief })
    expect(probe.status).toBeGreaterThanOrEqual(400)
    expect((await signIn(accounts.victim.email, PASSWORD)).status).toBe(200)
  })
}

describe('a chief cannot take over a person who also works in another commune (REST, bulk REST, GraphQL)', () => {
  for (const door of TAKEOVER_DOORS)
    for (const [field, data] of Object.entries(TAKEOVER_FIELDS))
      it(`${door}: ${field} of the chief of another commune stays theirs`, async () => {
        const victim = accounts.victim
        const reply = await sendUserUpdate(door, victim.id, data, t.chief)
        // A password is refused outright; other fields are either refused or left as they were.
        if (field === 'password') {
          expect(refused(reply), JSON.stringify(reply.body)).toBe(true)
          if (door !== 'rest-bulk') expect(messageOf(reply)).toContain('Mật khẩu')
        } else expect(reply.status).toBeLessThan(500)
        const after = await adminRead(victim.id)
        expect(after.email).toBe(victim.email)
        expect(after.name).toBe(victim.name)
        expect(after.disabled).toBe(false)
        expect(communesOf(after)).toEqual([`${ids.A}:editor`, `${ids.B}:chief`].sort())
        expect((await signIn(victim.email, PASSWORD)).status).toBe(200)
      })

  takeoverSideDoorTests()
})

describe('what a chief reads of a person: memberships in their communes only, nobody’s sessions', () => {
  const victimRows = () => [`${ids.A}:editor`, `${ids.B}:chief`].sort()

  it('REST list, document and populated depth show only the chief’s commune', async () => {
    const list = await rest('GET', `/api/users?where[id][equals]=${accounts.victim.id}&depth=0`, { token: t.chief })
    expect(list.body.docs).toHaveLength(1)
    expect(communesOf(list.body.docs[0])).toEqual([`${ids.A}:editor`])
    const doc = await rest('GET', `/api/users/${accounts.victim.id}?depth=1`, { token: t.chief })
    expect(communesOf(doc.body)).toEqual([`${ids.A}:editor`])
    expect(JSON.stringify(doc.body)).not.toContain(`"slug":"${B}"`)
    expect(communesOf(await adminRead(accounts.victim.id))).toEqual(victimRows())
  })

  it('GraphQL shows only the chief’s commune and no sessions', async () => {
    const q = `{ User(id: ${accounts.victim.id}) { tenants { tenant { id slug } role } sessions { id } } Users(where: { id: { equals: ${accounts.victim.id} } }) { docs { tenants { tenant { id } role } } } }`
    const reply = await graphql(q, t.chief)
    expect(reply.body.errors).toBeUndefined()
    expect(reply.body.data.User.tenants).toEqual([{ tenant: { id: ids.A, slug: A }, role: 'editor' }])
    expect(reply.body.data.User.sessions ?? []).toEqual([])
    expect(reply.body.data.Users.docs[0].tenants).toEqual([{ tenant: { id: ids.A }, role: 'editor' }])
  })

  it('nor through the audit log of role changes', async () => {
    const log = await rest(
      'GET',
      `/api/audit-logs?where[documentId][equals]=${accounts.victim.id}&where[action][equals]=role-change&limit=50&depth=0`,
      { token: t.chief },
    )
    expect(log.status).toBe(200)
    expect(log.body.totalDocs).toBeGreaterThan(0)
    for (const entry of log.body.docs) {
      expect(entry.tenant).toBe(ids.A)
      for (const row of [...entry.details.memberships.from, ...entry.details.memberships.to])
        expect(row.startsWith(`${ids.A}:`), row).toBe(true)
    }
  })

  const ROLES = ['province-admin', 'district-viewer', 'chief', 'editor', 'contributor', 'anonymous'] as const
  for (const role of ROLES)
    it(`${role}: reads nobody else’s sessions, hidden auth fields or foreign memberships (REST, GraphQL)`, async () => {
      const token = role === 'anonymous' ? undefined : role === 'chief' ? t.chief : accounts[role].token
      const list = await rest('GET', '/api/users?limit=100&depth=0', { token })
      if (role === 'anonymous') {
        expect(list.status).toBe(403)
        expect(refused(await graphql('{ Users { docs { id email } } }'))).toBe(true)
        return
      }
      expect(list.status).toBe(200)
      const me = (await rest('GET', '/api/users/me?depth=0', { token })).body.user
      for (const doc of list.body.docs) {
        for (const hidden of [
          'resetPasswordToken',
          'resetPasswordExpiration',
          'hash',
          'salt',
          'loginAttempts',
          'lockUntil',
        ])
          expect(doc).not.toHaveProperty(hidden)
        if (doc.id === me.id || role === 'province-admin') continue
        expect(doc).not.toHaveProperty('sessions')
        for (const row of communesOf(doc)) expect(row.startsWith(`${ids.A}:`), `${doc.email}: ${row}`).toBe(true)
      }
      if (role !== 'chief' && role !== 'province-admin')
        expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([me.id])
      const gql = await graphql('{ Users(limit: 100) { docs { id sessions { id } } } }', token)
      for (const doc of gql.body.data.Users.docs) if (doc.id !== me.id) expect(doc.sessions ?? []).toEqual([])
    })
})

/** The rows a chief may change, and those they may not. */
const chiefMembershipTests = () => {
  it('changes the person’s role in the chief’s commune; the other commune’s row is kept', async () => {
    const victim = accounts.victim
    const reply = await rest('PATCH', `/api/users/${victim.id}`, {
      token: t.chief,
      body: { tenants: [{ tenant: ids.A, role: 'contributor' }] },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(communesOf(reply.body.doc)).toEqual([`${ids.A}:contributor`])
    expect(communesOf(await adminRead(victim.id))).toEqual([`${ids.A}:contributor`, `${ids.B}:chief`].sort())
    // GraphQL: same rule.
    const gql = await gqlUpdate(victim.id, { tenants: [{ tenant: ids.A, role: 'editor' }] }, t.chief)
    expect(gql.body.errors, JSON.stringify(gql.body)).toBeUndefined()
    expect(communesOf(await adminRead(victim.id))).toEqual([`${ids.A}:editor`, `${ids.B}:chief`].sort())
  })

  it('cannot add, change or remove a row of another commune (REST, GraphQL)', async () => {
    const victim = accounts.victim
    for (const tenants of [
      [
        { tenant: ids.A, role: 'editor' },
        { tenant: ids.C, role: 'chief' },
      ],
      [
        { tenant: ids.A, role: 'editor' },
        { tenant: ids.B, role: 'contributor' },
      ],
    ]) {
      const viaRest = await rest('PATCH', `/api/users/${victim.id}`, { token: t.chief, body: { tenants } })
      expect(viaRest.status).toBe(403)
      expect(messageOf(viaRest)).toContain('Thành viên')
      expect(refused(await gqlUpdate(victim.id, { tenants }, t.chief))).toBe(true)
    }
    expect(
      refused(
        await rest('PATCH', `/api/users?where[id][equals]=${victim.id}`, {
          token: t.chief,
          body: { tenants: [{ tenant: ids.A, role: 'chief' }] },
        }),
      ),
    ).toBe(true)
    expect(communesOf(await adminRead(victim.id))).toEqual([`${ids.A}:editor`, `${ids.B}:chief`].sort())
  })

  it('removing the person from the chief’s commune leaves their other commune alone', async () => {
    const victim = accounts.victim
    const reply = await rest('PATCH', `/api/users/${victim.id}`, { token: t.chief, body: { tenants: [] } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(communesOf(await adminRead(victim.id))).toEqual([`${ids.B}:chief`])
    await restore(victim, [
      { tenant: ids.A, role: 'editor' },
      { tenant: ids.B, role: 'chief' },
    ])
  })

  it('cannot remove an account’s last membership (it would be an account no chief controls)', async () => {
    const board = accounts.board
    const reply = await rest('PATCH', `/api/users/${board.id}`, { token: t.chief, body: { tenants: [] } })
    expect(reply.status).toBe(403)
    expect(messageOf(reply)).toContain('Khóa tài khoản')
    expect(refused(await gqlUpdate(board.id, { tenants: [] }, t.chief))).toBe(true)
    expect(communesOf(await adminRead(board.id))).toEqual([`${ids.A}:contributor`])
  })
}

/** A chief's own memberships, the accounts they create, and board accounts they hold. */
const chiefOwnAndNewAccountTests = () => {
  it('a chief cannot change their own memberships', async () => {
    const me = (await rest('GET', '/api/users/me?depth=0', { token: t.chief })).body.user
    const reply = await rest('PATCH', `/api/users/${me.id}`, {
      token: t.chief,
      body: { tenants: [{ tenant: ids.A, role: 'editor' }] },
    })
    expect(reply.status).toBe(403)
    expect(communesOf(await adminRead(me.id))).toEqual([`${ids.A}:chief`])
    // Saving their own account with their memberships as they are is fine (the admin's form does it).
    const same = await rest('PATCH', `/api/users/${me.id}`, {
      token: t.chief,
      body: { name: me.name, tenants: me.tenants },
    })
    expect(same.status, JSON.stringify(same.body)).toBe(200)
  })

  it('an account a chief creates always belongs to the chief’s commune (REST, GraphQL)', async () => {
    const bare = await rest('POST', '/api/users', {
      token: t.chief,
      body: { email: `khong-don-vi.${TAG}@kiemthu.angiang.local`, name: 'Không đơn vị', password: PASSWORD },
    })
    expect(bare.status, JSON.stringify(bare.body)).toBe(201)
    created.push(bare.body.doc.id)
    expect(communesOf(await adminRead(bare.body.doc.id))).toEqual([`${ids.A}:contributor`])
    const gql = await graphql(
      `mutation { createUser(data: ${literal({ email: `gql-khong-don-vi.${TAG}@kiemthu.angiang.local`, name: 'Không đơn vị GraphQL', password: PASSWORD })}) { id } }`,
      t.chief,
    )
    expect(gql.body.errors, JSON.stringify(gql.body)).toBeUndefined()
    created.push(gql.body.data.createUser.id)
    expect(communesOf(await adminRead(gql.body.data.createUser.id))).toEqual([`${ids.A}:contributor`])
    const foreign = await rest('POST', '/api/users', {
      token: t.chief,
      body: {
        email: `ngoai.${TAG}@kiemthu.angiang.local`,
        name: 'Ngoài',
        password: PASSWORD,
        tenants: [
          { tenant: ids.A, role: 'editor' },
          { tenant: ids.C, role: 'editor' },
        ],
      },
    })
    expect(foreign.status).toBe(403)
    const escalate = await rest('POST', '/api/users', {
      token: t.chief,
      body: {
        email: `tinh.${TAG}@kiemthu.angiang.local`,
        name: 'Tỉnh',
        password: PASSWORD,
        globalRole: 'province-admin',
      },
    })
    if (escalate.status === 201) created.push(escalate.body.doc.id)
    if (escalate.status === 201) expect((await adminRead(escalate.body.doc.id)).globalRole).toBe('none')
  })

  it('the chief holds a board account that belongs only to their commune: name, email, status, password', async () => {
    const board = accounts.board
    const email = `doi-email.${TAG}@kiemthu.angiang.local`
    const reply = await rest('PATCH', `/api/users/${board.id}`, {
      token: t.chief,
      body: { name: 'Tên mới', email, disabled: true, password: OTHER_PASSWORD },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const after = await adminRead(board.id)
    expect([after.name, after.email, after.disabled]).toEqual(['Tên mới', email, true])
    await restore(board, [{ tenant: ids.A, role: 'contributor' }])
    expect((await signIn(board.email, PASSWORD)).status).toBe(200)
  })
}

describe('memberships a chief manages', () => {
  chiefMembershipTests()
  chiefOwnAndNewAccountTests()
})

describe('self-service: name and password; never email, status or roles (except the province admin)', () => {
  const ROLES = ['province-admin', 'district-viewer', 'chief', 'editor', 'contributor'] as const
  const rowsFor = (role: (typeof ROLES)[number]) =>
    role === 'chief'
      ? [{ tenant: ids.C, role: 'chief' }]
      : role === 'editor' || role === 'contributor'
        ? [{ tenant: ids.A, role }]
        : []
  const globalFor = (role: (typeof ROLES)[number]) =>
    role === 'province-admin' || role === 'district-viewer' ? role : 'none'

  for (const role of ROLES)
    for (const door of ['rest', 'graphql'] as const)
      it(`${role} over ${door}`, async () => {
        const account = accounts[role]
        const update = (data: Record<string, unknown>) =>
          door === 'rest'
            ? rest('PATCH', `/api/users/${account.id}`, { token: account.token, body: data })
            : gqlUpdate(account.id, data, account.token)
        try {
          expect(refused(await update({ name: `${account.name} (đã sửa)` }))).toBe(false)
          expect((await adminRead(account.id)).name).toBe(`${account.name} (đã sửa)`)
          const email = `tu-doi.${door}.${TAG}@kiemthu.angiang.local`
          await update({ email })
          expect((await adminRead(account.id)).email).toBe(role === 'province-admin' ? email : account.email)
          if (role !== 'province-admin') {
            await update({ disabled: true })
            expect((await adminRead(account.id)).disabled).toBe(false)
            await update({ globalRole: 'province-admin' })
            await update({ district: ids.district })
            const after = await adminRead(account.id)
            expect(after.globalRole).toBe(globalFor(role))
            expect(after.district ?? null).toBe(role === 'district-viewer' ? ids.district : null)
          }
          // Their own password, if it passes the policy.
          const weak = await update({ password: '12345678' })
          expect(refused(weak)).toBe(true)
          expect(messageOf(weak)).toContain('Mật khẩu')
          expect(refused(await update({ password: OTHER_PASSWORD }))).toBe(false)
          expect((await signIn(role === 'province-admin' ? email : account.email, OTHER_PASSWORD)).status).toBe(200)
        } finally {
          await restore(account, rowsFor(role), {
            globalRole: globalFor(role),
            district: role === 'district-viewer' ? ids.district : null,
          })
        }
      })

  it('anonymous changes no account (REST, GraphQL)', async () => {
    expect((await rest('PATCH', `/api/users/${accounts.editor.id}`, { body: { name: 'Vô danh' } })).status).toBe(403)
    expect(refused(await gqlUpdate(accounts.editor.id, { name: 'Vô danh' }, ''))).toBe(true)
    expect((await adminRead(accounts.editor.id)).name).toBe(accounts.editor.name)
  })
})

describe('the password policy on every door', () => {
  const WEAK = ['123', 'password1234', 'qwertyuiop12', 'angiang2026!', '1234567890']

  it('create: REST as province admin and as chief, GraphQL', async () => {
    for (const password of WEAK) {
      const email = `yeu.${TAG}.${password.length}@kiemthu.angiang.local`
      const asAdmin = await rest('POST', '/api/users', {
        token: t.admin,
        body: { email, name: 'Mật khẩu yếu', password, tenants: [{ tenant: ids.A, role: 'editor' }] },
      })
      expect(asAdmin.status, password).toBe(400)
      expect(asAdmin.body.errors[0].message, password).toContain('Mật khẩu: ')
      expect(asAdmin.body.errors[0].data.errors[0].path).toBe('password')
      expect(
        (await rest('POST', '/api/users', { token: t.chief, body: { email, name: 'Mật khẩu yếu', password } })).status,
      ).toBe(400)
      const gql = await graphql(
        `mutation { createUser(data: ${literal({ email, name: 'Mật khẩu yếu', password })}) { id } }`,
        t.admin,
      )
      expect(gql.body.errors?.[0]?.message, password).toContain('Mật khẩu: ')
      expect(
        (await rest('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { token: t.admin }))
          .body.totalDocs,
      ).toBe(0)
    }
  })

  it('a password containing the email or the name is refused', async () => {
    const board = accounts.board
    const local = board.email.split('@')[0]!
    for (const password of [`${local}-Xy9!`, 'Kiem-thu-board-2026!X', `KIỂM THỬ board`]) {
      const reply = await rest('PATCH', `/api/users/${board.id}`, { token: t.admin, body: { password } })
      expect(reply.status, password).toBe(400)
      expect(reply.body.errors[0].message).toContain('email hoặc họ tên')
    }
    expect((await signIn(board.email, PASSWORD)).status).toBe(200)
  })

  it('reset-password (the forgot-password link and the invitation) refuses a weak password, and a bad token in Vietnamese', async () => {
    const board = accounts.board
    const db = new DatabaseSync(path.join(inject('dataDir'), 'commune-sites.db'), { readOnly: true })
    const tokenOf = () =>
      (
        db.prepare('SELECT reset_password_token AS token FROM users WHERE id = ?').get(board.id) as
          | { token: string | null }
          | undefined
      )?.token ?? null
    try {
      const before = tokenOf()
      expect(
        (await rest('POST', '/api/users/forgot-password', { body: { email: board.email }, headers: from() })).status,
      ).toBe(200)
      // The mail is prepared after the answer: wait for the token to be written.
      let token: string | null = null
      for (let i = 0; i < 50 && (!token || token === before); i++) {
        await new Promise((r) => setTimeout(r, 100))
        token = tokenOf()
      }
      expect(token).toMatch(/^[0-9a-f]{40}$/)
      const weak = await rest('POST', '/api/users/reset-password', {
        body: { token, password: '1234567890' },
        headers: from(),
      })
      expect(weak.status).toBe(400)
      expect(weak.body.errors[0].message).toContain('Mật khẩu: ')
      const gqlWeak = await gqlFrom(
        `mutation { resetPasswordUser(token: ${JSON.stringify(token)}, password: "qwertyuiop12") { token } }`,
      )
      expect(gqlWeak.body.errors?.[0]?.message).toContain('Mật khẩu: ')
      expect((await signIn(board.email, PASSWORD)).status).toBe(200)
      const good = await rest('POST', '/api/users/reset-password', {
        body: { token, password: OTHER_PASSWORD },
        headers: from(),
      })
      expect(good.status, JSON.stringify(good.body)).toBe(200)
      expect((await signIn(board.email, OTHER_PASSWORD)).status).toBe(200)
      const used = await rest('POST', '/api/users/reset-password', {
        body: { token, password: OTHER_PASSWORD },
        headers: from(),
      })
      expect(used.status).toBe(403)
      expect(used.body.errors[0].message).toContain('Liên kết đặt mật khẩu không hợp lệ')
    } finally {
      db.close()
      await restore(board, [{ tenant: ids.A, role: 'contributor' }])
    }
  })
})

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const timed = async (fn: () => Promise<Reply>): Promise<{ ms: number; reply: Reply }> => {
  const start = performance.now()
  const reply = await fn()
  return { ms: performance.now() - start, reply }
}
const unknownEmail = () => `khong-ton-tai.${Math.random().toString(36).slice(2)}@kiemthu.angiang.local`

/** A wrong password, and five of them, answer alike for every account. */
const sameLoginAnswerTests = () => {
  it('a wrong password answers the same, in the same time, for a real account, an unknown email and a disabled account', async () => {
    const real = [
      accounts.editor,
      accounts.contributor,
      accounts['district-viewer'],
      accounts.chief,
      accounts.viewerInA,
      accounts['province-admin'],
    ]
    await signIn(unknownEmail(), 'Sai-mat-khau-1!')
    await signIn(real[0]!.email, 'Sai-mat-khau-1!')
    const known: number[] = []
    const none: number[] = []
    // Twelve pairs, each pair in the other order than the one before: on a machine shared with
    // other work, a burst of load then weighs on both sides alike, and the medians hold.
    for (const [i, account] of [...real, ...real].entries()) {
      const tryKnown = () => timed(() => signIn(account.email, 'Sai-mat-khau-1!'))
      const tryUnknown = () => timed(() => signIn(unknownEmail(), 'Sai-mat-khau-1!'))
      const strangerFirst = i % 2 === 1 ? await tryUnknown() : null
      const mine = await tryKnown()
      const stranger = strangerFirst ?? (await tryUnknown())
      expect(mine.reply.status).toBe(401)
      expect(stranger.reply.status).toBe(401)
      expect(mine.reply.body).toEqual(stranger.reply.body)
      known.push(mine.ms)
      none.push(stranger.ms)
    }
    const ratio = median(known) / median(none)
    expect(ratio, `known ${median(known).toFixed(0)} ms, unknown ${median(none).toFixed(0)} ms`).toBeLessThan(1.5)
    expect(ratio).toBeGreaterThan(1 / 1.5)

    // A disabled account says so only to whoever knows its password.
    const board = accounts.board
    await rest('PATCH', `/api/users/${board.id}`, { token: t.admin, body: { disabled: true } })
    try {
      const wrong = await signIn(board.email, 'Sai-mat-khau-1!')
      expect(wrong.status).toBe(401)
      expect(wrong.body).toEqual((await signIn(unknownEmail(), 'Sai-mat-khau-1!')).body)
      const right = await signIn(board.email, PASSWORD)
      expect(right.status).toBe(401)
      expect(JSON.stringify(right.body)).toContain('khóa')
    } finally {
      await rest('PATCH', `/api/users/${board.id}`, { token: t.admin, body: { disabled: false } })
    }
  })

  it('five wrong passwords lock nobody out, and no answer says "locked" (REST, GraphQL)', async () => {
    const target = accounts.editor
    const attacker = from()
    for (let i = 0; i < 5; i++) {
      const reply =
        i % 2
          ? await rest('POST', '/api/graphql', {
              body: {
                query: `mutation { loginUser(email: ${JSON.stringify(target.email)}, password: "Doan-mo-${i}-xyz!") { token } }`,
              },
              headers: attacker,
            })
          : await signIn(target.email, `Doan-mo-${i}-xyz!`, attacker)
      expect(refused(reply)).toBe(true)
      expect(reply.status).not.toBe(423)
      expect(messageOf(reply)).not.toMatch(/locked|khóa/i)
    }
    // The owner, from their own address, signs in at once. (Only where the server cannot tell
    // addresses apart, i.e. no TRUST_PROXY behind the tests' loopback, the address budget of
    // cms/security, which holds that one address, may answer 429 instead, never "locked".)
    const owner = await signIn(target.email, PASSWORD)
    if (owner.status === 429) expect(messageOf(owner)).toMatch(/thử lại sau/)
    else expect(owner.status).toBe(200)
  })
}

/** Forgot-password answers alike for every email. */
const sameForgotAnswerTests = () => {
  it('forgot-password answers the same, in the same time, for a real and an unknown email (REST, GraphQL)', async () => {
    const real = [accounts.editor, accounts.contributor, accounts.chief, accounts['district-viewer']]
    const known: number[] = []
    const none: number[] = []
    for (const account of real) {
      const a = await timed(() =>
        rest('POST', '/api/users/forgot-password', { body: { email: account.email }, headers: from() }),
      )
      const b = await timed(() =>
        rest('POST', '/api/users/forgot-password', { body: { email: unknownEmail() }, headers: from() }),
      )
      expect([a.reply.status, b.reply.status]).toEqual([200, 200])
      expect(a.reply.body).toEqual(b.reply.body)
      known.push(a.ms)
      none.push(b.ms)
    }
    const gap = Math.abs(median(known) - median(none))
    expect(gap, `known ${median(known).toFixed(1)} ms, unknown ${median(none).toFixed(1)} ms`).toBeLessThan(
      Math.max(25, 0.5 * median(none)),
    )
    const gqlKnown = await gqlFrom(`mutation { forgotPasswordUser(email: ${JSON.stringify(accounts.editor.email)}) }`)
    const gqlUnknown = await gqlFrom(`mutation { forgotPasswordUser(email: ${JSON.stringify(unknownEmail())}) }`)
    expect(gqlKnown.body).toEqual(gqlUnknown.body)
    expect(gqlKnown.body).toEqual({ data: { forgotPasswordUser: true } })
    const empty = await rest('POST', '/api/users/forgot-password', { body: {}, headers: from() })
    expect(empty.status).toBe(400)
    expect(messageOf(empty)).toContain('Email')
  })
}

describe('login and forgot-password tell nothing about which accounts exist', () => {
  sameLoginAnswerTests()
  sameForgotAnswerTests()
})
