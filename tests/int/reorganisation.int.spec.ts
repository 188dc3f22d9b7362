import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/free-port'
import { readApiCalls, startMatomoStandIn, TEST_MATOMO_TOKEN } from '../../scripts/lib/matomo-stand-in'
import { startServer, stopProcess } from '../../scripts/lib/server-process'

/**
 * The 2025 reorganisation as the province runs it, on a copy of the demo province (156 communes
 * of 2023): `npm run reorganise -- --plan` with the real mapping, `--apply`, a second apply that
 * changes nothing, an apply killed in the middle and run again that ends in the same state, then
 * the real server on the result: the old addresses answer 301 to the same items, and old board
 * accounts work in their new commune. The commands and the server run as separate processes on
 * their own data folders; the suite's shared server is only copied from.
 */
const root = path.resolve(import.meta.dirname, '../..')
const mongo = Boolean(process.env.MONGODB_TEST_URI)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reorganisation-'))
const dirA = path.join(work, 'a')
const dirB = path.join(work, 'b')
const planFile = path.join(work, 'plan.json')
const dbOf = (dir: string) => path.join(dir, 'commune-sites.db')
let server: ChildProcess | undefined
let port = 0
// Matomo's HTTP API for the reorganisation's calls (new units' sites, the kept records' renames).
let matomo: Awaited<ReturnType<typeof startMatomoStandIn>>

type Run = { code: number | null; out: string }
const reorganise = (dir: string, args: string[], killAfter?: RegExp): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/reorganise.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dir,
        JOBS_AUTORUN: 'false',
        MATOMO_URL: matomo.url,
        MATOMO_TOKEN: TEST_MATOMO_TOKEN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const collect = (chunk: Buffer) => {
      out += chunk.toString()
      if (killAfter?.test(out) && child.exitCode === null) child.kill('SIGKILL')
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.on('exit', (code) => resolve({ code, out }))
  })

const query = async (dir: string, text: string) => {
  const db = createClient({ url: `file:${dbOf(dir)}` })
  try {
    return (await db.execute(text)).rows.map((r) => ({ ...r }))
  } finally {
    db.close()
  }
}

/** Everything the reorganisation decides, without ids of rows it may create in another order. */
const stateOf = async (dir: string) => ({
  communes: await query(
    dir,
    `SELECT c.code, c.name, c.slug, c.status, c.district_id IS NULL AS no_district, m.code AS merged_into
     FROM communes c LEFT JOIN communes m ON m.id = c.merged_into_id ORDER BY c.code`,
  ),
  items: await query(
    dir,
    `SELECT c.code, (SELECT count(*) FROM posts p WHERE p.tenant_id = c.id) AS posts,
       (SELECT count(*) FROM documents d WHERE d.tenant_id = c.id) AS documents,
       (SELECT count(*) FROM pages g WHERE g.tenant_id = c.id) AS pages,
       (SELECT group_concat(slug) FROM (SELECT slug FROM posts p WHERE p.tenant_id = c.id ORDER BY slug)) AS post_slugs
     FROM communes c ORDER BY c.code`,
  ),
  redirects: await query(
    dir,
    `SELECT r.from_slug, r.kind, c.code AS target, r.paths FROM redirects r JOIN communes c ON c.id = r.to_id ORDER BY r.from_slug`,
  ),
  members: await query(
    dir,
    `SELECT u.email, c.code, t.role FROM users_tenants t JOIN users u ON u.id = t._parent_id JOIN communes c ON c.id = t.tenant_id ORDER BY u.email, c.code`,
  ),
})

const get = (host: string, urlPath: string): Promise<{ status: number; location?: string; body: string }> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, headers: { Host: `${host}:${port}`, 'Accept-Encoding': 'identity' } },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => {
          body += c.toString()
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })

const startServerOn = async (dir: string) => {
  port = await freePort()
  server = await startServer(root, {
    ...process.env,
    DATA_DIR: dir,
    PORT: String(port),
    HOST: '127.0.0.1',
    JOBS_AUTORUN: 'false',
  })
}

