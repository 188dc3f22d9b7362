import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { provisionCommune } from '../../cms/features/provisioning/provision'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, credentials, graphql, login, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'
import { makeFixture } from '../support/fixtures'
import { hostGet } from '../support/host-request'
import { removeCommunes } from '../support/remove-communes'
import { sharedPayload, waitFor } from '../support/shared-payload'

/**
 * Since 2025-07-01 Vietnam has no districts (issue 13). A commune of no district is provisioned
 * (through the endpoint and through the Local API) and goes live, in the province directory
 * apart from the districts; a viewer of chosen communes (`viewerCommunes`, no district) reads
 * exactly those communes' content and oversight rows on every door and writes nothing; a
 * viewer of a district reads as before, and one with both reads both.
 */
const VNU_JAR = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar')
const run = Date.now().toString(36)
// Codes no unit of An Giang has (its codes are 30xxx).
const VIA_API = { name: 'Xã Thử Không Huyện', code: '98701', slug: 'thu-khong-huyen' }
const VIA_LOCAL = { name: 'Phường Thử Sau Sáp Nhập', code: '98702', slug: 'thu-sau-sap-nhap' }
const FOLLOWED_2023 = 'my-binh'
// Nothing of the accounts' names or emails in it (the password rules refuse that).
const PASSWORD = `Qz7-${randomBytes(9).toString('base64url')}-Wk!`

type Commune = { id: number; slug: string; name: string; district: number | null; status: string }
type Row = { id: number; commune: string; district: string; districtId: number | null }

let payload: Payload
let admin = ''
let communes: Commune[] = []
const users: number[] = []
const accounts: Record<'chosen' | 'both', { id: number; token: string; email: string }> = {
  chosen: { id: 0, token: '', email: '' },
  both: { id: 0, token: '', email: '' },
}
const ids = { api: 0, local: 0, followed: 0, otherInDistrict: 0, otherDistrict: 0, district: 0 }
const posts = { api: { draft: 0, published: 0 }, other: 0 }

const communeBySlug = (slug: string) => communes.find((c) => c.slug === slug)!

/** A viewer account made as the province would make it, straight in the database. */
const viewer = async (key: keyof typeof accounts, data: { district?: number; viewerCommunes: number[] }) => {
  const email = `theo-doi.${key}.${run}@example.com`
  const doc = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: PASSWORD, name: `Theo dõi ${key}`, globalRole: 'district-viewer', ...data },
  })
  users.push(doc.id)
  accounts[key] = { id: doc.id, token: await login(email, PASSWORD), email }
}

/** Every post tenant a token reads over REST (drafts included), and how many posts. */
const restTenants = async (token: string) => {
  const reply = await rest('GET', '/api/posts?limit=1000&depth=0&draft=true&select[tenant]=true', { token })
  expect(reply.status).toBe(200)
  const docs = reply.body.docs as { id: number; tenant: number }[]
  return { ids: docs.map((d) => d.id), tenants: new Set(docs.map((d) => d.tenant)) }
}

/** The same over GraphQL. */
const graphqlTenants = async (token: string) => {
  const reply = await graphql('{ Posts(limit: 200, draft: true) { docs { id tenant { id } } totalDocs } }', token)
  expect(reply.body.errors).toBeUndefined()
  const docs = reply.body.data.Posts.docs as { id: number; tenant: { id: number } }[]
  return { ids: docs.map((d) => d.id), tenants: new Set(docs.map((d) => d.tenant.id)) }
}

/** The IDs of every post (drafts included) of the given communes, as the province admin reads them. */
const postsOf = async (communeIds: number[]) =>
  (
    await rest('GET', `/api/posts?limit=1000&depth=0&draft=true&where[tenant][in]=${communeIds.join(',')}`, {
      token: admin,
    })
  ).body.docs.map((d: { id: number }) => d.id) as number[]

const oversight = async (token: string, query = '') => {
  const reply = await rest('GET', `/api/oversight/communes${query}`, { token })
  return { status: reply.status, rows: (reply.body?.rows ?? []) as Row[] }
}

const isLive = async (id: number) => {
  const c = (await rest('GET', `/api/communes/${id}?depth=0`, { token: admin })).body
  return c.status === 'live' && c.site?.state === 'live'
}

beforeAll(async () => {
  payload = await sharedPayload()
  admin = (await loginAs('province-admin')).token
  communes = (await rest('GET', '/api/communes?limit=1000&depth=0&sort=code', { token: admin })).body.docs
  const followed = communeBySlug(FOLLOWED_2023)
  ids.followed = followed.id
  ids.district = Number(followed.district)
  ids.otherInDistrict = communes.find((c) => Number(c.district) === ids.district && c.id !== followed.id)!.id
  ids.otherDistrict = communes.find((c) => c.district !== null && Number(c.district) !== ids.district)!.id
  posts.other = Number(await makeFixture(admin, 'posts', ids.otherInDistrict, 'published'))
}, 300_000)

