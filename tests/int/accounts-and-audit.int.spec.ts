import { beforeAll, describe, expect, it } from 'vitest'
import { credentials, graphql, login, loginAs, rest } from '../support/api'

const COMMUNE = 'my-binh'
const OTHER = 'my-long'
const t = { admin: '', chief: '', editor: '', contributor: '', otherChief: '' }
const ids = { own: 0, other: 0 }

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  t.chief = (await loginAs('chief', COMMUNE)).token
  t.editor = (await loginAs('editor', COMMUNE)).token
  t.contributor = (await loginAs('contributor', COMMUNE)).token
  t.otherChief = (await loginAs('chief', OTHER)).token
  ids.own = (await rest('GET', `/api/communes?where[slug][equals]=${COMMUNE}`, { token: t.admin })).body.docs[0].id
  ids.other = (await rest('GET', `/api/communes?where[slug][equals]=${OTHER}`, { token: t.admin })).body.docs[0].id
})

const me = async (token: string) => (await rest('GET', '/api/users/me?depth=0', { token })).body.user

describe('the seeded province', () => {
  it('has 156 live communes in 11 districts, visible to citizens', async () => {
    expect((await rest('GET', '/api/communes?limit=1')).body.totalDocs).toBe(156)
    expect((await rest('GET', '/api/districts?limit=1')).body.totalDocs).toBe(11)
  })

  it('has one province admin, 11 district viewers and three board accounts per commune', () => {
    const all = credentials()
    const count = (role: string) => all.filter((c) => c.role === role).length
    expect(count('province-admin')).toBe(1)
    expect(count('district-viewer')).toBe(11)
    for (const role of ['chief', 'editor', 'contributor']) expect(count(role)).toBe(156)
    expect(new Set(all.map((c) => c.email)).size).toBe(all.length)
  })
})

describe('accounts and roles', () => {
  it('nobody raises their own role', async () => {
    const editor = await me(t.editor)
    await rest('PATCH', `/api/users/${editor.id}`, {
      token: t.editor,
      body: { globalRole: 'province-admin', tenants: [{ tenant: ids.own, role: 'chief' }] },
    })
    const after = (await rest('GET', `/api/users/${editor.id}?depth=0`, { token: t.admin })).body
    expect(after.globalRole).toBe('none')
    expect(after.tenants.map((r: { role: string }) => r.role)).toEqual(['editor'])
  })

  it('a chief sees only their board’s accounts; a contributor only their own', async () => {
    const chiefList = await rest('GET', '/api/users?limit=200&depth=0', { token: t.chief })
    expect(chiefList.status).toBe(200)
    for (const user of chiefList.body.docs)
      expect(user.tenants.some((r: { tenant: number }) => r.tenant === ids.own)).toBe(true)
    expect(chiefList.body.totalDocs).toBeGreaterThanOrEqual(3)
    const contributorList = await rest('GET', '/api/users?limit=200&depth=0', { token: t.contributor })
    expect(contributorList.body.totalDocs).toBe(1)
  })

  it('a chief adds a board member to their commune but cannot grant another commune or a global role', async () => {
    const email = `thanhvien.moi.${Date.now()}@demo.angiang.local`
    const created = await rest('POST', '/api/users', {
      token: t.chief,
      body: {
        email,
        password: 'mat-khau-rat-dai-2025',
        name: 'Thành viên mới',
        tenants: [{ tenant: ids.own, role: 'editor' }],
      },
    })
    expect(created.status).toBe(201)
    const escalate = await rest('POST', '/api/users', {
      token: t.chief,
      body: {
        email: `x${email}`,
        password: 'mat-khau-rat-dai-2025',
        name: 'Xâm nhập',
        tenants: [{ tenant: ids.other, role: 'chief' }],
      },
    })
    expect(escalate.status).toBeGreaterThanOrEqual(400)
    const id = created.body.doc.id
    const grant = await rest('PATCH', `/api/users/${id}`, {
      token: t.chief,
      body: {
        tenants: [
          { tenant: ids.own, role: 'editor' },
          { tenant: ids.other, role: 'chief' },
        ],
      },
    })
    expect(grant.status).toBeGreaterThanOrEqual(400)
    await rest('PATCH', `/api/users/${id}`, { token: t.chief, body: { globalRole: 'province-admin' } })
    expect((await rest('GET', `/api/users/${id}?depth=0`, { token: t.admin })).body.globalRole).toBe('none')
    // The role change is in the audit log, under the commune.
    const log = await rest(
      'GET',
      `/api/audit-logs?where[action][equals]=role-change&where[documentId][equals]=${id}&depth=0`,
      { token: t.chief },
    )
    expect(log.body.totalDocs).toBeGreaterThanOrEqual(1)
    expect(log.body.docs[0].tenant).toBe(ids.own)
  })

  it('a chief of another commune cannot touch this board', async () => {
    const editor = await me(t.editor)
    const reply = await rest('PATCH', `/api/users/${editor.id}`, { token: t.otherChief, body: { name: 'Bị sửa' } })
    expect([403, 404]).toContain(reply.status)
  })

  it('a disabled account cannot log in', async () => {
    const email = `khoa.${Date.now()}@demo.angiang.local`
    const password = 'mat-khau-rat-dai-2025'
    const created = await rest('POST', '/api/users', {
      token: t.chief,
      body: { email, password, name: 'Sẽ bị khóa', tenants: [{ tenant: ids.own, role: 'contributor' }] },
    })
    const session = await rest('POST', '/api/users/login', { body: { email, password } })
    expect(session.status).toBe(200)
    const draft = { tenant: ids.own, title: `Bài trước khi khóa ${Date.now()}`, _status: 'draft' }
    expect((await rest('POST', '/api/posts?draft=true', { token: session.body.token, body: draft })).status).toBe(201)
    await rest('PATCH', `/api/users/${created.body.doc.id}`, { token: t.chief, body: { disabled: true } })
    // A session opened before the account was disabled loses its rights at once.
    expect(
      (
        await rest('POST', '/api/posts?draft=true', {
          token: session.body.token,
          body: { ...draft, title: `${draft.title} (2)` },
        })
      ).status,
    ).toBe(403)
    const refused = await rest('POST', '/api/users/login', { body: { email, password } })
    expect(refused.status).toBe(401)
    expect(JSON.stringify(refused.body)).toContain('khóa')
  })
})