/** Logs in with a demo account of the copied province on the server of this file; its memberships. */
const loginAsDemo = async (role: string, commune: string | null) => {
  const credentials = JSON.parse(fs.readFileSync(path.join(dirA, 'demo-credentials.json'), 'utf8')) as {
    email: string
    password: string
    role: string
    commune: string | null
  }[]
  const account = credentials.find((c) => c.role === role && c.commune === commune)!
  const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  expect(login.status).toBe(200)
  const { user, token } = (await login.json()) as {
    token: string
    user: { tenants?: { tenant: number | { id: number }; role: string }[] }
  }
  return {
    token,
    tenants: (user.tenants ?? []).map((t) => ({
      tenant: typeof t.tenant === 'object' ? t.tenant.id : t.tenant,
      role: t.role,
    })),
  }
}

/** The communes of the province admin's oversight table, on the server of this file. */
const oversightRows = async (): Promise<string[]> => {
  const { token } = await loginAsDemo('province-admin', null)
  const reply = await fetch(`http://127.0.0.1:${port}/api/oversight/communes`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(reply.status).toBe(200)
  return ((await reply.json()) as { rows: { commune: string }[] }).rows.map((r) => r.commune)
}

/**
 * The kept records' Matomo sites are renamed (Phường Long Xuyên keeps old Mỹ Bình's), and the
 * province's name and code follow the merger; returns the rename calls.
 */
const expectMatomoAndProvinceFollow = async () => {
  // The record kept for Phường Long Xuyên (old Mỹ Bình's) keeps its Matomo site, renamed.
  const { calls } = await readApiCalls(matomo.url)
  const renames = calls.filter((c) => c.apiMethod === 'SitesManager.updateSite')
  const keptRecord = await query(dirA, `SELECT matomo_site_id AS id FROM communes WHERE code = '30307'`)
  const rename = renames.find((c) => c.fields.some(([k, v]) => k === 'idSite' && v === String(keptRecord[0]!.id)))!
  expect(Object.fromEntries(rename.fields.filter(([k]) => k !== 'token_auth'))).toMatchObject({
    siteName: 'Phường Long Xuyên',
    group: 'Tỉnh An Giang',
    'urls[0]': expect.stringMatching(new RegExp(`^https?://${plan.units.find((u) => u.code === '30307')!.slug}\\.`)),
  })
  expect(renames.length).toBeGreaterThanOrEqual(50) // one per kept record (54 new units keep one)
  const province = (await query(dirA, 'SELECT name, code FROM province')).map((r) => ({ name: r.name, code: r.code }))
  expect(province).toEqual([{ name: 'Tỉnh An Giang', code: '91' }])
  return renames
}

let before: Awaited<ReturnType<typeof stateOf>>
let plan: {
  units: {
    code: string
    action: string
    keep: string | null
    slug: string
    from: { code: string; content: boolean; proposed?: true }[]
  }[]
  splits: { code: string; contentTo: string; alsoTo: string[] }[]
  unmapped: { code: string }[]
  problems: unknown[]
  totals: { newUnits: number; merged: number; provisioned: number; oldCommunes: number }
}

beforeAll(async () => {
  if (mongo) return
  matomo = await startMatomoStandIn({ token: TEST_MATOMO_TOKEN })
  // A consistent copy of the suite's database (other files keep writing to it meanwhile).
  fs.mkdirSync(dirA, { recursive: true })
  const shared = inject('dataDir')
  const source = createClient({ url: `file:${dbOf(shared)}` })
  await source.execute({ sql: 'VACUUM INTO ?', args: [dbOf(dirA)] })
  source.close()
  for (const file of ['.payload-secret', 'demo-credentials.json'])
    if (fs.existsSync(path.join(shared, file))) fs.copyFileSync(path.join(shared, file), path.join(dirA, file))
  if (fs.existsSync(path.join(shared, 'media')))
    fs.cpSync(path.join(shared, 'media'), path.join(dirA, 'media'), { recursive: true })
  fs.cpSync(dirA, dirB, { recursive: true })
  before = await stateOf(dirA)
}, 120_000)

afterAll(async () => {
  await stopProcess(server, 5000)
  await matomo?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe.skipIf(mongo)('the 2025 reorganisation of An Giang (MongoDB: content moves need SQL)', () => {
  it('plans the real mapping: 102 units, 54 from existing sites, 48 from nothing, splits and unmapped units named', async () => {
    const run = await reorganise(dirA, ['--plan', '--out', planFile])
    expect(run.code, run.out).toBe(0)
    expect(run.out).toContain('102 đơn vị mới: 54 hình thành từ')
    plan = JSON.parse(fs.readFileSync(planFile, 'utf8'))
    expect(plan.totals).toMatchObject({ newUnits: 102, merged: 54, provisioned: 48 })
    // Vĩnh Châu, Phú Hội and Phước Hưng were split between successors; each content goes to one.
    expect(plan.splits.map((s) => s.code).sort()).toEqual(['30334', '30355', '30358'])
    for (const split of plan.splits)
      expect(plan.units.filter((u) => u.from.some((f) => f.code === split.code && f.content))).toHaveLength(1)
    // Two 2023 communes are not in the mapping: each proposed to the successor most of its
    // district went to (Đông Xuyên → Phường Long Xuyên), marked, and listed as problems.
    const proposed = plan.units.flatMap((u) => u.from.filter((f) => f.proposed).map((f) => [f.code, u.code]))
    expect(proposed.map(([code]) => code)).toEqual(expect.arrayContaining(['30285', '30622']))
    expect(proposed).toContainEqual(['30285', '30307'])
    expect(run.out).toMatch(
      /Phường Đông Xuyên \(30285\): Đơn vị đang có trang nhưng không có trong bảng sáp nhập\. → Kế hoạch đề xuất sáp nhập vào Phường Long Xuyên/,
    )
    // New 30292 "Phường Bình Đức" keeps the record of old 30292 (Bình Khánh) and takes the slug of old Bình Đức.
    const binhDuc = plan.units.find((u) => u.code === '30292')!
    expect(binhDuc).toMatchObject({ action: 'merge', keep: '30292', slug: 'binh-duc' })
    expect(binhDuc.from.map((f) => f.code).sort()).toEqual(['30289', '30292', '30310'])
    expect(run.out).toMatch(/Vấn đề cần xem/)
  }, 120_000)

  it('applies it: every item moved, old communes merged, boards moved, redirects recorded; a second apply changes nothing', async () => {
    const first = await reorganise(dirA, ['--apply', planFile, '--no-build'])
    expect(first.code, first.out).toBe(0)
    expect(first.out).toMatch(/102\/102/)
    const after = await stateOf(dirA)
    const live = after.communes.filter((c) => c.status === 'live')
    // The 102 units, and any commune other test files of the suite had added when it was copied
    // that the plan could not place (no district): those stay as they were.
    const kept = new Set(plan.unmapped.map((u) => u.code))
    expect(live).toHaveLength(102 + kept.size)
    expect(live.every((c) => c.no_district || kept.has(String(c.code)))).toBe(true)
    expect(live.filter((c) => plan.units.some((u) => u.code === c.code))).toHaveLength(102)
    // Posts and documents: the same number before and after, none left at a merged commune.
    const sum = (rows: Record<string, unknown>[], key: string) => rows.reduce((n, r) => n + Number(r[key]), 0)
    for (const key of ['posts', 'documents']) expect(sum(after.items, key)).toBe(sum(before.items, key))
    const merged = new Set(after.communes.filter((c) => c.status === 'merged').map((c) => c.code))
    expect(merged.size).toBe(plan.totals.oldCommunes - plan.totals.merged)
    expect(
      after.items.filter((r) => merged.has(String(r.code))).every((r) => Number(r.posts) + Number(r.pages) === 0),
    ).toBe(true)
    // Everyone who was on a board still is, now at a live commune (someone on the boards of two
    // communes merged together keeps one membership, with the higher role).
    const people = (rows: Record<string, unknown>[]) => [...new Set(rows.map((m) => String(m.email)))].sort()
    expect(people(after.members)).toEqual(people(before.members))
    const liveCodes = new Set(live.map((c) => c.code))
    expect(after.members.every((m) => liveCodes.has(m.code))).toBe(true)
    expect(after.redirects.length).toBeGreaterThanOrEqual(100)
    // The province's own name and code follow the merger: An Giang (89) + Kiên Giang → An Giang (91).
    const renames = await expectMatomoAndProvinceFollow()

    const again = await reorganise(dirA, ['--apply', planFile, '--no-build'])
    expect(again.code, again.out).toBe(0)
    expect(again.out).toContain('Kết quả: 0 đơn vị thay đổi')
    const renamesAfter = (await readApiCalls(matomo.url)).calls.filter((c) => c.apiMethod === 'SitesManager.updateSite')
    expect(renamesAfter).toHaveLength(renames.length)
    expect(await stateOf(dirA)).toEqual(after)
  }, 300_000)

  it('a run killed in the middle, run again, ends in the same state as one uninterrupted run', async () => {
    const killed = await reorganise(dirB, ['--apply', planFile, '--no-build'], /\n2\d\/102 /)
    expect(killed.code).not.toBe(0)
    const resumed = await reorganise(dirB, ['--apply', planFile, '--no-build'])
    expect(resumed.code, resumed.out).toBe(0)
    expect(resumed.out).toMatch(/đã xong từ trước/)
    expect(await stateOf(dirB)).toEqual(await stateOf(dirA))
  }, 300_000)

  it('served: old hosts answer 301 to the same article, category and document; old accounts work in the new commune', async () => {
    await startServerOn(dirA)
    const after = await stateOf(dirA)
    const slugOf = new Map(after.communes.map((c) => [String(c.code), String(c.slug)]))
    for (const r of after.redirects) {
      const reply = await get(`${r.from_slug}.localhost`, '/')
      expect(reply.status, `${r.from_slug}`).toBe(r.kind === 'split' ? 200 : 301)
      if (r.kind !== 'split') expect(reply.location).toMatch(new RegExp(`^https?://${slugOf.get(String(r.target))}\\.`))
    }
    // Old Mỹ Bình (in Phường Long Xuyên now): an article, a category and a document land on the same item.
    const myBinh = after.redirects.find((r) => r.from_slug === 'my-binh')!
    const paths = JSON.parse(String(myBinh.paths)) as Record<string, string>
    for (const prefix of ['/tin-tuc/bai/', '/van-ban/', '/tin-tuc/']) {
      const [oldPath, newPath] = Object.entries(paths).find(([p]) => p.startsWith(prefix) && p !== prefix)!
      const reply = await get('my-binh.localhost', oldPath)
      expect(reply.status).toBe(301)
      const target = new URL(reply.location!)
      expect(target.pathname).toBe(newPath)
      expect(target.hostname).toBe(`${slugOf.get(String(myBinh.target))}.localhost`)
      expect((await get(target.hostname, target.pathname)).status, target.href).toBe(200)
    }
    // The chief of old Mỹ Bình logs in and works in Phường Long Xuyên as the plan says (editor).
    const { tenants } = await loginAsDemo('chief', 'my-binh')
    const longXuyen = (await query(dirA, `SELECT id, name FROM communes WHERE code = '30307'`))[0]!
    expect(longXuyen.name).toBe('Phường Long Xuyên')
    expect(tenants).toEqual([{ tenant: Number(longXuyen.id), role: 'editor' }])
    // The province's oversight follows the new structure: the 102 units, none of the merged ones.
    const rows = await oversightRows()
    expect(rows).toHaveLength(102 + plan.unmapped.length)
    expect(rows).toContain('Phường Long Xuyên')
  }, 600_000)
})
