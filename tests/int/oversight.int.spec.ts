import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { failNextApiCalls, readApiCalls, standInVisits, TEST_MATOMO_TOKEN } from '../../scripts/lib/matomo-stand-in'
import { baseUrl, loginAs, type Reply, rest } from '../support/api'
import { sharedPayload } from '../support/shared-payload'

/**
 * "Giám sát" over HTTP: GET /api/oversight/communes(.xlsx) for every role, the rows compared
 * with counts made here from the content itself (some of it created here with known dates),
 * the stale flag, the district viewer's isolation, the spreadsheet read back with exceljs, and
 * the visits from the Matomo stand-in (the exact bulk request, then Matomo down).
 */
const DAY = 86_400_000
const VN = 7 * 3_600_000
// Development runs against a hand-started server give its stand-in's address here.
const matomoUrl = () => process.env.OVERSIGHT_MATOMO_URL || inject('matomoUrl')

type Row = {
  id: number
  commune: string
  slug: string
  district: string
  lastPublishedAt: string | null
  published30d: number
  publishedByMonth: Record<string, number>
  emptySections: string[]
  lateDisclosures: number
  overdueDisclosures: number
  unansweredQuestions: number
  visits30d: number | null
  stale: boolean
  score: number
}
type Commune = { id: number; name: string; slug: string; district: number; matomoSiteId?: number | null }

let admin = ''
let payload: Payload
let communes: Commune[] = []
let fresh: Commune
let staleOne: Commune
let viewerDistrict = 0
const created: [string, number][] = []
const now = Date.now()
const iso = (ms: number) => new Date(ms).toISOString()
const monthKey = (ms: number) => new Date(ms + VN).toISOString().slice(0, 7)

const create = async (collection: string, data: Record<string, unknown>, draft = false) => {
  const reply = await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, { token: admin, body: data })
  if (reply.status !== 201) throw new Error(`${collection}: ${reply.status} ${JSON.stringify(reply.body)}`)
  created.push([collection, reply.body.doc.id])
  return reply.body.doc as { id: number }
}

const report = async (token = admin, query = ''): Promise<{ status: number; rows: Row[]; body: Reply['body'] }> => {
  const reply = await rest('GET', `/api/oversight/communes${query}`, { token })
  return { status: reply.status, rows: reply.body?.rows ?? [], body: reply.body }
}

beforeAll(async () => {
  admin = (await loginAs('province-admin')).token
  communes = (await rest('GET', '/api/communes?limit=0&depth=0&sort=code', { token: admin })).body.docs
  const viewer = await loginAs('district-viewer')
  const district = (await rest('GET', '/api/users/me', { token: viewer.token })).body.user.district
  viewerDistrict = Number(typeof district === 'object' ? district.id : district)
  // Two communes with no demo content (the demo fills the first three only), in the viewer's district.
  const quiet = communes.filter(
    (c) => Number(c.district) === viewerDistrict && !['my-binh', 'my-long', 'my-xuyen'].includes(c.slug),
  )
  const withoutDemo: Commune[] = []
  for (const c of quiet) {
    const posts = await rest('GET', `/api/posts?where[tenant][equals]=${c.id}&limit=1&depth=0`, { token: admin })
    if (posts.body.totalDocs === 0) withoutDemo.push(c)
    if (withoutDemo.length === 2) break
  }
  ;[fresh, staleOne] = withoutDemo as [Commune, Commune]
  const t = fresh.id
  const n = Date.now().toString(36)
  for (const days of [2, 10, 45, 100, 300])
    await create('posts', {
      tenant: t,
      title: `Giám sát ${n} ${days}`,
      _status: 'published',
      publishedAt: iso(now - days * DAY),
    })
  await create('posts', { tenant: t, title: `Giám sát nháp ${n}`, _status: 'draft' }, true)
  await create('announcements', {
    tenant: t,
    title: `Thông báo ${n}`,
    urgency: 'normal',
    _status: 'published',
    publishedAt: iso(now - 5 * DAY),
  })
  // Decided 20 days ago, published now: late. Decided yesterday, published now: on time.
  await create('disclosures', {
    tenant: t,
    title: `Trễ ${n}`,
    category: 'phi-le-phi',
    decisionDate: iso(now - 20 * DAY),
    _status: 'published',
  })
  await create('disclosures', {
    tenant: t,
    title: `Đúng hạn ${n}`,
    category: 'khac',
    decisionDate: iso(now - DAY),
    _status: 'published',
  })
  // Decided 30 days ago and still a draft: overdue. Decided yesterday: not yet.
  await create(
    'disclosures',
    { tenant: t, title: `Quá hạn ${n}`, category: 'tai-san-cong', decisionDate: iso(now - 30 * DAY), _status: 'draft' },
    true,
  )
  await create(
    'disclosures',
    { tenant: t, title: `Chưa đến hạn ${n}`, category: 'khac', decisionDate: iso(now - DAY), _status: 'draft' },
    true,
  )
  await create('officials', {
    tenant: t,
    name: `Lê Văn ${n}`,
    position: 'Chủ tịch UBND',
    organ: 'ubnd',
    biography: 'Sinh năm 1975.',
  })
  const old = await create('questions', {
    tenant: t,
    askerName: 'Trần Thị Hoa',
    askerContact: '0912 345 678',
    question: `Hỏi cũ ${n}`,
    consent: true,
  })
  await create('questions', {
    tenant: t,
    askerName: 'Trần Văn Nam',
    askerContact: '0912 345 679',
    question: `Hỏi mới ${n}`,
    consent: true,
  })
  await create('posts', {
    tenant: staleOne.id,
    title: `Cũ ${n}`,
    _status: 'published',
    publishedAt: iso(now - 40 * DAY),
  })
  // No API door sets when a question arrived: the Local API on the server's database does.
  payload = await sharedPayload()
  await payload.update({
    collection: 'questions',
    id: old.id,
    data: { createdAt: iso(now - 20 * DAY) } as never,
    overrideAccess: true,
  })
}, 300_000)

