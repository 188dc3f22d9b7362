/**
 * Redirect serving (issue 13): the old host of a commune merged away answers 301 as fast as the
 * sites answer their pages. One redirect row is written for the bench commune (its old host,
 * `bench-cu-<slug>`, with 300 mapped paths, as a reorganised commune's row holds), then wrk runs
 * on the commune's own pages and on the old host in turn, `runs` times each, the same way as the
 * static-serving bench (one thread, 64 keep-alive connections, 2 s warm-up, 10 s measured);
 * medians. The row is removed after.
 *
 * Alone, against a server you started yourself (see serving-only.ts for the server):
 *
 *   npm exec -- tsx scripts/bench/redirects.ts --url http://127.0.0.1:4310 --data-dir /tmp/data \
 *     [--slug my-binh] [--runs 3]
 */
import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { percentile, type BenchContext } from './context'

const CONNECTIONS = 64
const WARM_UP_SECONDS = 2
const MEASURE_SECONDS = 10
const MAPPED_PATHS = 300

export type RedirectServingResult = {
  redirectRequestsPerSecond: number
  redirectP99Ms: number
  /** The site's own pages, measured in the same run, alternating with the redirects. */
  redirectBenchSitePageRequestsPerSecond: number
  redirectToSitePageRatio: number
}

type Reply = { status: number; location?: string }

const get = (baseUrl: string, host: string, urlPath: string): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const url = new URL(urlPath, baseUrl)
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { Host: host, 'Accept-Encoding': 'gzip, br' },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }))
      },
    )
    req.on('error', reject)
    req.end()
  })

/** wrk's script: cycle through the paths and print the summary as one JSON line (as serving.ts). */
const wrkScript = (paths: string[]) => `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"durationUs":%d,"p99Us":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(99), e.connect + e.read + e.write + e.status))
end
`

type Load = { requestsPerSecond: number; p99Ms: number }