afterAll(async () => {
  for (const id of users) await payload.delete({ collection: 'users', id, overrideAccess: true }).catch(() => undefined)
  await rest('DELETE', `/api/posts/${posts.other}`, { token: admin })
  await removeCommunes(admin, [VIA_API.slug, VIA_LOCAL.slug])
  await payload.destroy().catch(() => undefined)
}, 300_000)

describe('a commune of no district', () => {
  it('is provisioned through the endpoint and goes live, its text naming the province alone', async () => {
    const reply = await rest('POST', '/api/communes/provision', {
      token: admin,
      body: { name: VIA_API.name, code: VIA_API.code, theme: 5, domains: [], board: [] },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.commune).toMatchObject({ name: VIA_API.name, slug: VIA_API.slug })
    expect(reply.body.steps[0]).toBe(`Tạo đơn vị ${VIA_API.name} (mã ${VIA_API.code}, ${VIA_API.slug}), giao diện 5`)
    ids.api = reply.body.commune.id
    const commune = (await rest('GET', `/api/communes/${ids.api}?depth=0`, { token: admin })).body
    expect(commune.district ?? null).toBeNull()
    const settings = (await rest('GET', `/api/site-settings?where[tenant][equals]=${ids.api}`, { token: admin })).body
      .docs[0]
    expect(settings.footer.note).toBe(`Cơ quan chủ quản: Ủy ban nhân dân xã Thử Không Huyện, tỉnh An Giang.`)
    await waitFor('the site of the commune of no district', () => isLive(ids.api), 240_000)
    const home = await hostGet(`${VIA_API.slug}.localhost`, '/')
    expect(home.status).toBe(200)
    expect(home.body).toContain(VIA_API.name)
    expect(home.body).toContain('Tỉnh An Giang')
    posts.api.published = Number(await makeFixture(admin, 'posts', ids.api, 'published'))
    posts.api.draft = Number(await makeFixture(admin, 'posts', ids.api, 'draft'))
  }, 300_000)

  it('is provisioned through the Local API as well', async () => {
    const result = await provisionCommune(
      payload,
      { name: VIA_LOCAL.name, code: VIA_LOCAL.code, district: '', theme: 9 },
      { build: 'queue', log: () => undefined },
    )
    expect(result.commune.slug).toBe(VIA_LOCAL.slug)
    ids.local = Number(result.commune.id)
    await waitFor('the site provisioned through the Local API', () => isLive(ids.local), 240_000)
  }, 300_000)

  it('is listed in the province directory apart from the districts, which stays valid HTML', async () => {
    const directory = await waitFor(
      'the directory with both communes of no district',
      async () => {
        const page = (await hostGet('127.0.0.1', '/')).body
        return [VIA_API.slug, VIA_LOCAL.slug].every((s) => page.includes(`//${s}.localhost`)) ? page : null
      },
      240_000,
    )
    // Still by district, and the communes of none in a group of their own, by name.
    expect(directory).toContain('Thành phố Long Xuyên')
    expect(directory).toContain('theo huyện, thị xã, thành phố')
    // The province as the units list names it (the demo's list of 2023: code 89).
    expect(directory).toContain('Tỉnh An Giang (mã đơn vị hành chính 89)')
    const group = directory.slice(directory.indexOf('id="cac-don-vi-khac"'))
    expect(group).toMatch(/^id="cac-don-vi-khac">\s*Các đơn vị không thuộc huyện <span class="muted">\(2\)<\/span>/)
    expect(group.indexOf(VIA_LOCAL.name)).toBeLessThan(group.indexOf(VIA_API.name))
    expect(directory).toContain('href="#cac-don-vi-khac"')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-districts-vnu-'))
    try {
      fs.writeFileSync(path.join(dir, 'directory.html'), directory)
      const check = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', dir], {
        encoding: 'utf8',
      })
      if (check.error) throw check.error
      const messages = (JSON.parse(check.stderr || check.stdout) as { messages: { type: string; message: string }[] })
        .messages
      expect(messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('the province admin', () => {
  it('rebuilds the sites of the communes of no district, as one more district', async () => {
    const none = (
      await rest('GET', '/api/communes?where[district][exists]=false&where[status][equals]=live&limit=1000&depth=0', {
        token: admin,
      })
    ).body.docs.map((c: Commune) => c.id)
    expect(none).toEqual(expect.arrayContaining([ids.api, ids.local]))
    const reply = await rest('POST', '/api/communes/rebuild', { token: admin, body: { scope: 'district', id: 'none' } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.queued).toBe(none.length)
    await waitFor('both sites rebuilt', async () => (await isLive(ids.api)) && (await isLive(ids.local)), 240_000)
  }, 300_000)
})

describe('a viewer of chosen communes', () => {
  beforeAll(async () => {
    await viewer('chosen', { viewerCommunes: [ids.api, ids.followed] })
    await viewer('both', { district: ids.district, viewerCommunes: [ids.api] })
  }, 120_000)

  it('reads exactly the posts of those communes, drafts included, over REST and GraphQL', async () => {
    const { token } = accounts.chosen
    const expected = (await postsOf([ids.api, ids.followed])).sort()
    expect(expected).toEqual(expect.arrayContaining([posts.api.draft, posts.api.published]))
    for (const read of [restTenants, graphqlTenants]) {
      const seen = await read(token)
      expect([...seen.tenants].sort()).toEqual([ids.api, ids.followed].sort())
      expect(seen.ids.sort()).toEqual(expected)
    }
    // Another commune of the followed one's district is not theirs.
    expect([403, 404]).toContain((await rest('GET', `/api/posts/${posts.other}`, { token })).status)
    const single = await graphql(`{ Post(id: ${posts.other}) { id } }`, token)
    expect(single.body.data?.Post ?? null).toBeNull()
    expect((await rest('GET', `/api/posts/${posts.api.draft}?draft=true`, { token })).status).toBe(200)
  })

  it('reads those communes and their audit log, and no other', async () => {
    const { token } = accounts.chosen
    const list = (await rest('GET', '/api/communes?limit=1000&depth=0', { token })).body.docs as Commune[]
    expect(list.map((c) => c.id).sort()).toEqual([ids.api, ids.followed].sort())
    const gql = await graphql('{ Communes(limit: 200) { docs { id } } }', token)
    expect(gql.body.data.Communes.docs.map((c: { id: number }) => c.id).sort()).toEqual([ids.api, ids.followed].sort())
    const log = (await rest('GET', '/api/audit-logs?limit=1000&depth=0', { token })).body.docs as { tenant: number }[]
    expect(log.length).toBeGreaterThan(0)
    for (const entry of log) expect([ids.api, ids.followed]).toContain(entry.tenant)
  })

  it('reads the same through the Local API with the user', async () => {
    const user = {
      ...(await payload.findByID({ collection: 'users', id: accounts.chosen.id, depth: 0 })),
      collection: 'users',
    }
    const found = await payload.find({
      collection: 'posts',
      user,
      overrideAccess: false,
      draft: true,
      limit: 1000,
      depth: 0,
      select: { tenant: true },
    })
    expect(new Set(found.docs.map((d) => d.tenant))).toEqual(new Set([ids.api, ids.followed]))
    expect(found.docs.map((d) => d.id).sort()).toEqual((await postsOf([ids.api, ids.followed])).sort())
  })

  it('oversees exactly those communes, the one of no district in a group of its own', async () => {
    const { token } = accounts.chosen
    const all = await oversight(token)
    expect(all.status).toBe(200)
    expect(all.rows.map((r) => r.id).sort()).toEqual([ids.api, ids.followed].sort())
    const none = all.rows.find((r) => r.id === ids.api)!
    expect(none).toMatchObject({ district: 'Không thuộc huyện/khu vực', districtId: null })
    // Filters: the communes of no district; their district; a district where they follow nothing.
    expect((await oversight(token, '?district=none')).rows.map((r) => r.id)).toEqual([ids.api])
    expect((await oversight(token, `?district=${ids.district}`)).rows.map((r) => r.id)).toEqual([ids.followed])
    const other = communes.find((c) => c.id === ids.otherDistrict)!
    expect((await oversight(token, `?district=${other.district}`)).status).toBe(403)
    const xlsx = await rest('GET', '/api/oversight/communes.xlsx', { token })
    expect(xlsx.status).toBe(200)
    const work = (await rest('GET', '/api/my-work', { token })).body
    expect(work.scope).toBe('district')
    expect(work.sites.communes).toBe(2)
  })

  it('writes nothing, on any door', async () => {
    const { token } = accounts.chosen
    const created = await rest('POST', '/api/posts', { token, body: { tenant: ids.api, title: `Viết thử ${run}` } })
    expect(created.status).toBe(403)
    const edited = await rest('PATCH', `/api/posts/${posts.api.published}`, { token, body: { title: 'Sửa thử' } })
    expect([403, 404]).toContain(edited.status)
    expect((await rest('DELETE', `/api/posts/${posts.api.draft}`, { token })).status).not.toBe(200)
    const mutation = await graphql(
      `mutation { updatePost(id: ${posts.api.published}, data: { title: "Sửa" }) { id } }`,
      token,
    )
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    const commune = await rest('PATCH', `/api/communes/${ids.api}`, { token, body: { theme: 3 } })
    expect([403, 404]).toContain(commune.status)
    expect((await rest('POST', '/api/communes/provision', { token, body: VIA_API })).status).toBe(403)
    const post = (await rest('GET', `/api/posts/${posts.api.published}?depth=0`, { token: admin })).body
    expect(post.title).not.toBe('Sửa thử')
  })
})

describe('a viewer of a district', () => {
  it('reads and oversees their district as before, nothing of the communes of no district', async () => {
    const { token } = await loginAs('district-viewer')
    const me = (await rest('GET', '/api/users/me', { token })).body.user
    const district = Number(typeof me.district === 'object' ? me.district.id : me.district)
    const inDistrict = communes.filter((c) => Number(c.district) === district).map((c) => c.id)
    const seen = await restTenants(token)
    for (const tenant of seen.tenants) expect(inDistrict).toContain(tenant)
    expect(seen.ids).not.toContain(posts.api.published)
    const rows = (await oversight(token)).rows
    expect(rows.map((r) => r.id).sort()).toEqual([...inDistrict].sort())
    expect(new Set(rows.map((r) => r.district)).size).toBe(1)
    expect((await oversight(token, '?district=none')).status).toBe(403)
  })

  it('with chosen communes besides, reads both', async () => {
    const { token } = accounts.both
    const inDistrict = communes.filter((c) => Number(c.district) === ids.district).map((c) => c.id)
    const expected = [...inDistrict, ids.api].sort()
    const seen = await restTenants(token)
    for (const tenant of seen.tenants) expect(expected).toContain(tenant)
    expect(seen.tenants.has(ids.api)).toBe(true)
    expect((await oversight(token)).rows.map((r) => r.id).sort()).toEqual(expected)
    // Their own district alone, without the followed commune.
    expect((await oversight(token, `?district=${ids.district}`)).rows.map((r) => r.id).sort()).toEqual(
      [...inDistrict].sort(),
    )
  })
})

/** The admin (Chromium, the built admin) of a province with communes of no district. */
let browser: Browser | undefined

const openAdmin = async (email: string, password: string, path: string): Promise<Page> => {
  browser ??= await launchBrowser()
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  await page.goto(`${baseUrl()}/admin${path}`)
  return page
}

describe('in the admin', () => {
  afterAll(async () => {
    await browser?.close()
  })

  it('a viewer of chosen communes oversees them, the one of no district in its group', async () => {
    const page = await openAdmin(accounts.chosen.email, PASSWORD, '/giam-sat')
    const table = page.locator('#oversight-table')
    await table.waitFor({ state: 'visible' })
    const shot = await screenshot(page, 'no-districts-oversight-viewer')
    expect(await page.locator('#nav-giam-sat').count(), shot).toBe(1)
    expect(await table.locator('tbody tr').count(), shot).toBe(2)
    expect(await page.getByText(/^Các đơn vị theo dõi: 2 đơn vị,/).count(), shot).toBe(1)
    const filter = page.getByLabel('Huyện/thị xã/thành phố')
    expect(await filter.locator('option').allInnerTexts()).toContain('Không thuộc huyện/khu vực')
    await filter.selectOption('Không thuộc huyện/khu vực')
    expect(await table.locator('tbody tr').count(), shot).toBe(1)
    await expect(table.locator('tbody tr').first().innerText()).resolves.toContain(VIA_API.name)
  }, 180_000)

  it('the province admin provisions without a district and may rebuild the communes of none', async () => {
    const admin = credentials().find((c) => c.role === 'province-admin')!
    const page = await openAdmin(admin.email, admin.password, '/provision')
    const district = page.locator('#provision-district')
    await district.locator('option').nth(1).waitFor({ state: 'attached' })
    let shot = await screenshot(page, 'no-districts-provision-form')
    expect(await district.inputValue(), shot).toBe('')
    expect((await district.locator('option').first().innerText()).trim(), shot).toBe('Không thuộc huyện/khu vực')
    expect(await page.locator('[data-field="provision-district"] .required').count(), shot).toBe(0)
    await page.goto(`${baseUrl()}/admin/collections/communes`)
    const none = page.locator('#rebuild-district-select option[value="none"]')
    await none.waitFor({ state: 'attached' })
    shot = await screenshot(page, 'no-districts-rebuild-panel')
    expect((await none.innerText()).trim(), shot).toBe('Các đơn vị không thuộc huyện')
  }, 180_000)
})
