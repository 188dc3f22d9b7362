import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../scripts/lib/free-port'
import { SUITE_SEED_ENV } from '../support/suite-seed'

/**
 * "Thực hiện" through the API as the admin's buttons send it, on a server of this file's own (a
 * copy of the suite's database: the shared communes are every other file's): the run is the
 * applyReorganisation job, started at once; a second run is refused while it runs; the status
 * gives its progress and report; every step is in the audit log; the old address answers 301.
 */
const root = path.resolve(import.meta.dirname, '../..')
const mongo = Boolean(process.env.MONGODB_TEST_URI)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reorganisation-run-'))
let server: ChildProcess | undefined
let port = 0
let token = ''

type Reply = { status: number; body: Record<string, unknown> & { errors?: { message: string }[] } }
const call = async (method: string, url: string, body?: unknown): Promise<Reply> => {
  const response = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: { Authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Reply['body'] }
}

/** The old site's host, as a citizen's browser asks it (Node's fetch would not send this Host). */
const oldAddress = (host: string): Promise<{ status: number; location?: string }> =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/', headers: { Host: `${host}:${port}` } }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, location: res.headers.location })
    })
    req.on('error', reject)
    req.end()
  })

const startServer = async () => {
  port = await freePort()
  server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
    cwd: root,
    // The suite's own seed settings: the copied database already holds all of it.
    env: {
      ...process.env,
      ...SUITE_SEED_ENV,
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOBS_AUTORUN: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 400_000)
    server!.stdout!.on('data', (c: Buffer) => {
      output += c.toString()
      if (output.includes('Admin: http')) {
        clearTimeout(timer)
        resolve()
      }
    })
    server!.stderr!.on('data', (c: Buffer) => {
      output += c.toString()
    })
    server!.once('exit', (code) => reject(new Error(`server exited with ${String(code)}:\n${output}`)))
  })
}

/**
 * Each commune's live build, copied, so that the server here starts without building the 156
 * sites again. A site the suite is switching meanwhile is skipped (the server builds it).
 */
const copyLiveSites = (shared: string) => {
  const from = path.join(shared, 'sites')
  if (!fs.existsSync(from)) return
  for (const slug of fs.readdirSync(from)) {
    try {
      const link = fs.readlinkSync(path.join(from, slug, 'current'))
      fs.cpSync(path.join(from, slug, link), path.join(dir, 'sites', slug, link), { recursive: true })
      fs.symlinkSync(link, path.join(dir, 'sites', slug, 'current'))
    } catch {
      fs.rmSync(path.join(dir, 'sites', slug), { recursive: true, force: true })
    }
  }
}

beforeAll(async () => {
  if (mongo) return
  const shared = inject('dataDir')
  const source = createClient({ url: `file:${path.join(shared, 'commune-sites.db')}` })
  await source.execute({ sql: 'VACUUM INTO ?', args: [path.join(dir, 'commune-sites.db')] })
  source.close()
  for (const file of ['.payload-secret', 'demo-credentials.json'])
    fs.copyFileSync(path.join(shared, file), path.join(dir, file))
  copyLiveSites(shared)
  await startServer()
  const admin = (
    JSON.parse(fs.readFileSync(path.join(dir, 'demo-credentials.json'), 'utf8')) as {
      email: string
      password: string
      role: string
    }[]
  ).find((c) => c.role === 'province-admin')!
  const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  token = ((await login.json()) as { token: string }).token
}, 600_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    if (server.exitCode === null) server.kill('SIGKILL')
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

type Status = {
  state: string
  done: number
  total: number
  lines: string[]
  error: string | null
  report: { changed: number; units: { code: string; changed: boolean }[] } | null
}

const finished = async (): Promise<Status> => {
  for (;;) {
    const status = (await call('GET', '/api/reorganisation/status')).body.status as Status
    if (status.state !== 'running' && status.state !== 'scheduled') return status
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe.skipIf(mongo)('applying from the admin (MongoDB: content moves need SQL)', () => {
  it('runs the job at once for the chosen units, refuses a second run meanwhile, reports progress and result', async () => {
    const made = await call('POST', '/api/reorganisation/plan', {})
    expect(made.status).toBe(201)
    // New Phường Long Xuyên (30307) takes six 2023 wards; new Phường Mỹ Thới (30301) takes two.
    const only = ['30307', '30301']
    const started = await call('POST', '/api/reorganisation/apply', { only })
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body.message).toBe('Đã bắt đầu thực hiện kế hoạch cho 2 đơn vị mới (30307, 30301).')
    const second = await call('POST', '/api/reorganisation/apply', { only: ['30292'] })
    expect(second.status).toBe(409)
    expect(second.body.errors?.[0]?.message).toMatch(/^(Đang thực hiện kế hoạch sắp xếp|Một lần thực hiện đang chờ)/)
    expect((await call('POST', '/api/reorganisation/plan', {})).status).toBe(409)

    const status = await finished()
    expect(status.error).toBeNull()
    expect(status).toMatchObject({ state: 'done', done: 2, total: 2 })
    expect(status.lines[0]).toMatch(/^1\/2 Phường (Long Xuyên|Mỹ Thới): đã sáp nhập \(\d+ giây, còn khoảng \d+ giây\)$/)
    expect(status.lines.at(-1)).toMatch(/^Xong: 2 đơn vị thay đổi, 0 đã xong từ trước/)
    expect(status.report?.units.map((u) => u.code).sort()).toEqual(['30301', '30307'])

    // Every step audited, as the province admin who asked.
    const log = await call('GET', '/api/audit-logs?where[action][equals]=reorganise&sort=at&limit=50&depth=0')
    const entries = (log.body.docs as { summary: string; userEmail: string }[]).map((d) => d.summary)
    expect(entries).toContain('Đã bắt đầu thực hiện kế hoạch cho 2 đơn vị mới (30307, 30301).')
    expect(entries).toContain('Bắt đầu thực hiện kế hoạch sắp xếp: 2 đơn vị mới')
    expect(entries).toContain('Sáp nhập Phường Mỹ Thạnh vào Phường Mỹ Thới')
    expect(entries.some((s) => s.startsWith('Xong: 2 đơn vị thay đổi'))).toBe(true)

    // The old ward's address now answers 301 to the new unit.
    const old = await oldAddress('my-thanh.localhost')
    expect(old.status).toBe(301)
    expect(old.location).toMatch(/^http:\/\/my-thoi\.localhost:\d+\/$/)

    // Run again: nothing left to do.
    expect((await call('POST', '/api/reorganisation/apply', { only })).status).toBe(202)
    const again = await finished()
    expect(again).toMatchObject({ state: 'done', done: 2, total: 2 })
    expect(again.report?.changed).toBe(0)
  }, 600_000)
})
