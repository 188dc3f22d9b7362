/**
 * `npm run bench`: every performance target of the publishing issue, measured on this machine
 * in one run over a fresh data folder, printed as one JSON object and kept in bench/results/.
 *
 * 0. `npm start` as on a fresh clone (scripts/bench/startup.ts): until the admin login answers,
 *    until every site is built, the seed's time, peak memory; then a second start.
 * 1. The real server (`npm start`: seeds the province with standard demo content for one
 *    commune, builds every site, runs its build worker) on a free loopback port.
 * 2. Publish-to-live on that commune, through the REST API, the queue and the worker; then a
 *    province alert to all communes until it is on every home page, and gone after its end.
 * 3. The benchmark dataset (at least 150 pages per commune), then a full rebuild of all 156
 *    communes with `npm run sites:build`: the build's wall time (and the command's, start-up
 *    included), pages, pages/s, peak memory of the command's whole process tree.
 * 4. Static serving by the server and by nginx, same files, same load generator.
 * 5. 1,000 posts per commune (156,000), then the CMS REST list of one commune's latest 20.
 * 6. The admin screens a board opens (dashboard, posts list, new post, the commune's page): the
 *    server time of each page with a logged-in session, median and p95 (issue 11: under 1 s).
 * 7. Provisioning, in a data folder of its own: the 156 communes of An Giang from the list
 *    (Matomo stand-in, demo content off, sites built), the same again (creates nothing), then
 *    one more commune with its board.
 * 8. The 2025 reorganisation, in a data folder of its own: 156 communes with standard demo
 *    content into 102 units, sites rebuilt, until an old address answers 301.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchContext, BenchResults } from './bench/context'
import { freePort } from './lib/free-port'
import { treeRssMb } from './lib/process-tree'
import { startServer, stopProcess } from './lib/server-process'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const log = (line: string) => console.error(`[bench] ${line}`)
const BENCH_COMMUNE = 'my-binh'

/** `npm run sites:build` for every commune: wall time, pages and the peak memory of its process tree. */
const fullRebuild = async (env: NodeJS.ProcessEnv) => {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/sites-build.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (c: Buffer) => {
    output += c.toString()
    for (const line of c.toString().split('\n')) if (line.includes('sites built')) log(line.trim())
  })
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 100)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  const m = /Built (\d+) sites, (\d+) pages, in ([\d.]+) s/.exec(output)
  if (code !== 0 || !m) throw new Error(`full rebuild failed (${String(code)}):\n${output.slice(-3000)}`)
  // The build's own time (export, render, switch): the command's start-up (Node, Payload,
  // migrations check) is reported apart, in details.
  const buildSeconds = Number(m[3])
  return {
    fullRebuildSeconds: round(buildSeconds, 1),
    fullRebuildCommandSeconds: round(seconds, 1),
    fullRebuildSites: Number(m[1]),
    fullRebuildPages: Number(m[2]),
    fullRebuildPagesPerSecond: Math.round(Number(m[2]) / buildSeconds),
    fullRebuildPeakRssMb: Math.round(peak),
  }
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits))

const versions = () => {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>
  }
  const v = (name: string) => lock.packages[`node_modules/${name}`]?.version ?? null
  return {
    node: process.versions.node,
    payload: v('payload'),
    next: v('next'),
    astro: v('astro'),
    express: v('express'),
    sqlite: v('@libsql/client'),
  }
}

/**
 * Waits until the server's statistics keeper has analysed `table` as it now is (sqlite_stat1's
 * row count for it reaches the table's), as an admin would after a bulk import.
 */
