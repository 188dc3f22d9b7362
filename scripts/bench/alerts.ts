/**
 * Province alerts (issue 14): from saving an alert to all communes until it is on the home page
 * of every live commune (the target: 10 s for all 156), and from its end time until it is gone
 * from all of them (the target: one minute). The alert is written through the REST API as the
 * province admin; every home page is polled over HTTP, 16 at a time, by its host name. The alert
 * is deleted after.
 *
 * Alone, against a server you started yourself on a seeded data folder:
 *
 *   DATA_DIR=/tmp/data PORT=4310 HOST=127.0.0.1 npm start   # elsewhere
 *   npm exec -- tsx scripts/bench/alerts.ts --url http://127.0.0.1:4310 --data-dir /tmp/data
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { percentile } from './context'

export type AlertFanOutResult = {
  alertSites: number
  /** Saving → on the home page of the last site, and the median site. */
  alertAllSitesSeconds: number
  alertMedianSiteSeconds: number
  /** End time → gone from the home page of the last site. */
  alertGoneAllSitesSeconds: number
}

type Ctx = {
  baseUrl: string
  port: number
  dataDir: string
  siteHost: (slug: string) => string
  log: (line: string) => void
}

const CONCURRENCY = 16
const POLL_MS = 200
const GIVE_UP_MS = 120_000

const homeHas = (ctx: Ctx, slug: string, text: string): Promise<boolean> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: ctx.port,
        path: '/',
        headers: { Host: ctx.siteHost(slug), 'Accept-Encoding': 'identity' },
      },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => {
          body += c.toString()
        })
        res.on('end', () => resolve(body.includes(text)))
      },
    )
    req.on('error', reject)
    req.end()
  })

/** Seconds from `since` until `done(slug)` holds for every slug, each polled until it does. */
const untilAll = async (ctx: Ctx, slugs: string[], since: number, done: (slug: string) => Promise<boolean>) => {
  const seconds: number[] = []
  const queue = [...slugs]
  const worker = async () => {
    for (let slug = queue.shift(); slug; slug = queue.shift()) {
      while (!(await done(slug))) {
        if (Date.now() - since > GIVE_UP_MS)
          throw new Error(`alert bench: ${slug} still not done after ${GIVE_UP_MS} ms`)
        await new Promise((r) => setTimeout(r, POLL_MS))
      }
      seconds.push((Date.now() - since) / 1000)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return seconds
}

const api = async (ctx: Ctx, method: string, urlPath: string, token: string, body?: unknown) => {
  const reply = await fetch(`${ctx.baseUrl}${urlPath}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!reply.ok) throw new Error(`alert bench: ${method} ${urlPath} answered ${reply.status}`)
  return (await reply.json()) as Record<string, any>
}

export const measureAlertFanOut = async (ctx: Ctx): Promise<AlertFanOutResult> => {
  const accounts = JSON.parse(fs.readFileSync(path.join(ctx.dataDir, 'demo-credentials.json'), 'utf8')) as {
    email: string
    password: string
    role: string
  }[]
  const admin = accounts.find((a) => a.role === 'province-admin')!
  const login = await fetch(`${ctx.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const communes = await api(
    ctx,
    'GET',
    '/api/communes?where[status][equals]=live&limit=0&depth=0&select[slug]=true',
    token,
  )
  const slugs = (communes.docs as { slug: string }[]).map((c) => c.slug)
  const title = `Bench cảnh báo ${Date.now()}`
  const since = Date.now()
  const { doc } = await api(ctx, 'POST', '/api/alerts', token, {
    title,
    message: 'Đo thời gian cảnh báo đến mọi trang.',
    level: 'emergency',
    endsAt: new Date(Date.now() + 3600_000).toISOString(),
    target: 'all',
  })
  try {
    const shown = await untilAll(ctx, slugs, since, (slug) => homeHas(ctx, slug, title))
    ctx.log(
      `alert on ${slugs.length} home pages: last ${Math.max(...shown).toFixed(1)} s, median ${percentile(shown, 50).toFixed(1)} s`,
    )
    const endsAt = Date.now() + 2_000
    await api(ctx, 'PATCH', `/api/alerts/${doc.id}`, token, { endsAt: new Date(endsAt).toISOString() })
    await new Promise((r) => setTimeout(r, Math.max(0, endsAt - Date.now())))
    const gone = await untilAll(ctx, slugs, endsAt, async (slug) => !(await homeHas(ctx, slug, title)))
    ctx.log(`alert gone from ${slugs.length} home pages ${Math.max(...gone).toFixed(1)} s after its end`)
    return {
      alertSites: slugs.length,
      alertAllSitesSeconds: Number(Math.max(...shown).toFixed(2)),
      alertMedianSiteSeconds: Number(percentile(shown, 50).toFixed(2)),
      alertGoneAllSitesSeconds: Number(Math.max(...gone).toFixed(2)),
    }
  } finally {
    await api(ctx, 'DELETE', `/api/alerts/${doc.id}`, token).catch(() => undefined)
  }
}

/** Run alone: against a server already started on a seeded data folder. */
const main = async () => {
  const { values } = parseArgs({ options: { url: { type: 'string' }, 'data-dir': { type: 'string' } } })
  if (!values.url || !values['data-dir'])
    throw new Error('usage: alerts.ts --url http://127.0.0.1:<port> --data-dir <DATA_DIR>')
  const baseUrl = values.url.replace(/\/$/, '')
  const port = Number(new URL(baseUrl).port)
  const { sitesDomain } = await import('../../contract/site-urls')
  const result = await measureAlertFanOut({
    baseUrl,
    port,
    dataDir: path.resolve(values['data-dir']),
    siteHost: (s) => `${s}.${sitesDomain()}:${port}`,
    log: (line) => console.log(line),
  })
  console.log(JSON.stringify(result, null, 2))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
