/**
 * `npm start` as a new user runs it after `npm ci`: no configuration, an empty data folder and
 * no admin build yet (a distDir of its own, removed first, so Next compiles from nothing as on
 * a fresh clone and nobody else's cms/.next is touched). Timed from the spawn:
 *
 * - startupAdminLoginSeconds: until /admin/login answers 200;
 * - startupFirstSiteSeconds: until the first commune's home page answers 200;
 * - startupAllSitesSeconds: until the server prints "Admin: " (every site built);
 * - seedSeconds, adminBuildSeconds: as the server logs them;
 * - startupPeakRssMb: peak resident memory of the whole process tree (server, Next build, Astro);
 * - restartSeconds: a second `npm start` on the same data folder, until it is ready.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../lib/free-port'
import { treeRssMb } from '../lib/process-tree'
import { stopProcess } from '../lib/server-process'

const DIST_DIR = '.next-bench-startup'

type Run = {
  child: ChildProcess
  output: () => string
  /** Seconds from the spawn until the line matching `pattern` was printed. */
  line: (pattern: RegExp) => Promise<number>
  seconds: () => number
  peakRssMb: () => number
}

const startNpmStart = (root: string, env: NodeJS.ProcessEnv): Run => {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const waiters: { pattern: RegExp; resolve: (s: number) => void }[] = []
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    const now = (performance.now() - started) / 1000
    for (const w of [...waiters])
      if (w.pattern.test(output)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(now)
      }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 250)
  child.once('exit', () => clearInterval(sampler))
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`npm start exited (${String(code)}):\n${output.slice(-4000)}`))),
  )
  exited.catch(() => undefined)
  return {
    child,
    output: () => output,
    line: (pattern) =>
      Promise.race([
        new Promise<number>((resolve) => {
          if (pattern.test(output)) resolve((performance.now() - started) / 1000)
          else waiters.push({ pattern, resolve })
        }),
        exited,
      ]),
    seconds: () => (performance.now() - started) / 1000,
    peakRssMb: () => Math.round(peak),
  }
}

/** Polls a URL (with this Host header) until it answers 200; seconds since the run's spawn. */
const until200 = async (run: Run, url: string, host: string, timeoutS = 900): Promise<number> => {
  while (run.seconds() < timeoutS) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited:\n${run.output().slice(-4000)}`)
    const status = await fetch(url, { headers: { host }, redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      .then(async (res) => {
        await res.arrayBuffer()
        return res.status
      })
      .catch(() => 0)
    if (status === 200) return run.seconds()
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} (${host}) did not answer 200 within ${timeoutS} s:\n${run.output().slice(-4000)}`)
}

const round1 = (n: number) => Math.round(n * 10) / 10
const logged = (output: string, pattern: RegExp) => {
  const m = pattern.exec(output)
  return m ? Number(m[1]) : null
}

export async function measureStartup(root: string, log: (line: string) => void) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-bench-startup-'))
  const distPath = path.join(root, 'cms', DIST_DIR)
  fs.rmSync(distPath, { recursive: true, force: true })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' }
  env.ADMIN_DIST_DIR = DIST_DIR
  for (const name of ['SEED_DEMO_SCALE', 'SEED_DEMO_COMMUNES', 'SKIP_ADMIN_BUILD', 'JOBS_AUTORUN', 'SITES_WORKER'])
    delete env[name]
  const units = JSON.parse(
    fs.readFileSync(path.join(root, 'cms/features/provisioning/data/an-giang-2023.json'), 'utf8'),
  ) as { communes: { slug: string }[] }
  const firstSlug = units.communes[0]!.slug
  const base = `http://127.0.0.1:${port}`
  // Next adds its distDir's types to these two files when it builds into a new distDir; the admin
  // source hash covers tsconfig.json, so a second start would rebuild the admin. A user's `.next`
  // is already listed: put them back before the second start (and after the run).
  const nextEdits = ['tsconfig.json', 'cms/next-env.d.ts'].map((file) => path.join(root, file))
  const before = nextEdits.map((file) => fs.readFileSync(file))
  const restore = () => {
    for (const [i, file] of nextEdits.entries()) fs.writeFileSync(file, before[i]!)
  }
  let run: Run | undefined
  try {
    log(`npm start on a fresh data folder (${dataDir}) with no admin build (cms/${DIST_DIR})...`)
    run = startNpmStart(root, env)
    const current = run
    const [login, firstSite, all] = await Promise.all([
      until200(current, `${base}/admin/login`, `localhost:${port}`).then((s) => {
        log(`admin login answers 200 after ${s.toFixed(1)} s`)
        return s
      }),
      until200(current, `${base}/`, `${firstSlug}.localhost:${port}`).then((s) => {
        log(`first site (${firstSlug}) answers 200 after ${s.toFixed(1)} s`)
        return s
      }),
      current.line(/^Admin: http/m),
    ])
    log(`every site built ("Admin: " printed) after ${all.toFixed(1)} s`)
    const output = current.output()
    const first = {
      startupAdminLoginSeconds: round1(login),
      startupFirstSiteSeconds: round1(firstSite),
      startupAllSitesSeconds: round1(all),
      seedSeconds: logged(output, /Seeded \d+ communes in (\d+) s/),
      adminBuildSeconds: logged(output, /Admin interface built in (\d+) s/),
      startupPeakRssMb: current.peakRssMb(),
      startupSeedLine: /Seeded .*/.exec(output)?.[0] ?? null,
    }
    await stopProcess(current.child)
    restore()
    log('npm start again on the same data folder...')
    run = startNpmStart(root, env)
    const again = await run.line(/^Admin: http/m)
    const againLogin = await until200(run, `${base}/admin/login`, `localhost:${port}`)
    return { ...first, restartSeconds: round1(Math.max(again, againLogin)) }
  } finally {
    await stopProcess(run?.child)
    restore()
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(distPath, { recursive: true, force: true })
  }
}