afterAll(async () => {
  for (const [collection, id] of created.reverse()) await rest('DELETE', `/api/${collection}/${id}`, { token: admin })
  await payload?.destroy()
})

/** Published items of a commune as any API client reads them, and the counts the table must give. */
const independentCounts = async (commune: Commune) => {
  const dates: number[] = []
  const sources: [string, string[]][] = [
    ['posts', ['publishedAt', 'firstPublishedAt']],
    ['announcements', ['publishedAt', 'firstPublishedAt']],
    ['documents', ['firstPublishedAt']],
    ['disclosures', ['publicationDate', 'firstPublishedAt']],
  ]
  for (const [collection, fields] of sources) {
    const url = `/api/${collection}?where[tenant][equals]=${commune.id}&where[_status][equals]=published&limit=0&depth=0`
    for (const doc of (await rest('GET', url, { token: admin })).body.docs) {
      const value = fields.map((f) => doc[f]).find(Boolean)
      if (value && Date.parse(value) <= Date.now()) dates.push(Date.parse(value))
    }
  }
  const byMonth: Record<string, number> = {}
  for (const d of dates) byMonth[monthKey(d)] = (byMonth[monthKey(d)] ?? 0) + 1
  return {
    last: dates.length ? iso(Math.max(...dates)) : null,
    last30: dates.filter((d) => d >= Date.now() - 30 * DAY).length,
    byMonth,
  }
}

