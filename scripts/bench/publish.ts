import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { percentile, type BenchContext } from './context'

type Credential = { email: string; password: string; role: string; commune: string | null }

const json = async (
  ctx: BenchContext,
  method: string,
  url: string,
  { token, body }: { token?: string; body?: unknown } = {},
) => {
  const res = await fetch(`${ctx.baseUrl}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  // The two replies this benchmark reads: a login's token and a created post's slug.
  type Body = { token?: string; doc?: { slug: string } } | null
  return { status: res.status, body: (await res.json().catch(() => null)) as Body }
}

/** Status of a page of a commune's site, asked as a browser would (Host header). */
const siteStatus = (ctx: BenchContext, slug: string, pagePath: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: ctx.port,
        path: encodeURI(pagePath),
        headers: { Host: ctx.siteHost(slug) },
        agent: false,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end()
  })

/** Resident memory (MB) of the server and its builders: every process but this one run on the bench's data folder. */
const serverRssMb = (dataDir: string): number => {
  const marker = `\0DATA_DIR=${dataDir}\0`
  let kb = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (!`\0${fs.readFileSync(`/proc/${entry}/environ`, 'latin1')}`.includes(marker)) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      /* gone, or not ours */
    }
  }
  return kb / 1024
}

/** Build jobs of the queues: `running` taken by a worker, `waiting` not yet. */
const buildJobs = async (ctx: BenchContext, queue: string) => {
  const find = (processing: boolean) =>
    ctx.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ queue: { equals: queue } }, { processing: { equals: processing } }, { completedAt: { exists: false } }],
      },
    })
  return { running: (await find(true)).totalDocs, waiting: (await find(false)).totalDocs }
}

const settle = async (ctx: BenchContext) => {
  const deadline = Date.now() + 600_000
  for (;;) {
    const [site, batch] = [await buildJobs(ctx, 'sites'), await buildJobs(ctx, 'sites-batch')]
    if (!site.running && !site.waiting && !batch.running && !batch.waiting) return
    if (Date.now() > deadline) throw new Error('the build queues did not empty within 10 minutes')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

type Session = {
  ctx: BenchContext
  slug: string
  token: string
  communeId: number | string
  categoryId?: number | string
}

const login = async (ctx: BenchContext, role: string, slug: string | null): Promise<string> => {
  const credentials = JSON.parse(
    fs.readFileSync(path.join(ctx.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as Credential[]
  const who = credentials.find((c) => c.role === role && (slug === null || c.commune === slug))
  if (!who) throw new Error(`no ${role} account${slug ? ` for ${slug}` : ''} in demo-credentials.json`)
  const reply = await json(ctx, 'POST', '/api/users/login', { body: { email: who.email, password: who.password } })
  if (reply.status !== 200) throw new Error(`login as ${who.email} failed: ${reply.status}`)
  return reply.body!.token!
}

/** One publish: from the moment the publish request returns until the server serves the article (polled every 10 ms). */
const publishOnce = async ({ ctx, slug, token, communeId, categoryId }: Session, label: string): Promise<number> => {
  const title = `[Bench] Tin đăng thử ${label} lúc ${new Date().toISOString()}`
  const reply = await json(ctx, 'POST', '/api/posts', {
    token,
    body: {
      tenant: communeId,
      title,
      category: categoryId,
      excerpt: 'Bài đo thời gian xuất bản.',
      _status: 'published',
    },
  })
  const returned = performance.now()
  if (reply.status !== 201)
    throw new Error(`publish ${label} failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`)
  const page = `/tin-tuc/bai/${reply.body!.doc!.slug}/`
  const deadline = returned + 60_000
  while ((await siteStatus(ctx, slug, page)) !== 200) {
    if (performance.now() > deadline) throw new Error(`${page} of ${slug} not live 60 s after publishing`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return performance.now() - returned
}

/** Runs `publishes` and samples the server's memory meanwhile. */
const measureCase = async (
  session: Session,
  name: string,
  publishes: number,
  between: (i: number) => Promise<boolean>,
) => {
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, serverRssMb(session.ctx.dataDir))), 100)
  const samples: number[] = []
  try {
    for (let i = 0; samples.length < publishes; i++) {
      if (!(await between(i))) continue
      samples.push(await publishOnce(session, `${name} ${samples.length + 1}`))
      session.ctx.log(`publish (${name}) ${samples.length}/${publishes}: live after ${Math.round(samples.at(-1)!)} ms`)
    }
  } finally {
    clearInterval(sampler)
  }
  return {
    p50: Math.round(percentile(samples, 50)),
    p95: Math.round(percentile(samples, 95)),
    peakRssMb: Math.round(peak),
    samples: samples.map(Math.round),
  }
}

/**
 * Publish-to-live: the chief of a commune publishes a new article over REST; the time runs
 * from the moment the publish request returns to the first moment the server serves the
 * article's page. Three cases, each with p50/p95 and the peak memory of the server (with its
 * builders) meanwhile:
 * (a) single publishes, a pause between them, so each is its own build;
 * (b) back to back: the chief publishes again as soon as the previous article is live;
 * (c) while the province rebuilds every site (the rebuild panel's "all"), asked again
 *     whenever it ends, each publish made while a batch is being built.
 */
export async function measurePublishToLive(
  ctx: BenchContext,
  {
    slug,
    publishes = 20,
    backToBack = 15,
    duringRebuild = 15,
    pauseMs = 500,
  }: { slug: string; publishes?: number; backToBack?: number; duringRebuild?: number; pauseMs?: number },
) {
  const token = await login(ctx, 'chief', slug)
  const commune = (
    await ctx.payload.find({ collection: 'communes', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  ).docs[0]
  if (!commune) throw new Error(`no commune ${slug}`)
  const category = (
    await ctx.payload.find({ collection: 'categories', where: { tenant: { equals: commune.id } }, limit: 1, depth: 0 })
  ).docs[0]
  const session: Session = { ctx, slug, token, communeId: commune.id, categoryId: category?.id }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  await settle(ctx)
  const single = await measureCase(session, 'single', publishes, async () => {
    await sleep(pauseMs)
    return true
  })
  await settle(ctx)
  const chained = await measureCase(session, 'back-to-back', backToBack, async () => true)
  await settle(ctx)

  const admin = await login(ctx, 'province-admin', null)
  const rebuildAll = async () => {
    const reply = await json(ctx, 'POST', '/api/communes/rebuild', { token: admin, body: { scope: 'all' } })
    if (reply.status !== 200) throw new Error(`rebuild all failed: ${reply.status}`)
  }
  let rebuilds = 0
  const loaded = await measureCase(session, 'during a full rebuild', duringRebuild, async () => {
    await sleep(pauseMs)
    const batch = await buildJobs(ctx, 'sites-batch')
    if (!batch.running && !batch.waiting) {
      await rebuildAll()
      rebuilds++
    }
    // Only publishes made while a batch is being built count.
    const deadline = Date.now() + 60_000
    while (!(await buildJobs(ctx, 'sites-batch')).running) {
      if (Date.now() > deadline) throw new Error('no batch build started within 60 s of asking')
      await sleep(50)
    }
    return true
  })
  await settle(ctx)

  return {
    publishToLiveP50Ms: single.p50,
    publishToLiveP95Ms: single.p95,
    publishToLivePeakRssMb: single.peakRssMb,
    publishBackToBackP50Ms: chained.p50,
    publishBackToBackP95Ms: chained.p95,
    publishBackToBackPeakRssMb: chained.peakRssMb,
    publishDuringRebuildP50Ms: loaded.p50,
    publishDuringRebuildP95Ms: loaded.p95,
    publishDuringRebuildPeakRssMb: loaded.peakRssMb,
    publishDuringRebuildRebuilds: rebuilds,
    publishSamples: { single: single.samples, backToBack: chained.samples, duringRebuild: loaded.samples },
  }
}