const loadTest = async (wrk: string, baseUrl: string, host: string, paths: string[]): Promise<Load> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-redirects-'))
  const script = path.join(dir, 'paths.lua')
  fs.writeFileSync(script, wrkScript(paths))
  const run = async (seconds: number) => {
    const { stdout } = await promisify(execFile)(
      wrk,
      [
        '-t1',
        `-c${CONNECTIONS}`,
        `-d${seconds}s`,
        '--timeout',
        '5s',
        '-s',
        script,
        '-H',
        `Host: ${host}`,
        '-H',
        'Accept-Encoding: gzip, br',
        `${baseUrl}/`,
      ],
      { encoding: 'utf8' },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('WRK_RESULT '))
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`)
    return JSON.parse(line.slice('WRK_RESULT '.length)) as {
      requests: number
      durationUs: number
      p99Us: number
      errors: number
    }
  }
  try {
    await run(WARM_UP_SECONDS)
    const r = await run(MEASURE_SECONDS)
    if (r.errors) throw new Error(`${host}: ${r.errors} failed requests of ${r.requests}`)
    return { requestsPerSecond: r.requests / (r.durationUs / 1e6), p99Ms: r.p99Us / 1000 }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const findWrk = (): string => {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' })
  if (found.status !== 0) throw new Error('wrk is missing: the serving bench installs it (apt-get install -y wrk)')
  return found.stdout.trim()
}

export async function measureRedirectServing(
  ctx: BenchContext,
  { slug, paths, runs = 3 }: { slug: string; paths: string[]; runs?: number },
): Promise<RedirectServingResult> {
  const wrk = findWrk()
  const commune = (
    await ctx.payload.find({ collection: 'communes', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  ).docs[0]
  if (!commune) throw new Error(`no commune ${slug}`)
  const oldSlug = `bench-cu-${slug}`
  const mapped: Record<string, string> = {}
  for (let i = 0; i < MAPPED_PATHS; i++) mapped[`/tin-tuc/bai/bai-cu-${i}/`] = paths[i % paths.length]!
  const stale = await ctx.payload.find({ collection: 'redirects', where: { fromSlug: { equals: oldSlug } }, depth: 0 })
  for (const row of stale.docs) await ctx.payload.delete({ collection: 'redirects', id: row.id })
  const row = await ctx.payload.create({
    collection: 'redirects',
    data: {
      fromName: 'Phường Cũ (đo hiệu năng)',
      fromCode: '99999',
      fromSlug: oldSlug,
      to: commune.id,
      kind: 'merged',
      paths: mapped,
    },
  })
  try {
    const siteHost = ctx.siteHost(slug)
    const oldHost = ctx.siteHost(oldSlug)
    // The home page's redirect and a mapped page's: what an old link from a search engine asks.
    const oldPaths = ['/', '/tin-tuc/bai/bai-cu-1/']
    const deadline = Date.now() + 15_000
    while ((await get(ctx.baseUrl, oldHost, '/')).status !== 301) {
      if (Date.now() > deadline) throw new Error(`${oldHost} does not answer 301 within 15 s of its row`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    for (const p of oldPaths) {
      const reply = await get(ctx.baseUrl, oldHost, p)
      if (reply.status !== 301 || !reply.location) throw new Error(`${oldHost}${p} answers ${reply.status}`)
    }
    for (const p of paths) {
      const reply = await get(ctx.baseUrl, siteHost, p)
      if (reply.status !== 200) throw new Error(`${siteHost}${p} answers ${reply.status}`)
    }
    const site: Load[] = []
    const redirect: Load[] = []
    for (let i = 0; i < runs; i++) {
      site.push(await loadTest(wrk, ctx.baseUrl, siteHost, paths))
      redirect.push(await loadTest(wrk, ctx.baseUrl, oldHost, oldPaths))
      ctx.log(
        `redirects run ${i + 1}/${runs}: site pages ${Math.round(site[i]!.requestsPerSecond)} requests/s, redirects ${Math.round(redirect[i]!.requestsPerSecond)} requests/s (p99 ${redirect[i]!.p99Ms.toFixed(1)} ms)`,
      )
    }
    const median = (loads: Load[], key: keyof Load) =>
      percentile(
        loads.map((l) => l[key]),
        50,
      )
    const redirectRps = median(redirect, 'requestsPerSecond')
    const siteRps = median(site, 'requestsPerSecond')
    return {
      redirectRequestsPerSecond: Math.round(redirectRps),
      redirectP99Ms: Number(median(redirect, 'p99Ms').toFixed(1)),
      redirectBenchSitePageRequestsPerSecond: Math.round(siteRps),
      redirectToSitePageRatio: Number((redirectRps / siteRps).toFixed(2)),
    }
  } finally {
    await ctx.payload.delete({ collection: 'redirects', id: row.id })
  }
}

/** Run alone: against a server already started on a seeded data folder. */
const main = async () => {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      slug: { type: 'string', default: 'my-binh' },
      runs: { type: 'string', default: '3' },
    },
  })
  if (!values.url || !values['data-dir'])
    throw new Error(
      'usage: redirects.ts --url http://127.0.0.1:<port> --data-dir <DATA_DIR> [--slug my-binh] [--runs 3]',
    )
  const baseUrl = values.url.replace(/\/$/, '')
  const dataDir = path.resolve(values['data-dir'])
  const port = Number(new URL(baseUrl).port)
  const live = path.join(dataDir, 'sites', values.slug, 'current')
  const article = fs
    .readFileSync(path.join(live, 'tin-tuc', 'index.html'), 'utf8')
    .match(/href="(\/tin-tuc\/bai\/[^"#?]+\/)"/)?.[1]
  process.env.DATA_DIR = dataDir
  process.env.JOBS_AUTORUN = 'false'
  const { sitesDomain } = await import('../../contract/site-urls')
  const { bootPayload } = await import('../../cms/boot')
  const payload = await bootPayload()
  try {
    const result = await measureRedirectServing(
      {
        root: path.resolve(import.meta.dirname, '../..'),
        dataDir,
        baseUrl,
        port,
        siteHost: (s) => `${s}.${sitesDomain()}:${port}`,
        payload,
        log: (line) => console.log(line),
      },
      { slug: values.slug, paths: ['/', ...(article ? [article] : [])], runs: Number(values.runs) },
    )
    console.log(JSON.stringify(result))
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