describe('GET /api/oversight/communes', () => {
  it('answers the province admin one row per commune in the contract shape', async () => {
    const { status, body, rows } = await report()
    expect(status).toBe(200)
    expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false)
    expect(rows.map((r) => r.id).sort()).toEqual(communes.map((c) => c.id).sort())
    for (const key of [
      'commune',
      'slug',
      'district',
      'lastPublishedAt',
      'published30d',
      'publishedByMonth',
      'emptySections',
      'lateDisclosures',
      'overdueDisclosures',
      'unansweredQuestions',
      'visits30d',
      'stale',
      'score',
    ])
      expect(rows[0]).toHaveProperty(key)
    expect(Object.keys(rows[0]?.publishedByMonth ?? {})).toHaveLength(12)
  })

  it('counts what was published, month by month, as an independent count of the content does', async () => {
    const { rows } = await report()
    for (const commune of [fresh, staleOne, communes.find((c) => c.slug === 'my-binh') as Commune]) {
      const row = rows.find((r) => r.id === commune.id) as Row
      const expected = await independentCounts(commune)
      expect(row.lastPublishedAt).toBe(expected.last)
      expect(row.published30d).toBe(expected.last30)
      for (const [month, n] of Object.entries(row.publishedByMonth)) expect(n).toBe(expected.byMonth[month] ?? 0)
    }
    const row = rows.find((r) => r.id === fresh.id) as Row
    // Known by construction: posts 2 and 10 days ago, the announcement, the two disclosures published now.
    expect(row.published30d).toBe(5)
    expect(row.publishedByMonth[monthKey(now - 100 * DAY)]).toBeGreaterThanOrEqual(1)
    expect(row.publishedByMonth[monthKey(now - 400 * DAY)]).toBeUndefined()
  })

  it('counts late and overdue disclosures, old unanswered questions and empty sections', async () => {
    const row = (await report()).rows.find((r) => r.id === fresh.id) as Row
    expect(row.lateDisclosures).toBe(1)
    expect(row.overdueDisclosures).toBe(1)
    expect(row.unansweredQuestions).toBe(1)
    expect(row.emptySections).not.toContain('leaders')
    expect(row.emptySections).not.toContain('disclosure:phi-le-phi')
    expect(row.emptySections).not.toContain('disclosure:khac')
    // Drafts fill nothing: the overdue disclosure's category is still empty.
    expect(row.emptySections).toContain('disclosure:tai-san-cong')
    expect(row.emptySections).toContain('documents')
    expect(row.score).toBeGreaterThanOrEqual(0)
    expect(row.score).toBeLessThanOrEqual(100)
  })

  it('flags a commune with nothing published for 30 days as stale', async () => {
    const { rows } = await report()
    const stale = rows.find((r) => r.id === staleOne.id) as Row
    expect(stale.stale).toBe(true)
    expect(stale.published30d).toBe(0)
    expect(stale.lastPublishedAt).not.toBeNull()
    expect((rows.find((r) => r.id === fresh.id) as Row).stale).toBe(false)
    for (const r of rows) expect(r.stale).toBe(r.published30d === 0)
  })
})

describe('who sees the oversight', () => {
  it('gives a district viewer their district only, and refuses another district', async () => {
    const { token } = await loginAs('district-viewer')
    const own = communes.filter((c) => Number(c.district) === viewerDistrict).map((c) => c.id)
    const mine = await report(token)
    expect(mine.status).toBe(200)
    expect(mine.rows.map((r) => r.id).sort()).toEqual(own.sort())
    expect((await report(token, `?district=${viewerDistrict}`)).status).toBe(200)
    const other = communes.find((c) => Number(c.district) !== viewerDistrict) as Commune
    expect((await report(token, `?district=${other.district}`)).status).toBe(403)
    expect((await rest('GET', `/api/oversight/communes.xlsx?district=${other.district}`, { token })).status).toBe(403)
    const filtered = await report(admin, `?district=${other.district}`)
    expect(filtered.rows.every((r) => communes.find((c) => c.id === r.id)?.district === other.district)).toBe(true)
    expect(filtered.rows.length).toBe(communes.filter((c) => c.district === other.district).length)
  })

  it('refuses boards (403) and the anonymous (401) on both endpoints and the visits refresh', async () => {
    for (const path of ['/api/oversight/communes', '/api/oversight/communes.xlsx']) {
      expect((await rest('GET', path)).status).toBe(401)
      for (const role of ['chief', 'editor', 'contributor']) {
        const { token } = await loginAs(role, 'my-binh')
        const reply = await rest('GET', path, { token })
        expect(reply.status, `${role} ${path}`).toBe(403)
        expect(JSON.stringify(reply.body)).toMatch(/ban biên tập/)
      }
    }
    expect((await rest('POST', '/api/oversight/visits/refresh')).status).toBe(401)
    const viewer = await loginAs('district-viewer')
    expect((await rest('POST', '/api/oversight/visits/refresh', { token: viewer.token })).status).toBe(403)
  })
})

