import fs from 'node:fs'
import path from 'node:path'
import { demoEmail } from '../../demo/accounts'
import type { DemoCredential } from '../../demo/credentials'
import { percentile, type BenchContext } from './context'

const WARM_UP = 20
/** The admin's reading of drafts is logged for information, from fewer requests (it is slower). */
const DRAFT_REQUESTS = 50

/**
 * Runs a request again when the connection itself failed: the server may close an idle
 * keep-alive connection just as it is reused (ECONNRESET). HTTP errors are not retried.
 */
const retryOnce = <T>(request: () => Promise<T>): Promise<T> => request().catch(() => request())

type ListResponse = { docs?: { publishedAt?: string | null }[]; totalDocs?: number; errors?: unknown }

/**
 * "CMS REST list of one commune's latest 20 posts" on the real server. Logs in over REST as the
 * commune's editor (the demo account in the seed's credentials file), then asks for the 20
 * latest posts of the commune, sorted by publication date, unpopulated: the parameters of the
 * admin's list (depth 0, a limit, a sort, the tenant filter of the multi-tenant plugin), with
 * the editor's access rules applied by the server. Sequential requests after a warm-up; each
 * latency includes reading the whole body, and each answer is checked (count, order).
 *
 * The admin's list view itself is rendered on the server and reads drafts, `find({ draft:
 * true })`, which queries the versions table: the same request with `draft=true` is measured
 * too and logged, not returned.
 */
export async function measureCmsList(
  ctx: BenchContext,
  { slug, requests = 200 }: { slug: string; requests?: number },
): Promise<{ cmsListP50Ms: number; cmsListP95Ms: number }> {
  const email = demoEmail.editor(slug)
  const credentials = JSON.parse(
    fs.readFileSync(path.join(ctx.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredential[]
  const account = credentials.find((c) => c.email === email)
  if (!account) throw new Error(`no demo account ${email} in ${ctx.dataDir}/demo-credentials.json`)
  const communes = await ctx.payload.find({
    collection: 'communes',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const tenant = communes.docs[0]?.id
  if (tenant === undefined) throw new Error(`no commune "${slug}"`)
  const expected = (
    await ctx.payload.count({ collection: 'posts', where: { tenant: { equals: tenant } }, overrideAccess: true })
  ).totalDocs

  const login = await retryOnce(() =>
    fetch(`${ctx.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: account.password }),
    }),
  )
  const { token } = (await login.json()) as { token?: string }
  if (!login.ok || !token) throw new Error(`login of ${email} failed: HTTP ${login.status}`)
  const headers = { Authorization: `JWT ${token}` }

  const run = async (draft: boolean, count: number) => {
    const query = new URLSearchParams({
      depth: '0',
      limit: '20',
      sort: '-publishedAt',
      'where[tenant][equals]': String(tenant),
    })
    if (draft) query.set('draft', 'true')
    const url = `${ctx.baseUrl}/api/posts?${query}`
    const once = async (): Promise<number> => {
      const { res, body, ms } = await retryOnce(async () => {
        const started = performance.now()
        const res = await fetch(url, { headers })
        const body = (await res.json()) as ListResponse
        return { res, body, ms: performance.now() - started }
      })
      // A fast wrong answer is no answer: the editor sees the commune's whole list.
      if (!res.ok || body.docs?.length !== Math.min(20, expected) || body.totalDocs !== expected)
        throw new Error(
          `GET ${url}: HTTP ${res.status}, ${body.docs?.length ?? 0} docs of ${body.totalDocs ?? '?'} (expected ${expected}) ${JSON.stringify(body.errors ?? '')}`,
        )
      const dates = body.docs.map((d) => d.publishedAt ?? '')
      if (dates.some((d, i) => i > 0 && d && dates[i - 1] && d > dates[i - 1]!))
        throw new Error(`GET ${url}: not sorted by publishedAt`)
      return ms
    }
    for (let i = 0; i < WARM_UP; i++) await once()
    const times: number[] = []
    for (let i = 0; i < count; i++) times.push(await once())
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) }
  }

  const published = await run(false, requests)
  const drafts = await run(true, Math.min(requests, DRAFT_REQUESTS))
  const f = (n: number) => n.toFixed(1)
  ctx.log(
    `CMS list (${slug}, ${expected} posts, editor, ${requests} requests): p50 ${f(published.p50)} ms, p95 ${f(published.p95)} ms, max ${f(published.max)} ms`,
  )
  ctx.log(
    `CMS list with drafts, as the admin's list reads it (?draft=true, ${Math.min(requests, DRAFT_REQUESTS)} requests): p50 ${f(drafts.p50)} ms, p95 ${f(drafts.p95)} ms, max ${f(drafts.max)} ms`,
  )
  return { cmsListP50Ms: published.p50, cmsListP95Ms: published.p95 }
}
