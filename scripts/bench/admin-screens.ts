import fs from 'node:fs'
import path from 'node:path'
import { demoEmail } from '../../demo/accounts'
import type { DemoCredential } from '../../demo/credentials'
import { percentile, type BenchContext } from './context'

const WARM_UP = 3

/** One admin screen: who opens it and where, and what its HTML must contain to count as opened. */
type Screen = { name: string; email: string; path: string; expect: string }

export type AdminScreenFigures = Record<string, { p50Ms: number; p95Ms: number; maxMs: number; requests: number }>

const retryOnce = <T>(request: () => Promise<T>): Promise<T> => request().catch(() => request())

/** The session cookie the admin's own login form gets, for a demo account of the seed's credentials file. */
const sessionCookie = async (ctx: BenchContext, email: string): Promise<string> => {
  const credentials = JSON.parse(
    fs.readFileSync(path.join(ctx.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredential[]
  const account = credentials.find((c) => c.email === email)
  if (!account) throw new Error(`no demo account ${email} in ${ctx.dataDir}/demo-credentials.json`)
  const login = await retryOnce(() =>
    fetch(`${ctx.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: account.password }),
    }),
  )
  const { token } = (await login.json()) as { token?: string }
  if (!login.ok || !token) throw new Error(`login of ${email} failed: HTTP ${login.status}`)
  return `payload-token=${token}`
}

/** The commune's id, read over REST as its chief reads it (no Local API: the step also runs alone). */
const communeId = async (ctx: BenchContext, slug: string, cookie: string): Promise<number> => {
  const url = `${ctx.baseUrl}/api/communes?depth=0&limit=1&where[slug][equals]=${encodeURIComponent(slug)}`
  const res = await retryOnce(() => fetch(url, { headers: { cookie } }))
  const body = (await res.json()) as { docs?: { id: number }[] }
  const id = body.docs?.[0]?.id
  if (!res.ok || id === undefined) throw new Error(`no commune "${slug}" (HTTP ${res.status})`)
  return id
}

/** The screens a commune's board opens every day, and the commune's own page (issue 11: 4.8 s). */
const screensOf = (slug: string, communePage: string): Screen[] => [
  // Any signed-in screen carries Payload's template; the login page does not.
  { name: 'dashboard', email: demoEmail.chief(slug), path: '/admin', expect: 'template-default' },
  { name: 'postsList', email: demoEmail.editor(slug), path: '/admin/collections/posts', expect: 'collection-list' },
  {
    name: 'postCreate',
    email: demoEmail.contributor(slug),
    path: '/admin/collections/posts/create',
    expect: 'field-title',
  },
  { name: 'communeEditChief', email: demoEmail.chief(slug), path: communePage, expect: 'field-name' },
  { name: 'communeEditProvince', email: demoEmail.provinceAdmin(), path: communePage, expect: 'field-name' },
]

/**
 * Server time of an admin screen: a GET of its page with a logged-in session cookie, until the
 * whole HTML (Next's server render, streamed) has arrived; what the browser then does with it
 * is not counted. Each answer must be the screen itself (HTTP 200, not the login page).
 */
const measureScreen = async (ctx: BenchContext, screen: Screen, cookie: string, requests: number) => {
  const url = `${ctx.baseUrl}${screen.path}`
  const once = async (): Promise<number> => {
    const started = performance.now()
    const res = await retryOnce(() => fetch(url, { headers: { cookie }, redirect: 'manual' }))
    const html = await res.text()
    const ms = performance.now() - started
    if (res.status !== 200 || html.includes('id="field-password"') || !html.includes(screen.expect))
      throw new Error(`GET ${screen.path} as ${screen.email}: HTTP ${res.status}, not the expected screen`)
    return ms
  }
  for (let i = 0; i < WARM_UP; i++) await once()
  const times: number[] = []
  for (let i = 0; i < requests; i++) times.push(await once())
  return {
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
    requests,
  }
}

const round = (n: number) => Number(n.toFixed(1))

/**
 * "Every admin screen a board uses opens in under 1 s" (issue 11): the median and p95 server
 * time of N sequential requests per screen, each as the role that opens it.
 */
export async function measureAdminScreens(
  ctx: BenchContext,
  { slug, requests = 20 }: { slug: string; requests?: number },
): Promise<{ adminScreens: AdminScreenFigures; adminScreenWorstP95Ms: number }> {
  const cookies = new Map<string, string>()
  const figures: AdminScreenFigures = {}
  const cookieOf = async (email: string): Promise<string> => {
    if (!cookies.has(email)) cookies.set(email, await sessionCookie(ctx, email))
    return cookies.get(email)!
  }
  const id = await communeId(ctx, slug, await cookieOf(demoEmail.chief(slug)))
  for (const screen of screensOf(slug, `/admin/collections/communes/${id}`)) {
    await cookieOf(screen.email)
    const figure = await measureScreen(ctx, screen, cookies.get(screen.email)!, requests)
    figures[screen.name] = figure
    ctx.log(
      `admin ${screen.name} (${screen.path}): p50 ${figure.p50Ms} ms, p95 ${figure.p95Ms} ms, max ${figure.maxMs} ms`,
    )
  }
  return { adminScreens: figures, adminScreenWorstP95Ms: Math.max(...Object.values(figures).map((f) => f.p95Ms)) }
}
