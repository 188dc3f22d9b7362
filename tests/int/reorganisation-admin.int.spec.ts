import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loginAs, rest, send } from '../support/api'
import { rawRequest } from '../support/via-proxy'
import { sharedPayload } from '../support/shared-payload'

/**
 * The reorganisation for the province admin over REST (/api/reorganisation/*), on the suite's
 * shared server: only the province admin plans, reads, edits, applies and schedules; the plan of
 * the shipped mapping (or one sent) is stored and read back; an edited plan is checked; apply's
 * refusals (unknown units, a time past, a second run while one is scheduled); a run scheduled
 * through the API and through `npm run reorganise -- --apply <plan> --at <time>` is a queued job
 * due at that time, then cancelled. Nothing is ever applied here: the shared communes are every
 * other file's (the server runs no jobs, JOBS_AUTORUN=false, and no apply is asked for now).
 */
const root = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reorganisation-admin-'))
let adminToken = ''
let payload: Payload
const REFUSED_ROLES = [
  ['chief', 'my-binh'],
  ['editor', 'my-binh'],
  ['contributor', 'my-binh'],
  ['district-viewer', undefined],
] as const

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

const applyJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'applyReorganisation' } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as {
    id: number | string
    waitUntil?: string | null
    hasError?: boolean | null
    completedAt?: string | null
    processing?: boolean | null
    input?: { only?: string[] | null; actor?: string }
  }[]

const pendingJobs = async () => (await applyJobs()).filter((j) => !j.hasError && !j.completedAt)

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  payload = await sharedPayload()
  // A run left scheduled by an earlier, aborted run of this file would refuse ours.
  await rest('DELETE', '/api/reorganisation/apply', { token: adminToken })
})

afterAll(async () => {
  if (payload) {
    for (const job of await applyJobs())
      await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    await payload.destroy()
  }
  fs.rmSync(path.join(inject('dataDir'), 'reorganisation'), { recursive: true, force: true })
  fs.rmSync(work, { recursive: true, force: true })
})

describe('who may reorganise', () => {
  const doors = [
    ['POST', '/api/reorganisation/plan', {}],
    ['GET', '/api/reorganisation/plan', undefined],
    ['PUT', '/api/reorganisation/plan', {}],
    ['POST', '/api/reorganisation/apply', { at: inDays(30) }],
    ['DELETE', '/api/reorganisation/apply', undefined],
    ['GET', '/api/reorganisation/status', undefined],
  ] as const

  it('every board role and the district viewer are refused (403) in Vietnamese on every door', async () => {
    for (const [role, commune] of REFUSED_ROLES) {
      const { token } = await loginAs(role, commune)
      for (const [method, url, body] of doors) {
        const reply = await rest(method, url, { token, body })
        expect(reply.status, `${role} ${method} ${url}`).toBe(403)
        expect(reply.body.errors[0].message).toBe('Chỉ quản trị tỉnh được sắp xếp đơn vị hành chính.')
      }
    }
    expect(await pendingJobs()).toEqual([])
  })

  it('the anonymous are refused (403) and told to log in as the province admin', async () => {
    for (const [method, url, body] of doors) {
      const reply = await rest(method, url, { body })
      expect(reply.status, `${method} ${url}`).toBe(403)
      expect(reply.body.errors[0].message).toMatch(/^Cần đăng nhập bằng tài khoản quản trị tỉnh/)
    }
  })
})

describe('the plan', () => {
  it('is made from the shipped mapping, stored, and read back with its text', async () => {
    const made = await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: {} })
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201)
    const { plan, text } = made.body
    expect(plan.format).toBe('commune-sites/reorganisation-plan@1')
    expect(plan.units).toHaveLength(102)
    expect(plan.mapping.file).toBe('cms/features/reorganisation/data/an-giang-2025.json')
    expect(plan.totals.newUnits).toBe(102)
    expect(text).toMatch(/^Kế hoạch sắp xếp đơn vị hành chính: Tỉnh An Giang/)
    const read = await rest('GET', '/api/reorganisation/plan', { token: adminToken })
    expect(read.status).toBe(200)
    expect(read.body.plan).toEqual(plan)
    expect(read.body.text).toBe(text)
  })

  it('is replaced by an edited plan that passes the checks; a broken edit gets its problems, in Vietnamese', async () => {
    const made = await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: {} })
    const plan = made.body.plan
    const unit = plan.units.find(
      (u: { action: string; board: unknown[] }) => u.action === 'merge' && u.board.length > 1,
    )
    const member = unit.board.find((m: { role: string }) => m.role !== 'chief')
    member.role = 'chief'
    unit.theme = unit.theme === 1 ? 2 : 1
    const edited = await rest('PUT', '/api/reorganisation/plan', { token: adminToken, body: plan })
    expect(edited.status, JSON.stringify(edited.body).slice(0, 300)).toBe(200)
    const read = await rest('GET', '/api/reorganisation/plan', { token: adminToken })
    const stored = read.body.plan.units.find((u: { code: string }) => u.code === unit.code)
    expect(stored.theme).toBe(unit.theme)
    expect(stored.board.find((m: { email: string }) => m.email === member.email).role).toBe('chief')

    const broken = structuredClone(plan)
    broken.units[0].slug = 'Không Hợp Lệ'
    broken.units[1].theme = 99
    delete broken.splits
    const refused = await rest('PUT', '/api/reorganisation/plan', { token: adminToken, body: broken })
    expect(refused.status).toBe(400)
    const messages = refused.body.errors.map((e: { message: string }) => e.message)
    expect(messages.some((m: string) => m.includes('"slug" chỉ gồm chữ thường'))).toBe(true)
    expect(messages.some((m: string) => m.includes('"theme" phải từ 1 đến'))).toBe(true)
    const notAPlan = await rest('PUT', '/api/reorganisation/plan', { token: adminToken, body: { units: [] } })
    expect(notAPlan.status).toBe(400)
    expect(notAPlan.body.errors[0].message).toMatch(/^Tệp không phải kế hoạch sắp xếp/)
    // The broken edits changed nothing.
    expect((await rest('GET', '/api/reorganisation/plan', { token: adminToken })).body.plan).toEqual(read.body.plan)
  })
})

