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

/**
 * Publish-to-live: the chief of a commune publishes a new article over REST; the time runs
 * from the moment the publish request returns to the first moment the server serves the
 * article's page (polled every 10 ms). One publish at a time, with a pause between them so
 * each is its own build (bursts are coalesced and would measure something else).
 */
export async function measurePublishToLive(
  ctx: BenchContext,
  { slug, publishes = 25, pauseMs = 500 }: { slug: string; publishes?: number; pauseMs?: number },
) {
  const credentials = JSON.parse(
    fs.readFileSync(path.join(ctx.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as Credential[]
  const chief = credentials.find((c) => c.role === 'chief' && c.commune === slug)
  if (!chief) throw new Error(`no chief account for ${slug} in demo-credentials.json`)
  const login = await json(ctx, 'POST', '/api/users/login', { body: { email: chief.email, password: chief.password } })
  if (login.status !== 200) throw new Error(`login as ${chief.email} failed: ${login.status}`)
  const token = login.body!.token!
  const commune = (
    await ctx.payload.find({ collection: 'communes', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  ).docs[0]
  if (!commune) throw new Error(`no commune ${slug}`)
  const category = (
    await ctx.payload.find({ collection: 'categories', where: { tenant: { equals: commune.id } }, limit: 1, depth: 0 })
  ).docs[0]

  const samples: number[] = []
  for (let i = 0; i < publishes; i++) {
    const title = `[Bench] Tin đăng thử số ${i + 1} lúc ${new Date().toISOString()}`
    const reply = await json(ctx, 'POST', '/api/posts', {
      token,
      body: {
        tenant: commune.id,
        title,
        category: category?.id,
        excerpt: 'Bài đo thời gian xuất bản.',
        _status: 'published',
      },
    })
    const returned = performance.now()
    if (reply.status !== 201)
      throw new Error(`publish ${i + 1} failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`)
    const page = `/tin-tuc/bai/${reply.body!.doc!.slug}/`
    const deadline = returned + 60_000
    while ((await siteStatus(ctx, slug, page)) !== 200) {
      if (performance.now() > deadline) throw new Error(`${page} of ${slug} not live 60 s after publishing`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    samples.push(performance.now() - returned)
    ctx.log(`publish ${i + 1}/${publishes}: live after ${Math.round(samples.at(-1)!)} ms`)
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
  }
  return {
    publishToLiveP50Ms: Math.round(percentile(samples, 50)),
    publishToLiveP95Ms: Math.round(percentile(samples, 95)),
    samples: samples.map(Math.round),
  }
}
