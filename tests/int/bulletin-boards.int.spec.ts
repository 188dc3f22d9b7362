import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { type BulletinFeed, regionSlug } from '../../contract/bulletin'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * Bảng tin điện tử công cộng (issue 14) on the real server: /bang-tin.json of a commune (its
 * built announcements and news, the province's live alerts first), the region boards on the
 * directory's host, and an emergency alert to one district on the boards of its communes only,
 * within 10 s, gone after its end.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a' // another district
let adminToken = ''
let districtId = 0
let region = ''
let otherRegion = ''
let neighbour = ''
const created: number[] = []

const feed = async (host: string, query = '') => {
  const reply = await hostGet(host, `/bang-tin.json${query}`)
  expect(reply.status, `${host}${query}: ${reply.body.slice(0, 200)}`).toBe(200)
  return JSON.parse(reply.body) as BulletinFeed
}
const board = (slug: string) => feed(`${slug}.localhost`)
const districtSlugOf = async (slug: string) => {
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=1`, { token: adminToken })).body
    .docs[0]
  return { id: commune.district.id as number, slug: regionSlug(commune.district.name as string) }
}

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  ;({ id: districtId, slug: region } = await districtSlugOf(OWN))
  otherRegion = (await districtSlugOf(OTHER)).slug
  const same = await rest(
    'GET',
    `/api/communes?where[district][equals]=${districtId}&where[slug][not_equals]=${OWN}&where[status][equals]=live&limit=1&depth=0`,
    { token: adminToken },
  )
  neighbour = same.body.docs[0].slug
  for (const slug of [OWN, neighbour, OTHER])
    await waitFor(
      `the board of ${slug}`,
      async () => (await hostGet(`${slug}.localhost`, '/bang-tin.json')).status === 200,
      300_000,
    )
  await waitFor('the region boards', async () => (await hostGet('127.0.0.1', '/bang-tin/')).status === 200, 300_000)
}, 360_000)

afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/alerts/${id}`, { token: adminToken })
})

describe('bulletin boards: /bang-tin.json', () => {
  it('gives a commune’s announcements and news in the documented format, for any origin, never cached stale', async () => {
    const reply = await hostGet(`${OWN}.localhost`, '/bang-tin.json')
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-cache')
    expect(reply.headers['access-control-allow-origin']).toBe('*')
    expect(reply.headers['set-cookie']).toBeUndefined()
    const body = JSON.parse(reply.body) as BulletinFeed
    expect(body).toMatchObject({ format: 'bang-tin', version: 1 })
    expect(body.board).toEqual({
      name: 'Phường Mỹ Bình',
      url: `http://my-binh.localhost:${inject('port')}/`,
      provinceName: expect.any(String),
    })
    expect(body.items.some((i) => i.kind === 'news')).toBe(true)
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['end', 'id', 'image', 'kind', 'level', 'link', 'start', 'text', 'title', 'unit'].sort(),
      )
      expect(['emergency', 'important', 'info']).toContain(item.level)
      expect(item.link).toMatch(new RegExp(`^http://my-binh\\.localhost:${inject('port')}/`))
      if (item.end) expect(Date.parse(item.end)).toBeGreaterThan(Date.now())
    }
    // Each link is the item's page on the site.
    const news = body.items.find((i) => i.kind === 'news')!
    const page = await hostGet(`${OWN}.localhost`, new URL(news.link!).pathname)
    expect(page.status).toBe(200)
    expect(page.body).toContain(news.title.replace(/&/g, '&amp;').slice(0, 20))
    const again = await hostGet(`${OWN}.localhost`, '/bang-tin.json', { 'If-None-Match': String(reply.headers.etag) })
    expect(again.status).toBe(304)
  })

  it('serves the board page itself on every site, without cookies, and the region boards on the directory’s host', async () => {
    const page = await hostGet(`${OWN}.localhost`, '/bang-tin/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Bảng tin điện tử')
    expect(page.headers['set-cookie']).toBeUndefined()
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/) // no inline script (CSP)
    expect((await hostGet(`${OWN}.localhost`, '/bang-tin/sw.js')).headers['content-type']).toMatch(/javascript/)
    expect((await hostGet('127.0.0.1', `/bang-tin/?khu-vuc=${region}`)).status).toBe(200)
    const district = await feed('127.0.0.1', `?khu-vuc=${region}`)
    const units = new Set(district.items.map((i) => i.unit))
    expect(units.has('Phường Mỹ Bình')).toBe(true)
    expect(district.items.every((i) => i.id.includes('/') || i.kind === 'alert')).toBe(true)
    const unknown = await hostGet('127.0.0.1', '/bang-tin.json?khu-vuc=khong-co')
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error).toBe('Không có bảng tin này.')
    for (const p of ['/bang-tin/%2e%2e/%2e%2e/demo-credentials.json', '/bang-tin/../../../etc/passwd'])
      expect((await hostGet('127.0.0.1', p)).status, p).toBe(404)
  })
})

describe('bulletin boards: the province’s alerts', () => {
  it('an emergency alert to one district is first on its communes’ boards within 10 s, on no other, gone after its end', async () => {
    const title = `Bảng tin: lũ khẩn cấp ${Date.now()}`
    const reply = await rest('POST', '/api/alerts', {
      token: adminToken,
      body: {
        title,
        message: 'Nước sông Hậu dâng cao, di dời ngay.',
        level: 'emergency',
        endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
        link: '/thong-bao/',
        target: 'districts',
        districts: [districtId],
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const id = reply.body.doc.id as number
    created.push(id)
    const savedAt = Date.now()
    await waitFor('the alert on the board', async () => (await board(OWN)).items[0]?.title === title, 10_000)
    expect(Date.now() - savedAt).toBeLessThan(10_000)
    const first = (await board(neighbour)).items[0]
    expect(first).toMatchObject({ kind: 'alert', level: 'emergency', title, id: `alert-${id}` })
    expect(first!.link).toBe(`http://${neighbour}.localhost:${inject('port')}/thong-bao/`)
    expect((await board(OTHER)).items.map((i) => i.title)).not.toContain(title)
    // The district's board has it once; another district's board not at all.
    const district = await feed('127.0.0.1', `?khu-vuc=${region}`)
    expect(district.items.filter((i) => i.title === title)).toHaveLength(1)
    expect(district.items[0]!.title).toBe(title)
    expect((await feed('127.0.0.1', `?khu-vuc=${otherRegion}`)).items.map((i) => i.title)).not.toContain(title)

    // Ended: off every board at its end time (the promise is within a minute).
    const end = Date.now() + 3_000
    await rest('PATCH', `/api/alerts/${id}`, { token: adminToken, body: { endsAt: new Date(end).toISOString() } })
    await waitFor(
      'the alert gone from the board',
      async () => !(await board(OWN)).items.some((i) => i.title === title),
      60_000,
    )
    expect(Date.now() - end).toBeLessThan(60_000)
    expect((await board(neighbour)).items.map((i) => i.title)).not.toContain(title)
    expect((await feed('127.0.0.1', `?khu-vuc=${region}`)).items.map((i) => i.title)).not.toContain(title)
  }, 120_000)
})
