import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../lib/free-port'
import { startServer, stopProcess } from '../lib/server-process'

type Log = (line: string) => void
type Run = { seconds: number; code: number | null; output: string }

const run = (root: string, env: NodeJS.ProcessEnv, script: string, args: string[], log: Log): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString()
      for (const line of c.toString().split('\n'))
        if (
          /^(\d+)\/\d+ |Seeded|Kết quả|Đang xây dựng|sites built/.test(line) &&
          /0\/|Seeded|Kết|Đang|sites/.test(line)
        )
          log(line.trim())
    })
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ seconds: (performance.now() - started) / 1000, code, output }))
  })

const status = (port: number, host: string): Promise<number> =>
  new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/', headers: { Host: `${host}:${port}` } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve(0))
    req.end()
  })

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * The 2025 reorganisation of An Giang (issue 13) in a data folder of its own: the 156 communes of
 * 2023 seeded with the standard demo content (every commune), the real server running on it;
 * then `npm run reorganise -- --plan` and `--apply` (content moved, 48 units provisioned, the
 * new sites rebuilt), timed until an old address answers 301 (redirects live). Target < 300 s.
 */
export async function measureReorganisation(root: string, log: Log) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-bench-reorganise-'))
  const port = await freePort()
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO_SCALE: '1',
    SEED_DEMO_COMMUNES: '',
    JOBS_AUTORUN: 'false',
  }
  let server: ChildProcess | undefined
  try {
    log(`reorganisation: seeding 156 communes with the standard demo content into ${dataDir}...`)
    const seeded = await run(root, env, 'scripts/seed.ts', [], log)
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.output.slice(-3000)}`)
    log('reorganisation: starting the server (first build of every site)...')
    server = await startServer(root, env)
    const planFile = path.join(dataDir, 'plan.json')
    const plan = await run(root, env, 'scripts/reorganise.ts', ['--plan', '--out', planFile, '--json'], log)
    if (plan.code !== 0) throw new Error(`plan failed:\n${plan.output.slice(-3000)}`)
    const totals = JSON.parse(plan.output.trim().split('\n').at(-1) ?? '{}').totals as { items: number }
    log(`reorganisation: plan in ${plan.seconds.toFixed(1)} s (${totals.items} items to move); applying...`)
    const started = performance.now()
    const apply = await run(root, env, 'scripts/reorganise.ts', ['--apply', planFile, '--json'], log)
    if (apply.code !== 0) throw new Error(`apply failed:\n${apply.output.slice(-3000)}`)
    const report = JSON.parse(apply.output.trim().split('\n').at(-1) ?? '{}').report as { built: number }
    // "Redirects live": the server answers 301 on an old host (old Mỹ Bình, merged into Long Xuyên).
    while ((await status(port, 'my-binh.localhost')) !== 301) {
      if (performance.now() - started > 600_000) throw new Error('old host my-binh never answered 301')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const total = (performance.now() - started) / 1000 + plan.seconds
    return {
      reorganiseSeconds: round1(total),
      reorganisePlanSeconds: round1(plan.seconds),
      reorganiseApplySeconds: round1(apply.seconds),
      reorganiseItemsMoved: totals.items,
      reorganiseSitesBuilt: report.built,
    }
  } finally {
    await stopProcess(server)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
