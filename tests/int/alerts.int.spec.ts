import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setUpActors } from '../support/actors'
import { graphql, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import type { Actor } from '../support/roles'
import { waitFor } from '../support/shared-payload'

/**
 * Cảnh báo của tỉnh (issue 14): the role matrix of `alerts` over REST and GraphQL (the province
 * writes, everyone reads what is live), and the served sites: an emergency alert to one district
 * is on every page of its communes within seconds of saving and on no other commune's, follows
 * an edit, and leaves at its end time without a rebuild.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const ACTORS: Actor[] = ['anonymous', 'province-admin', 'district-viewer', 'chief', 'editor', 'contributor']

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let districtId = 0
let neighbour = '' // another commune of OWN's district
const created: number[] = []

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

const createAlert = async (data: Record<string, unknown>) => {
  const reply = await rest('POST', '/api/alerts', { token: adminToken, body: data })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push(reply.body.doc.id)
  return reply.body.doc as { id: number }
}

const page = async (slug: string, path: string) => (await hostGet(`${slug}.localhost`, path)).body

beforeAll(async () => {
  ;({ adminToken, tokens } = await setUpActors(OWN, OTHER))
  const own = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0]
  districtId = own.district
  const same = await rest(
    'GET',
    `/api/communes?where[district][equals]=${districtId}&where[slug][not_equals]=${OWN}&where[status][equals]=live&limit=1&depth=0`,
    { token: adminToken },
  )
  neighbour = same.body.docs[0].slug
  // Every site compared below is built and served (the suite's server builds them all at start).
  for (const slug of [OWN, neighbour, OTHER])
    await waitFor(`the site of ${slug}`, async () => (await hostGet(`${slug}.localhost`, '/')).status === 200, 300_000)
}, 360_000)

afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/alerts/${id}`, { token: adminToken })
})

describe('alerts: who may do what', () => {
  it('only the province admin writes (REST); everyone reads the live ones, the province all', async () => {
    const live = await createAlert({
      title: 'Kiểm thử quyền',
      message: 'Đang hiệu lực',
      level: 'info',
      endsAt: inMinutes(30),
      target: 'all',
    })
    const later = await createAlert({
      title: 'Kiểm thử sắp tới',
      message: 'Chưa bắt đầu',
      level: 'info',
      startsAt: inMinutes(600),
      endsAt: inMinutes(700),
      target: 'all',
    })
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const list = await rest('GET', '/api/alerts?limit=100&depth=0', { token })
      expect(list.status, `${actor} reads`).toBe(200)
      const ids = list.body.docs.map((d: { id: number }) => d.id)
      expect(ids, `${actor} reads the live alert`).toContain(live.id)
      expect(ids.includes(later.id), `${actor} reads the future one`).toBe(actor === 'province-admin')
      if (actor === 'province-admin') continue
      const create = await rest('POST', '/api/alerts', {
        token,
        body: { title: 'x', message: 'y', level: 'emergency', endsAt: inMinutes(5), target: 'all' },
      })
      expect(create.status, `${actor} creates`).toBe(403)
      const update = await rest('PATCH', `/api/alerts/${live.id}`, { token, body: { title: 'đổi' } })
      expect([403, 404], `${actor} updates`).toContain(update.status)
      const remove = await rest('DELETE', `/api/alerts/${live.id}`, { token })
      expect([403, 404], `${actor} deletes`).toContain(remove.status)
    }
    const kept = await rest('GET', `/api/alerts/${live.id}`, { token: adminToken })
    expect(kept.body.title).toBe('Kiểm thử quyền')
  })

  it('the same over GraphQL', async () => {
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const read = await graphql('{ Alerts(limit: 100) { docs { id title startsAt } } }', token)
      expect(read.body.errors, `${actor} reads`).toBeUndefined()
      const starts = read.body.data.Alerts.docs.map((d: { startsAt: string }) => Date.parse(d.startsAt))
      if (actor !== 'province-admin')
        expect(
          starts.every((s: number) => s <= Date.now()),
          actor,
        ).toBe(true)
      const create = await graphql(
        `mutation { createAlert(data: { title: "gql", message: "m", level: emergency, endsAt: "${inMinutes(5)}", target: all }) { id } }`,
        token,
      )
      if (actor === 'province-admin') {
        expect(create.body.errors, 'province creates').toBeUndefined()
        created.push(create.body.data.createAlert.id)
      } else expect(create.body.errors?.length, `${actor} creates`).toBeGreaterThan(0)
    }
  })

  it('refuses an end before the start and a district target without districts, in Vietnamese', async () => {
    const backwards = await rest('POST', '/api/alerts', {
      token: adminToken,
      body: {
        title: 'Sai',
        message: 'm',
        level: 'info',
        startsAt: inMinutes(60),
        endsAt: inMinutes(10),
        target: 'all',
      },
    })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('Kết thúc: phải sau thời điểm bắt đầu.')
    const noDistrict = await rest('POST', '/api/alerts', {
      token: adminToken,
      body: { title: 'Sai', message: 'm', level: 'info', endsAt: inMinutes(10), target: 'districts' },
    })
    expect(noDistrict.status).toBe(400)
    expect(JSON.stringify(noDistrict.body)).toContain('chọn ít nhất một huyện hoặc khu vực')
    const badLink = await rest('POST', '/api/alerts', {
      token: adminToken,
      body: {
        title: 'Sai',
        message: 'm',
        level: 'info',
        endsAt: inMinutes(10),
        target: 'all',
        link: 'javascript:alert(1)',
      },
    })
    expect(badLink.status).toBe(400)
  })
})

describe('alerts on the sites', () => {
  it('an emergency alert to one district is on every page of its communes, on no other, and leaves at its end', async () => {
    const title = `Lũ khẩn cấp ${Date.now()}`
    const alert = await createAlert({
      title,
      message: 'Nước sông Hậu dâng cao, <b>di dời</b> ngay.',
      level: 'emergency',
      endsAt: inMinutes(30),
      link: 'https://angiang.gov.vn/canh-bao',
      target: 'districts',
      districts: [districtId],
    })
    // The server reads alerts every 2 s: seconds, not a rebuild (10 s is the promise).
    await waitFor('the alert on the home page', async () => (await page(OWN, '/')).includes(title), 10_000)
    for (const [slug, path] of [
      [OWN, '/tin-tuc/'],
      [OWN, '/lien-he/'],
      [neighbour, '/'],
    ] as const) {
      const html = await page(slug, path)
      expect(html, `${slug}${path}`).toContain(title)
      expect(html).toContain('province-alert--emergency')
      // Escaped: the province's text is text, never markup.
      expect(html).toContain('&#60;b&#62;di dời&#60;/b&#62;')
    }
    expect(await page(OTHER, '/')).not.toContain(title)
    // First on the home page: before the page's main content.
    const home = await page(OWN, '/')
    expect(home.indexOf(title)).toBeLessThan(home.indexOf('id="noi-dung"'))

    // An edit reaches the pages the same way; a browser's copy is never stale (ETag names it).
    const before = await hostGet(`${OWN}.localhost`, '/')
    await rest('PATCH', `/api/alerts/${alert.id}`, { token: adminToken, body: { title: `${title} (cập nhật)` } })
    await waitFor('the edit on the site', async () => (await page(OWN, '/')).includes(`${title} (cập nhật)`), 10_000)
    const revalidated = await hostGet(`${OWN}.localhost`, '/', { 'If-None-Match': String(before.headers.etag) })
    expect(revalidated.status).toBe(200)

    // Ending it: gone from the pages at its end time, with no rebuild.
    await rest('PATCH', `/api/alerts/${alert.id}`, {
      token: adminToken,
      body: { endsAt: new Date(Date.now() + 3_000).toISOString() },
    })
    await waitFor('the alert gone', async () => !(await page(OWN, '/')).includes(title), 30_000)
    expect(await page(neighbour, '/tin-tuc/')).not.toContain(title)
  }, 120_000)

  it('is audited', async () => {
    const alert = await createAlert({
      title: 'Kiểm thử nhật ký',
      message: 'm',
      level: 'important',
      endsAt: inMinutes(5),
      target: 'all',
    })
    const log = await rest(
      'GET',
      `/api/audit-logs?where[collectionSlug][equals]=alerts&where[documentId][equals]=${alert.id}&depth=0`,
      { token: adminToken },
    )
    expect(log.body.docs.map((d: { action: string }) => d.action)).toContain('create')
  })
})

describe('the province record (global `province`)', () => {
  it('is read by everyone and written by the province admin only, over REST and GraphQL', async () => {
    const before = await rest('GET', '/api/globals/province', { token: undefined })
    expect(before.status).toBe(200)
    expect(before.body.name).toBe('Tỉnh An Giang')
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const read = await graphql('{ Province { name code } }', token)
      expect(read.body.data?.Province?.name, `${actor} reads`).toBe('Tỉnh An Giang')
      if (actor === 'province-admin') continue
      const write = await rest('POST', '/api/globals/province', { token, body: { code: '00' } })
      expect(write.status, `${actor} writes over REST`).toBe(403)
      const mutation = await graphql('mutation { updateProvince(data: { code: "00" }) { code } }', token)
      expect(mutation.body.errors?.length, `${actor} writes over GraphQL`).toBeGreaterThan(0)
    }
    expect((await rest('GET', '/api/globals/province', { token: adminToken })).body.code).toBe(before.body.code)
  })
})