describe('GET /api/oversight/communes.xlsx', () => {
  it('is the table as a spreadsheet, read back with exceljs', async () => {
    const response = await fetch(`${baseUrl()}/api/oversight/communes.xlsx`, {
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = book.worksheets[0] as ExcelJS.Worksheet
    const text = (r: number) => String(sheet.getRow(r).getCell(1).value ?? '')
    expect(text(2)).toMatch(/^Khoảng thời gian: từ 01\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}/)
    expect(text(3)).toMatch(/^Thời điểm lập: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    const header = (sheet.getRow(5).values as unknown[]).slice(1).map(String)
    expect(header.slice(0, 5)).toEqual([
      'STT',
      'Đơn vị',
      'Huyện/thị xã/thành phố',
      'Ngày đăng gần nhất',
      'Số tin 30 ngày',
    ])
    expect(header).toContain('Điểm tuân thủ')
    const { rows } = await report()
    const dataRows: unknown[][] = []
    for (let r = 6; r < 6 + rows.length; r++) dataRows.push((sheet.getRow(r).values as unknown[]).slice(1))
    expect(dataRows).toHaveLength(communes.length)
    const line = dataRows.find((v) => v[1] === fresh.name) as unknown[]
    const row = rows.find((r) => r.id === fresh.id) as Row
    const col = (name: string) => line[header.indexOf(name)]
    expect(col('Số tin 30 ngày')).toBe(row.published30d)
    expect(col('Công khai trễ hạn')).toBe(row.lateDisclosures)
    expect(col('Công khai quá hạn chưa đăng')).toBe(row.overdueDisclosures)
    expect(col('Câu hỏi chưa trả lời quá 15 ngày')).toBe(row.unansweredQuestions)
    expect(col('Điểm tuân thủ')).toBe(row.score)
    expect(col('Không cập nhật 30 ngày')).toBe('Không')
    const month = `Tháng ${monthKey(now).slice(5, 7)}/${monthKey(now).slice(0, 4)}`
    expect(col(month)).toBe(row.publishedByMonth[monthKey(now)])
  })
})

describe('visits from Matomo', () => {
  it('asks Matomo once, in bulk, by POST with the token in the body only, and shows its figures', async () => {
    const before = (await readApiCalls(matomoUrl())).calls.length
    const refreshed = await rest('POST', '/api/oversight/visits/refresh', { token: admin })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.status).toBe('ok')
    const calls = (await readApiCalls(matomoUrl())).calls.slice(before)
    expect(calls).toHaveLength(1)
    const call = calls[0] as (typeof calls)[number]
    expect(call.httpMethod).toBe('POST')
    expect(call.apiMethod).toBe('API.getBulkRequest')
    expect(call.query).toEqual({})
    const fields = Object.fromEntries(call.fields)
    expect(fields.token_auth).toBe(TEST_MATOMO_TOKEN)
    expect(fields.module).toBe('API')
    expect(fields.format).toBe('JSON')
    const withSite = communes.filter((c) => c.matomoSiteId)
    const urls = call.fields.filter(([k]) => k.startsWith('urls[')).map(([, v]) => v)
    expect(urls).toHaveLength(withSite.length * 2)
    for (const c of withSite) {
      expect(urls).toContain(`method=VisitsSummary.get&idSite=${c.matomoSiteId}&period=range&date=last30`)
      expect(urls).toContain(`method=VisitsSummary.get&idSite=${c.matomoSiteId}&period=month&date=last12`)
    }
    const { rows, body } = await report()
    expect(body.visits.status).toBe('ok')
    for (const c of withSite)
      expect(rows.find((r) => r.id === c.id)?.visits30d).toBe(standInVisits.last30(Number(c.matomoSiteId)))
  })

  it('says so when Matomo is down, and everything else still answers', async () => {
    await failNextApiCalls(matomoUrl(), 1)
    const refreshed = await rest('POST', '/api/oversight/visits/refresh', { token: admin })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.status).toBe('error')
    expect(JSON.stringify(refreshed.body)).not.toContain(TEST_MATOMO_TOKEN)
    const { status, rows, body } = await report()
    expect(status).toBe(200)
    expect(body.visits.status).toBe('error')
    expect(rows.every((r) => r.visits30d === null)).toBe(true)
    expect((rows.find((r) => r.id === fresh.id) as Row).published30d).toBe(5)
    const xlsx = await rest('GET', '/api/oversight/communes.xlsx', { token: admin })
    expect(xlsx.status).toBe(200)
    expect((await rest('POST', '/api/oversight/visits/refresh', { token: admin })).body.status).toBe('ok')
  })
})
