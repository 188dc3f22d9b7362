import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setUpActors } from '../support/actors'
import { baseUrl, graphql, loginAs, rest, send } from '../support/api'
import type { Actor } from '../support/roles'

/**
 * Nhuận bút over HTTP: rules and genres entered by the province, items scored by the chief,
 * the month's statement compared with a hand count, the cap, the lock (a locked month keeps its
 * amounts when items change), the spreadsheet read back, the province summary, and the role
 * matrix of the endpoints and of the new collections and global (REST and GraphQL).
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const TAG = Date.now().toString(36)
const MONTH = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
const ACTORS: Actor[] = ['anonymous', 'province-admin', 'district-viewer', 'chief', 'editor', 'contributor']
const AN = `Nguyễn Văn An ${TAG}`
const BINH = `Trần Thị Bình ${TAG}`
const CUONG = `Lê Văn Cường ${TAG}`
const DUNG = `Phạm Thị Dung ${TAG}`

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<'own' | 'other', number>()
let otherChief = ''
const genres = { tin: 0, bai: 0 }
const posts: number[] = []
const announcements: number[] = []
const created: [string, number][] = []

const statementUrl = (commune = OWN, month = MONTH, extra = '') =>
  `/api/royalties/statement?commune=${commune}&month=${month}${extra}`
const statement = async (token: string | undefined) => rest('GET', statementUrl(), { token })
const amountOf = (body: { people: { name: string; amount: number }[] }, name: string) =>
  body.people.find((p) => p.name === name)?.amount

const setRules = (data: Record<string, unknown>) =>
  rest('POST', '/api/globals/royalty-rules', { token: adminToken, body: data })

const createPost = async (data: Record<string, unknown>, token = tokens.get('chief')) => {
  const reply = await rest('POST', '/api/posts', {
    token,
    body: { tenant: communeIds.get('own'), _status: 'published', ...data },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  posts.push(reply.body.doc.id)
  return reply.body.doc
}

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
  otherChief = (await loginAs('chief', OTHER)).token
  const rules = await setRules({
    pointValue: 150_000,
    reprintPercent: 50,
    photoPoints: 2,
    monthlyCap: 0,
    classCoefficients: { xa: 1, phuong: 1.2, thiTran: 1.1 },
    communeCoefficients: [{ commune: communeIds.get('own'), coefficient: 1.5 }],
  })
  expect(rules.status, JSON.stringify(rules.body)).toBe(200)
  for (const [key, name, points] of [
    ['tin', `Tin ${TAG}`, 3],
    ['bai', `Bài ${TAG}`, 7],
  ] as const) {
    const reply = await rest('POST', '/api/royalty-genres', { token: adminToken, body: { name, points } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    genres[key] = reply.body.doc.id
    created.push(['royalty-genres', reply.body.doc.id])
  }
  await createPost({ title: `Tin A ${TAG}`, royaltyGenre: genres.tin, authors: [{ name: AN, share: 100 }] })
  await createPost({
    title: `Bài B ${TAG}`,
    royaltyGenre: genres.bai,
    royaltyPoints: 8,
    authors: [
      { name: AN, share: 60 },
      { name: BINH, share: 40 },
    ],
    photographers: [{ name: CUONG }],
  })
  await createPost({
    title: `Bài C ${TAG}`,
    royaltyGenre: genres.bai,
    origin: 'reprint',
    source: 'Báo An Giang',
    authors: [{ name: BINH, share: 100 }],
  })
}, 180_000)

afterAll(async () => {
  const locks = await rest('GET', `/api/royalty-statements?where[month][equals]=${MONTH}&limit=0`, {
    token: adminToken,
  })
  for (const doc of locks.body?.docs ?? [])
    await rest('DELETE', `/api/royalty-statements/${doc.id}`, { token: adminToken })
  for (const id of posts) await rest('DELETE', `/api/posts/${id}`, { token: adminToken })
  for (const id of announcements) await rest('DELETE', `/api/announcements/${id}`, { token: adminToken })
  for (const [collection, id] of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
  await setRules({
    pointValue: 0,
    reprintPercent: 50,
    photoPoints: 0,
    monthlyCap: 0,
    includeAnnouncements: false,
    communeCoefficients: [],
  })
})

describe('the monthly statement', () => {
  it('matches a hand count from the rules entered', async () => {
    const reply = await statement(tokens.get('chief'))
    expect(reply.status).toBe(200)
    const body = reply.body
    expect(body).toMatchObject({ commune: OWN, month: MONTH, locked: false })
    // One point = 150,000 đ × the commune's own coefficient 1.5 = 225,000 đ.
    // A: Tin 3 points = 675,000 (An). B: 8 points (the chief's) = 1,800,000: An 60% 1,080,000,
    // Bình 40% 720,000; photos 2 points = 450,000 (Cường). C: reprint of a Bài, 7 × 50% = 3.5
    // points = 787,500 (Bình).
    expect(amountOf(body, AN)).toBe(675_000 + 1_080_000)
    expect(amountOf(body, BINH)).toBe(720_000 + 787_500)
    expect(amountOf(body, CUONG)).toBe(450_000)
    const mine = body.items.filter((i: { title: string }) => i.title.endsWith(TAG))
    expect(mine.map((i: { amount: number }) => i.amount)).toEqual([675_000, 2_250_000, 787_500])
    expect(mine.map((i: { genre: string }) => i.genre)).toEqual([`Tin ${TAG}`, `Bài ${TAG}`, `Bài ${TAG}`])
    expect(mine[2].points).toBe(3.5)
    // Nobody else is paid this month in this commune (the demo's items are not scored).
    expect(body.total).toBe(3_712_500)
    expect(body.people.reduce((sum: number, p: { amount: number }) => sum + p.amount, 0)).toBe(body.total)
  })

  it('applies the monthly cap in the open, rounding every person down', async () => {
    expect((await setRules({ monthlyCap: 3_000_000 })).status).toBe(200)
    const body = (await statement(adminToken)).body
    expect(body.cap).toMatchObject({ cap: 3_000_000, uncappedTotal: 3_712_500 })
    const capped = (amount: number) => Math.floor((amount * 3_000_000) / 3_712_500)
    expect(amountOf(body, AN)).toBe(capped(1_755_000))
    expect(amountOf(body, BINH)).toBe(capped(1_507_500))
    expect(amountOf(body, CUONG)).toBe(capped(450_000))
    expect(body.total).toBeLessThanOrEqual(3_000_000)
    expect((await setRules({ monthlyCap: 0 })).status).toBe(200)
  })

  it('lets only the chief (and the province) score items', async () => {
    const byContributor = await createPost(
      { title: `Tin cộng tác viên ${TAG}`, royaltyPoints: 99, royaltyGenre: genres.bai, _status: 'draft' },
      tokens.get('contributor'),
    )
    expect(byContributor.royaltyPoints ?? null).toBeNull()
    expect(byContributor.royaltyGenre ?? null).toBeNull()
    const byEditor = await rest('PATCH', `/api/posts/${byContributor.id}?draft=true`, {
      token: tokens.get('editor'),
      body: { royaltyPoints: 50 },
    })
    expect(byEditor.body.doc?.royaltyPoints ?? null).toBeNull()
    const byChief = await rest('PATCH', `/api/posts/${byContributor.id}?draft=true`, {
      token: tokens.get('chief'),
      body: { royaltyPoints: 4, royaltyGenre: genres.tin },
    })
    expect(byChief.status).toBe(200)
    expect(byChief.body.doc.royaltyPoints).toBe(4)
  })
})

describe('announcements, where the province allows', () => {
  it('are paid as news items only when the rules include them, and scored only by the chief', async () => {
    const create = async (token: string | undefined, data: Record<string, unknown>) => {
      const reply = await rest('POST', '/api/announcements', {
        token,
        body: { tenant: communeIds.get('own'), _status: 'published', ...data },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      announcements.push(reply.body.doc.id)
      return reply.body.doc
    }
    const scored = await create(tokens.get('chief'), {
      title: `Thông báo lịch tiếp dân ${TAG}`,
      royaltyGenre: genres.tin,
      authors: [{ name: DUNG, share: 100 }],
    })
    expect(scored.royaltyGenre).toBeTruthy()
    // The contributor's own points on an announcement are dropped, as on a news item.
    const byContributor = await create(tokens.get('contributor'), {
      title: `Thông báo của cộng tác viên ${TAG}`,
      royaltyPoints: 99,
      _status: 'draft',
    })
    expect(byContributor.royaltyPoints ?? null).toBeNull()

    // Not allowed (the default): the statement is news items only.
    let body = (await statement(tokens.get('chief'))).body
    expect(amountOf(body, DUNG)).toBeUndefined()
    expect(body.items.some((i: { collection: string }) => i.collection === 'announcements')).toBe(false)
    expect(body.total).toBe(3_712_500)

    // Allowed: Tin 3 points × 225,000 đ = 675,000 đ to Dung, beside the news items.
    expect((await setRules({ includeAnnouncements: true })).status).toBe(200)
    try {
      body = (await statement(tokens.get('chief'))).body
      expect(amountOf(body, DUNG)).toBe(675_000)
      const item = body.items.find(
        (i: { id: number; collection: string }) => i.collection === 'announcements' && i.id === scored.id,
      )
      expect(item).toMatchObject({ id: scored.id, amount: 675_000, genre: `Tin ${TAG}` })
      expect(body.total).toBe(3_712_500 + 675_000)
      const sheet = await fetch(`${baseUrl()}${statementUrl(OWN, MONTH, '&format=xlsx')}`, {
        headers: { Authorization: `JWT ${tokens.get('chief')}` },
      })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await sheet.arrayBuffer())
      const titles: unknown[] = []
      workbook.worksheets[0]!.eachRow((row) => titles.push((row.values as unknown[])[2]))
      expect(titles).toContain(`Thông báo: Thông báo lịch tiếp dân ${TAG}`)
    } finally {
      expect((await setRules({ includeAnnouncements: false })).status).toBe(200)
    }
    expect((await statement(tokens.get('chief'))).body.total).toBe(3_712_500)
  })
})

describe('the statement exported, locked and summed', () => {
  it('is exported as a spreadsheet with the signature lines', async () => {
    const reply = await fetch(`${baseUrl()}${statementUrl(OWN, MONTH, '&format=xlsx')}`, {
      headers: { Authorization: `JWT ${tokens.get('chief')}` },
    })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await reply.arrayBuffer())
    const rows: unknown[][] = []
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    const text = rows.map((r) => r.join('|')).join('\n')
    expect(text).toContain(`BẢNG KÊ NHUẬN BÚT THÁNG ${MONTH.slice(5)}/${MONTH.slice(0, 4)}`)
    expect(rows.find((r) => r[1] === AN)?.[2]).toBe(1_755_000)
    expect(rows.find((r) => r[1] === BINH)?.[2]).toBe(1_507_500)
    expect(rows.find((r) => r[1] === 'Tổng cộng')?.[2]).toBe(3_712_500)
    for (const title of ['Người lập', 'Trưởng ban biên tập', 'Thủ trưởng đơn vị']) expect(text).toContain(title)
  })

  it('keeps a locked month as the chief locked it', async () => {
    expect(
      (await rest('POST', '/api/royalties/lock', { token: tokens.get('editor'), body: { commune: OWN, month: MONTH } }))
        .status,
    ).toBe(403)
    expect(
      (await rest('POST', '/api/royalties/lock', { token: otherChief, body: { commune: OWN, month: MONTH } })).status,
    ).toBe(403)
    expect((await rest('POST', '/api/royalties/lock', { body: { commune: OWN, month: MONTH } })).status).toBe(401)
    const lock = await rest('POST', '/api/royalties/lock', {
      token: tokens.get('chief'),
      body: { commune: OWN, month: MONTH },
    })
    expect(lock.status, JSON.stringify(lock.body)).toBe(200)
    expect(lock.body.locked).toBe(true)
    // The item is edited afterwards: the locked month does not move.
    const edit = await rest('PATCH', `/api/posts/${posts[0]}`, {
      token: tokens.get('chief'),
      body: { royaltyPoints: 10 },
    })
    expect(edit.status).toBe(200)
    const after = (await statement(tokens.get('chief'))).body
    expect(after.locked).toBe(true)
    expect(amountOf(after, AN)).toBe(1_755_000)
    expect(after.total).toBe(3_712_500)
    // Nobody writes a snapshot through the API; the province may reopen the month by deleting it.
    const snapshots = await rest('GET', `/api/royalty-statements?where[month][equals]=${MONTH}`, {
      token: tokens.get('chief'),
    })
    expect(snapshots.body.docs).toHaveLength(1)
    const id = snapshots.body.docs[0].id
    expect(
      (await rest('PATCH', `/api/royalty-statements/${id}`, { token: tokens.get('chief'), body: { total: 1 } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/royalty-statements/${id}`, { token: tokens.get('chief') })).status).toBe(403)
    expect((await rest('DELETE', `/api/royalty-statements/${id}`, { token: adminToken })).status).toBe(200)
    const reopened = (await statement(adminToken)).body
    expect(reopened.locked).toBe(false)
    // A: now 10 points = 2,250,000 instead of 675,000.
    expect(amountOf(reopened, AN)).toBe(2_250_000 + 1_080_000)
  })

  it('sums every commune for the province', async () => {
    const summary = await rest('GET', `/api/royalties/summary?month=${MONTH}`, { token: adminToken })
    expect(summary.status).toBe(200)
    const own = summary.body.rows.find((r: { commune: string }) => r.commune === OWN)
    expect(own.total).toBe((await statement(adminToken)).body.total)
    expect(summary.body.total).toBe(summary.body.rows.reduce((s: number, r: { total: number }) => s + r.total, 0))
    for (const actor of ACTORS.filter((a) => a !== 'province-admin'))
      expect((await rest('GET', `/api/royalties/summary?month=${MONTH}`, { token: tokens.get(actor) })).status).toBe(
        actor === 'anonymous' ? 401 : 403,
      )
  })
})

describe('who may see and set royalties', () => {
  it('shows a statement to its chief and the province only', async () => {
    const expected: Record<Actor, number> = {
      anonymous: 401,
      'province-admin': 200,
      'district-viewer': 403,
      chief: 200,
      editor: 403,
      contributor: 403,
    }
    for (const actor of ACTORS) expect((await statement(tokens.get(actor))).status, actor).toBe(expected[actor])
    expect((await rest('GET', statementUrl(OWN), { token: otherChief })).status).toBe(403)
    expect((await rest('GET', statementUrl('khong-co-xa-nay'), { token: tokens.get('chief') })).status).toBe(403)
    expect((await rest('GET', statementUrl(OWN, '2026-13'), { token: adminToken })).status).toBe(400)
    expect((await send('GET', statementUrl(OWN, MONTH, '&format=xlsx'), { token: otherChief })).status).toBe(403)
  })

  it('lets boards read the rules and genres and the province alone write them (REST)', async () => {
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const readStatus = actor === 'anonymous' ? 403 : 200
      expect((await rest('GET', '/api/royalty-genres', { token })).status, `${actor} reads genres`).toBe(readStatus)
      expect((await rest('GET', '/api/globals/royalty-rules', { token })).status, `${actor} reads rules`).toBe(
        readStatus,
      )
      if (actor === 'province-admin') continue
      expect((await rest('POST', '/api/royalty-genres', { token, body: { name: `X ${TAG}`, points: 1 } })).status).toBe(
        403,
      )
      expect((await rest('PATCH', `/api/royalty-genres/${genres.tin}`, { token, body: { points: 99 } })).status).toBe(
        403,
      )
      expect((await rest('DELETE', `/api/royalty-genres/${genres.tin}`, { token })).status).toBe(403)
      expect((await rest('POST', '/api/globals/royalty-rules', { token, body: { pointValue: 1 } })).status).toBe(403)
      const snapshot = await rest('POST', '/api/royalty-statements', {
        token,
        body: { commune: communeIds.get('own'), month: '2020-01' },
      })
      expect(snapshot.status).toBe(403)
    }
    const rules = await rest('GET', '/api/globals/royalty-rules', { token: adminToken })
    expect(rules.body.pointValue).toBe(150_000)
    expect(
      (
        await rest('POST', '/api/royalty-statements', {
          token: adminToken,
          body: { commune: communeIds.get('own'), month: '2020-01' },
        })
      ).status,
    ).toBe(403)
  })

  it('holds the same rules over GraphQL', async () => {
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const read = await graphql('{ RoyaltyGenres(limit: 1) { totalDocs } RoyaltyRules { pointValue } }', token)
      if (actor === 'anonymous') expect(read.body.errors?.length, 'anonymous reads').toBeGreaterThan(0)
      else expect(read.body.data?.RoyaltyRules?.pointValue, `${actor} reads`).toBe(150_000)
      const statements = await graphql('{ RoyaltyStatements { docs { month commune { id } } } }', token)
      if (actor === 'province-admin' || actor === 'chief')
        expect(statements.body.errors, `${actor} reads statements`).toBeUndefined()
      else if (actor !== 'anonymous') expect(statements.body.data?.RoyaltyStatements?.docs ?? []).toEqual([])
      if (actor === 'province-admin') continue
      const write = await graphql('mutation { updateRoyaltyRules(data: { pointValue: 1 }) { pointValue } }', token)
      expect(write.body.errors?.length, `${actor} writes rules`).toBeGreaterThan(0)
      const genre = await graphql(
        `mutation { createRoyaltyGenre(data: { name: "G ${TAG}", points: 1 }) { id } }`,
        token,
      )
      expect(genre.body.errors?.length, `${actor} creates a genre`).toBeGreaterThan(0)
    }
    expect((await rest('GET', '/api/globals/royalty-rules', { token: adminToken })).body.pointValue).toBe(150_000)
  })
})