describe('communes', () => {
  it('a chief changes the theme of their commune but not its identity, nor another commune', async () => {
    await rest('PATCH', `/api/communes/${ids.own}`, {
      token: t.chief,
      body: { theme: 7, name: 'Tên giả', matomoSiteId: 999 },
    })
    const after = (await rest('GET', `/api/communes/${ids.own}?depth=0`, { token: t.admin })).body
    expect(after.theme).toBe(7)
    expect(after.name).toBe('Phường Mỹ Bình')
    expect(after.matomoSiteId).not.toBe(999)
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/communes/${ids.other}`, { token: t.chief, body: { theme: 3 } })).status,
    )
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/communes/${ids.own}`, { token: t.editor, body: { theme: 3 } })).status,
    )
  })

  it('the tenant list offered to a board member holds only their communes', async () => {
    const reply = await rest('GET', '/api/communes?limit=500&depth=0', { token: t.editor })
    expect(reply.body.docs.map((c: { id: number }) => c.id)).toEqual([ids.own])
  })
})

describe('audit log', () => {
  it('records logins and failed logins with the address', async () => {
    const { credential } = await loginAs('editor', 'dong-xuyen')
    expect(
      (await rest('POST', '/api/users/login', { body: { email: credential.email, password: 'sai-mat-khau' } })).status,
    ).toBe(401)
    const gql = await graphql(`mutation { loginUser(email: "${credential.email}", password: "sai-lan-hai") { token } }`)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const log = await rest(
      'GET',
      `/api/audit-logs?where[userEmail][equals]=${encodeURIComponent(credential.email)}&limit=20&depth=0`,
      { token: t.admin },
    )
    const actions = log.body.docs.map((d: { action: string }) => d.action)
    expect(actions.filter((a: string) => a === 'login-failed').length).toBeGreaterThanOrEqual(2)
    expect(actions).toContain('login')
    for (const d of log.body.docs) expect(d.ip).toMatch(/127\.0\.0\.1/)
  })

  it('cannot be written, changed or deleted by anyone, on any door', async () => {
    const entry = (await rest('GET', '/api/audit-logs?limit=1&depth=0', { token: t.admin })).body.docs[0]
    expect(entry).toBeTruthy()
    expect(
      (
        await rest('POST', '/api/audit-logs', {
          token: t.admin,
          body: { action: 'login', at: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/audit-logs/${entry.id}`, { token: t.admin, body: { summary: 'sửa' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/audit-logs/${entry.id}`, { token: t.admin })).status).toBe(403)
    const gql = await graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`, t.admin)
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await rest('GET', `/api/audit-logs/${entry.id}?depth=0`, { token: t.admin })).body.summary).toBe(
      entry.summary,
    )
  })

  it('a chief reads only their commune’s log; editors and contributors none', async () => {
    const chiefLog = await rest('GET', '/api/audit-logs?limit=100&depth=0', { token: t.chief })
    expect(chiefLog.body.totalDocs).toBeGreaterThan(0)
    for (const d of chiefLog.body.docs) expect(d.tenant).toBe(ids.own)
    expect([403]).toContain((await rest('GET', '/api/audit-logs', { token: t.editor })).status)
    expect([403]).toContain((await rest('GET', '/api/audit-logs', { token: t.contributor })).status)
    expect([403]).toContain((await rest('GET', '/api/audit-logs')).status)
  })
})

describe('district viewer', () => {
  it('reads its district’s drafts and nothing of other districts, and writes nothing', async () => {
    const own = (await rest('GET', `/api/communes/${ids.own}?depth=1`, { token: t.admin })).body
    const viewer = credentials().find(
      (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${own.district.slug}@`),
    )!
    const token = await login(viewer.email, viewer.password)
    const posts = await rest('GET', '/api/posts?limit=300&depth=0&draft=true', { token })
    const districtCommunes = (
      await rest('GET', `/api/communes?where[district][equals]=${own.district.id}&limit=100&depth=0`, {
        token: t.admin,
      })
    ).body.docs.map((c: { id: number }) => c.id)
    expect(posts.body.totalDocs).toBeGreaterThan(0)
    for (const p of posts.body.docs) expect(districtCommunes).toContain(p.tenant)
    expect(
      (await rest('POST', '/api/posts', { token, body: { tenant: ids.own, title: 'Huyện viết bài' } })).status,
    ).toBe(403)
  })
})