describe('what may be sent', () => {
  it('is made from a mapping sent in the shared format too; a bad mapping gets its problems', async () => {
    const mapping = {
      source: 'kiểm thử',
      units: [
        {
          code: '30280',
          name: 'Phường Mỹ Bình',
          merges: [
            { old_id: '30280', name: 'Phường Mỹ Bình', type: 'full' },
            { old_id: '30283', name: 'Phường Mỹ Long', type: 'full' },
          ],
        },
      ],
    }
    const made = await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: { mapping } })
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201)
    expect(made.body.plan.units.map((u: { code: string }) => u.code)).toEqual(['30280'])
    expect(made.body.plan.mapping.file).toBe('bảng sáp nhập gửi lên')
    const bad = await rest('POST', '/api/reorganisation/plan', {
      token: adminToken,
      body: { mapping: { units: [{ code: 'x', name: '', merges: 'none' }] } },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.length).toBeGreaterThan(1)
    for (const e of bad.body.errors) expect(e.field).toBe('mapping')
    expect(bad.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/"code" phải là mã/)
    const huge = {
      units: Array.from({ length: 2001 }, (_, i) => ({ code: String(10000 + i), name: 'Xã A', merges: [] })),
    }
    const tooMany = await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: { mapping: huge } })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors[0].message).toMatch(/quá nhiều đơn vị/)
  })

  it('refuses bodies that are not JSON objects, and bodies over the size limit', async () => {
    const headers = { Authorization: `JWT ${adminToken}` }
    const notJson = await send('POST', '/api/reorganisation/plan', {
      body: '{"mapping":',
      headers: { ...headers, 'Content-Type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
    expect(notJson.body.errors[0].message).toBe('Dữ liệu gửi lên không phải JSON hợp lệ.')
    const text = await send('POST', '/api/reorganisation/plan', {
      body: 'mapping',
      headers: { ...headers, 'Content-Type': 'text/plain' },
    })
    expect(text.status).toBe(415)
    const list = await rest('PUT', '/api/reorganisation/plan', { token: adminToken, body: [1, 2] })
    expect(list.status).toBe(400)
    const big = await rawRequest('PUT', '/api/reorganisation/plan', {
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: Buffer.alloc(64 * 1024, 'a'),
      announce: 1.5 * 1024 * 1024,
    })
    expect(big.status, JSON.stringify(big.body)).toBe(413)
    expect(big.body.errors[0].message).toMatch(/quá lớn/)
  })
})

describe('applying', () => {
  it('refuses units the plan does not have and a time that is past or not a time (field named)', async () => {
    const cases = [
      [{ only: ['99999'] }, 'only', /Không có đơn vị mới mã 99999/],
      [{ only: [] }, 'only', /Chọn ít nhất một đơn vị/],
      [{ only: 'all' }, 'only', /Chọn ít nhất một đơn vị/],
      [{ at: '2020-01-01T00:00:00+07:00' }, 'at', /trong tương lai/],
      [{ at: new Date(Date.now() - 60_000).toISOString() }, 'at', /trong tương lai/],
      [{ at: 'ngày mai' }, 'at', /không hợp lệ/],
      [{ at: inDays(365 * 5) }, 'at', /trong vòng hai năm/],
    ] as const
    for (const [body, field, message] of cases) {
      const reply = await rest('POST', '/api/reorganisation/apply', { token: adminToken, body })
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.errors[0].field).toBe(field)
      expect(reply.body.errors[0].message).toMatch(message)
    }
    expect(await pendingJobs()).toEqual([])
  })

  it('schedules the run at an effective date as a queued job; a second is refused (409) until it is cancelled', async () => {
    const at = inDays(30)
    const plan = (await rest('GET', '/api/reorganisation/plan', { token: adminToken })).body.plan
    const only = [plan.units[0].code]
    const scheduled = await rest('POST', '/api/reorganisation/apply', { token: adminToken, body: { at, only } })
    expect(scheduled.status, JSON.stringify(scheduled.body).slice(0, 300)).toBe(202)
    expect(scheduled.body.message).toMatch(
      /^Đã lên lịch thực hiện kế hoạch cho 1 đơn vị mới .* lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/,
    )
    const [job, ...others] = await pendingJobs()
    expect(others).toEqual([])
    expect(new Date(job!.waitUntil!).toISOString()).toBe(at)
    expect(job!.processing).toBeFalsy()
    expect(job!.input).toMatchObject({ only })
    const status = await rest('GET', '/api/reorganisation/status', { token: adminToken })
    expect(status.body.status).toMatchObject({ state: 'scheduled', at, only, done: 0 })
    expect(status.body.plan.units).toBe(plan.units.length)

    const second = await rest('POST', '/api/reorganisation/apply', { token: adminToken, body: { at: inDays(40) } })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(
      /^Đã lên lịch thực hiện lúc \d\d\/\d\d\/\d{4} \d\d:\d\d; hủy lịch trước/,
    )
    expect(await pendingJobs()).toHaveLength(1)

    // The plan may still be edited before the date: the run applies the plan as it is then.
    expect((await rest('PUT', '/api/reorganisation/plan', { token: adminToken, body: plan })).status).toBe(200)

    const cancelled = await rest('DELETE', '/api/reorganisation/apply', { token: adminToken })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status.state).toBe('cancelled')
    expect(await pendingJobs()).toEqual([])
    expect((await rest('DELETE', '/api/reorganisation/apply', { token: adminToken })).status).toBe(404)
  })

  it('every request is in the audit log, with who asked', async () => {
    const log = await rest('GET', '/api/audit-logs?where[action][equals]=reorganise&sort=-at&limit=20&depth=0', {
      token: adminToken,
    })
    const summaries = log.body.docs.map((d: { summary: string }) => d.summary)
    expect(summaries).toContain('Hủy lịch thực hiện kế hoạch sắp xếp')
    expect(summaries.some((s: string) => s.startsWith('Đã lên lịch thực hiện kế hoạch cho 1 đơn vị mới'))).toBe(true)
    expect(summaries.some((s: string) => s.startsWith('Lập kế hoạch sắp xếp: 102 đơn vị mới'))).toBe(true)
    expect(summaries.some((s: string) => s.startsWith('Sửa kế hoạch sắp xếp'))).toBe(true)
  })
})