const serverStatisticsCover = async (payload: BenchContext['payload'], table: string, say: (line: string) => void) => {
  type Client = { execute: (sql: string) => Promise<{ rows: ArrayLike<Record<string, unknown>> }> }
  const { client } = payload.db as unknown as { client: Client }
  // The first number of a value: a count, or a stat ("N …": the table's rows at its ANALYZE).
  const first = async (sql: string) =>
    Number.parseInt(String(Object.values((await client.execute(sql)).rows[0] ?? {})[0] ?? 0), 10) || 0
  const rows = await first(`SELECT count(*) FROM "${table}"`)
  const started = Date.now()
  while (Date.now() - started < 300_000) {
    if ((await first(`SELECT stat FROM sqlite_stat1 WHERE tbl = '${table}' AND idx IS NOT NULL LIMIT 1`)) >= rows)
      return say(`the server analysed ${table} (${rows} rows) after ${((Date.now() - started) / 1000).toFixed(0)} s`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`the server did not refresh its statistics of ${table} within 5 minutes`)
}

/** What is measured on the running bench server: publishing, the full rebuild, serving and the CMS list. */
const measureOnServer = async (ctx: BenchContext, env: NodeJS.ProcessEnv, results: Record<string, unknown>) => {
  const { payload } = ctx
  log('publish-to-live...')
  const { measurePublishToLive } = await import('./bench/publish')
  // Single publishes, back to back, and during a full rebuild: p50, p95 and peak memory of each.
  Object.assign(results, await measurePublishToLive(ctx, { slug: BENCH_COMMUNE }))

  log('province alert to every site...')
  const { measureAlertFanOut } = await import('./bench/alerts')
  Object.assign(results, await measureAlertFanOut(ctx))

  log('benchmark dataset...')
  const { seedBenchContent, topUpPosts } = await import('./bench/dataset')
  const dataset = await seedBenchContent(payload, { perCommune: 150, log })
  log(`dataset: ${JSON.stringify(dataset)}`)
  log('full rebuild of every commune (npm run sites:build)...')
  Object.assign(results, await fullRebuild(env))

  log('static serving: server and nginx...')
  const post = (
    await payload.find({
      collection: 'posts',
      where: { and: [{ 'tenant.slug': { equals: BENCH_COMMUNE } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const { measureServing } = await import('./bench/serving')
  const serving = await measureServing(ctx, {
    slug: BENCH_COMMUNE,
    paths: ['/', ...(post ? [`/tin-tuc/bai/${post.slug}/`] : [])],
  })
  Object.assign(results, serving, {
    servingToNginxRatio: round(serving.servingRequestsPerSecond / serving.nginxRequestsPerSecond, 2),
  })
  log('redirect serving: the old host of a merged commune, against the site pages...')
  const { measureRedirectServing } = await import('./bench/redirects')
  const pages = ['/', ...(post ? [`/tin-tuc/bai/${post.slug}/`] : [])]
  Object.assign(results, await measureRedirectServing(ctx, { slug: BENCH_COMMUNE, paths: pages }))

  log('1,000 posts per commune, then the CMS list...')
  const topUp = await topUpPosts(payload, { perCommune: 1000, log })
  log(`posts: ${JSON.stringify(topUp)}`)
  // The running server refreshes the statistics SQLite plans with once the database has grown.
  await serverStatisticsCover(payload, 'posts', log)
  const { measureCmsList } = await import('./bench/cms-list')
  Object.assign(results, await measureCmsList(ctx, { slug: BENCH_COMMUNE }))

  log('admin screens: dashboard, posts list, new post, the commune page...')
  const { measureAdminScreens } = await import('./bench/admin-screens')
  Object.assign(results, await measureAdminScreens(ctx, { slug: BENCH_COMMUNE }))
}

/** The report: the targets first, every other figure in details; written to bench/results/. */
const writeReport = (results: Record<string, unknown>, runStarted: number): string => {
  const keys: string[] = [
    'startupAdminLoginSeconds',
    'startupAllSitesSeconds',
    'seedSeconds',
    'startupPeakRssMb',
    'publishToLiveP50Ms',
    'publishToLiveP95Ms',
    'fullRebuildSeconds',
    'fullRebuildPages',
    'fullRebuildPagesPerSecond',
    'fullRebuildPeakRssMb',
    'servingRequestsPerSecond',
    'servingP99Ms',
    'nginxRequestsPerSecond',
    'cmsListP95Ms',
    'adminScreenWorstP95Ms',
    'provisionAllSeconds',
    'provisionOneSeconds',
    'reorganiseSeconds',
  ] satisfies (
    | keyof BenchResults
    | 'startupAdminLoginSeconds'
    | 'startupAllSitesSeconds'
    | 'seedSeconds'
    | 'startupPeakRssMb'
    | 'adminScreenWorstP95Ms'
    | 'provisionAllSeconds'
    | 'provisionOneSeconds'
    | 'reorganiseSeconds'
  )[]
  const report = {
    ...Object.fromEntries(keys.map((k) => [k, results[k]])),
    details: Object.fromEntries(Object.entries(results).filter(([k]) => !keys.includes(k))),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`,
    },
    versions: versions(),
    date: new Date().toISOString(),
    benchSeconds: Math.round((Date.now() - runStarted) / 1000),
  }
  const json = JSON.stringify(report, null, 2)
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench/results', `${report.date.slice(0, 19).replace(/:/g, '-')}.json`), `${json}\n`)
  fs.writeFileSync(path.join(root, 'bench/results/latest.json'), `${json}\n`)
  return json
}

const main = async () => {
  const runStarted = Date.now()
  // First, alone on the machine: `npm start` as on a fresh clone (its own data folder and admin build).
  log('start-up: npm start on a fresh data folder, the admin built from nothing...')
  const { measureStartup } = await import('./bench/startup')
  const startup = await measureStartup(root, log)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-bench-'))
  const port = await freePort()
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO_SCALE: '1',
    SEED_DEMO_COMMUNES: '1',
    JOBS_AUTORUN: 'false',
    // The server's statistics keeper (cms/runtime/database.ts) looks every 5 s, not every minute.
    DB_STATS_CHECK_SECONDS: '5',
  }
  log(`data folder ${dataDir}; starting the server on port ${port} (seed + first build of every site)...`)
  const { ensureAdminBuild } = await import('./build-admin')
  ensureAdminBuild()
  const server = await startServer(root, env)
  log(`server up after ${((Date.now() - runStarted) / 1000).toFixed(0)} s`)

  process.env.DATA_DIR = dataDir
  process.env.JOBS_AUTORUN = 'false'
  const { bootPayload } = await import('../cms/boot')
  const payload = await bootPayload()
  const ctx: BenchContext = {
    root,
    dataDir,
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    siteHost: (slug) => `${slug}.localhost:${port}`,
    payload,
    log,
  }
  const results: Partial<BenchResults> & Record<string, unknown> = { ...startup }
  try {
    await measureOnServer(ctx, env, results)
  } finally {
    await stopProcess(server)
    await payload.destroy().catch(() => undefined)
  }

  // Provisioning measures a province created from nothing, in a data folder of its own.
  log('provisioning: the 156 communes from the list, again, then one more...')
  const { measureProvisioning } = await import('./bench/provision')
  Object.assign(results, await measureProvisioning(ctx))

  // The 2025 reorganisation, in a data folder of its own seeded with standard demo content.
  log('reorganisation: 156 communes into 102 (plan, apply, sites rebuilt, redirects live)...')
  const { measureReorganisation } = await import('./bench/reorganise')
  Object.assign(results, await measureReorganisation(root, log))

  const json = writeReport(results, runStarted)
  fs.rmSync(dataDir, { recursive: true, force: true })
  console.log(json)
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