type Run = { code: number | null; out: string }
const reorganise = (args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/reorganise.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: inject('dataDir'),
        JOBS_AUTORUN: 'false',
        ...(process.env.MONGODB_TEST_URI ? { DATABASE_URI: process.env.MONGODB_TEST_URI } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => resolve({ code, out }))
  })

describe('npm run reorganise -- --apply <plan> --at <time>', () => {
  it('stores the plan and queues the run for that time instead of applying it; a past time is refused', async () => {
    const plan = (await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: {} })).body.plan
    plan.units[0].theme = plan.units[0].theme === 3 ? 4 : 3
    const file = path.join(work, 'plan.json')
    fs.writeFileSync(file, JSON.stringify(plan))

    const past = await reorganise(['--apply', file, '--at', '2020-01-01T00:00:00+07:00'])
    expect(past.code, past.out).toBe(2)
    expect(past.out).toMatch(/cần chọn một thời điểm trong tương lai/)
    const noZone = await reorganise(['--apply', file, '--at', inDays(20).slice(0, 19)])
    expect(noZone.code, noZone.out).toBe(2)
    expect(noZone.out).toMatch(/cần ghi cả múi giờ/)
    expect(await pendingJobs()).toEqual([])

    const at = new Date(Date.now() + 20 * 24 * 3600 * 1000)
    at.setUTCSeconds(0, 0)
    const iso = `${new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 19)}+07:00`
    const run = await reorganise(['--apply', file, '--at', iso, '--no-build'])
    expect(run.code, run.out).toBe(0)
    expect(run.out).toMatch(/lên lịch thực hiện tất cả 102 đơn vị mới lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(giờ Việt Nam\)/)
    const [job, ...others] = await pendingJobs()
    expect(others).toEqual([])
    expect(new Date(job!.waitUntil!).getTime()).toBe(at.getTime())
    expect(job!.input?.actor).toMatch(/^npm run reorganise/)
    const stored = (await rest('GET', '/api/reorganisation/plan', { token: adminToken })).body.plan
    expect(stored.units[0].theme).toBe(plan.units[0].theme)
    const status = (await rest('GET', '/api/reorganisation/status', { token: adminToken })).body.status
    expect(status).toMatchObject({ state: 'scheduled', at: at.toISOString(), only: null })

    // A second schedule while this one waits is refused, and the stored plan is left as it is.
    const again = await reorganise(['--apply', file, '--at', iso])
    expect(again.code, again.out).toBe(2)
    expect(again.out).toMatch(/Đã lên lịch thực hiện lúc/)
    expect((await rest('DELETE', '/api/reorganisation/apply', { token: adminToken })).status).toBe(200)
    expect(await pendingJobs()).toEqual([])
  }, 240_000)
})
