import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDate, workingDaysBetween } from '../../cms/lib/working-days'
import { setUpActors } from '../support/actors'
import { graphql, rest } from '../support/api'
import type { Actor } from '../support/roles'

/**
 * Lịch nghỉ lễ and the 5-working-day rule over HTTP: the role matrix of the `holidays`
 * collection (REST and GraphQL), the calendar and deadline endpoints across Tết 2027 with the
 * province's entries, the publication date set by the server (never by a client) and the on-time
 * flag following the calendar.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const ACTORS: Actor[] = ['anonymous', 'province-admin', 'district-viewer', 'chief', 'editor', 'contributor']

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<'own' | 'other', number>()
const created: [string, number][] = []

const addEntry = async (date: string, kind: string, note = 'kiểm thử') => {
  const reply = await rest('POST', '/api/holidays', { token: adminToken, body: { date, kind, note } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push(['holidays', reply.body.doc.id])
  return reply.body.doc as { id: number; day: string }
}

const removeEntry = async (id: number) => {
  expect((await rest('DELETE', `/api/holidays/${id}`, { token: adminToken })).status).toBe(200)
  const at = created.findIndex(([c, i]) => c === 'holidays' && i === id)
  if (at >= 0) created.splice(at, 1)
}

const deadline = async (decision: string, token = adminToken) =>
  rest('GET', `/api/working-days/deadline?decision=${encodeURIComponent(decision)}`, { token })

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
}, 120_000)

afterAll(async () => {
  for (const [collection, id] of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

describe('Lịch nghỉ lễ: who may do what', () => {
  it('is read by every signed-in role and written by the province admin only (REST)', async () => {
    const entry = await addEntry('2031-01-02', 'ngay-nghi')
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const list = await rest('GET', '/api/holidays?limit=5', { token })
      expect(list.status, `${actor} reads`).toBe(actor === 'anonymous' ? 403 : 200)
      if (actor === 'province-admin') continue
      const create = await rest('POST', '/api/holidays', { token, body: { date: '2031-01-03', kind: 'ngay-nghi' } })
      expect(create.status, `${actor} creates`).toBe(403)
      const update = await rest('PATCH', `/api/holidays/${entry.id}`, { token, body: { kind: 'lam-bu' } })
      expect([403, 404], `${actor} updates`).toContain(update.status)
      const remove = await rest('DELETE', `/api/holidays/${entry.id}`, { token })
      expect([403, 404], `${actor} deletes`).toContain(remove.status)
    }
    const kept = await rest('GET', `/api/holidays/${entry.id}`, { token: adminToken })
    expect(kept.body.kind).toBe('ngay-nghi')
    expect(kept.body.day).toBe('2031-01-02')
    const update = await rest('PATCH', `/api/holidays/${entry.id}`, { token: adminToken, body: { kind: 'nghi-bu' } })
    expect(update.status).toBe(200)
    await removeEntry(entry.id)
  })

  it('is read by boards and written by the province admin only (GraphQL)', async () => {
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const read = await graphql('{ Holidays(limit: 1) { totalDocs } }', token)
      if (actor === 'anonymous') expect(read.body.errors?.length, 'anonymous reads').toBeGreaterThan(0)
      else expect(read.body.data?.Holidays?.totalDocs, `${actor} reads`).toBeGreaterThanOrEqual(0)
      const create = await graphql(
        'mutation { createHoliday(data: { date: "2031-02-03T00:00:00.000Z", kind: ngay_nghi }) { id day } }',
        token,
      )
      if (actor === 'province-admin') {
        expect(create.body.data.createHoliday.day).toBe('2031-02-03')
        await removeEntry(create.body.data.createHoliday.id)
      } else expect(create.body.errors?.length, `${actor} creates`).toBeGreaterThan(0)
    }
  })
})

describe('the calendar across Tết 2027', () => {
  it('computes Tết, the Hùng Kings and the days off in lieu', async () => {
    expect((await rest('GET', '/api/working-days/calendar?year=2027')).status).toBe(401)
    const reply = await rest('GET', '/api/working-days/calendar?year=2027', { token: tokens.get('contributor') })
    expect(reply.status).toBe(200)
    expect(reply.body.holidays).toEqual(
      expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-09', '2027-02-10', '2027-02-11', '2027-04-16']),
    )
    expect(reply.body.holidays).not.toContain('2027-02-12')
  })

  it('counts a decision before Tết to its deadline after it, with the entries of the province', async () => {
    // Decision Wed 2027-02-03: Thu 04, then Tết and its days in lieu (05-11), Fri 12, Mon 15, Tue 16, Wed 17.
    const decision = '2027-02-03T10:00:00+07:00'
    expect((await deadline(decision)).body.deadline).toBe('2027-02-17T16:59:59.999Z')
    // The government gives Thu 04 too: the 5th working day moves to Thu 18.
    const dayOff = await addEntry('2027-02-04', 'ngay-nghi', 'Nghỉ thêm trước Tết (hoán đổi)')
    expect(dayOff.day).toBe('2027-02-04')
    expect((await deadline(decision)).body.deadline).toBe('2027-02-18T16:59:59.999Z')
    // ... and makes Sat 13 a make-up working day: back to Wed 17.
    const makeUp = await addEntry('2027-02-13', 'lam-bu', 'Làm bù cho ngày 04/02')
    expect((await deadline(decision, tokens.get('chief'))).body.deadline).toBe('2027-02-17T16:59:59.999Z')
    await removeEntry(makeUp.id)
    await removeEntry(dayOff.id)
    expect((await deadline(decision)).body.deadline).toBe('2027-02-17T16:59:59.999Z')
    expect((await deadline('không phải ngày')).status).toBe(400)
  })
})

/** A working day such that `n` working days (statutory calendar) lie after it up to now. */
const decisionWorkingDaysAgo = (n: number): Date => {
  const now = new Date()
  for (let k = 1; k < 40; k++) {
    const day = new Date(now.getTime() - k * 86_400_000)
    if (isWorkingDate(day) && workingDaysBetween(day, now) === n) return day
  }
  throw new Error('no such day')
}

describe('the publication date and the on-time flag of a disclosure', () => {
  it('takes the server clock when first published and ignores a typed date (REST and GraphQL)', async () => {
    const chief = tokens.get('chief')
    const before = Date.now()
    const reply = await rest('POST', '/api/disclosures', {
      token: chief,
      body: {
        tenant: communeIds.get('own'),
        title: `Công khai ngày do máy chủ ghi ${before}`,
        category: 'khac',
        decisionDate: new Date(before - 86_400_000).toISOString(),
        publicationDate: '2020-01-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const doc = reply.body.doc
    created.push(['disclosures', doc.id])
    const stamped = Date.parse(doc.publicationDate)
    expect(stamped).toBeGreaterThanOrEqual(before - 1000)
    expect(stamped).toBeLessThanOrEqual(Date.now() + 1000)
    const patch = await rest('PATCH', `/api/disclosures/${doc.id}`, {
      token: chief,
      body: { publicationDate: '2020-01-01T00:00:00.000Z', title: `${doc.title} (sửa)` },
    })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.publicationDate).toBe(doc.publicationDate)
    const viaGraphql = await graphql(
      `mutation { updateDisclosure(id: ${doc.id}, data: { publicationDate: "2020-01-01T00:00:00.000Z" }) { publicationDate } }`,
      adminToken,
    )
    expect(viaGraphql.body.data?.updateDisclosure?.publicationDate ?? doc.publicationDate).toBe(doc.publicationDate)
    const read = await rest('GET', `/api/disclosures/${doc.id}`, { token: adminToken })
    expect(read.body.publicationDate).toBe(doc.publicationDate)
    // A draft has none; publishing it later stamps it.
    const draft = await rest('POST', '/api/disclosures?draft=true', {
      token: chief,
      body: {
        tenant: communeIds.get('own'),
        title: `Công khai nháp ${before}`,
        category: 'khac',
        decisionDate: new Date(before).toISOString(),
        publicationDate: '2020-01-01T00:00:00.000Z',
        _status: 'draft',
      },
    })
    expect(draft.status).toBe(201)
    created.push(['disclosures', draft.body.doc.id])
    expect(draft.body.doc.publicationDate ?? null).toBeNull()
  })

  it('flags late and on-time publications with the calendar the province enters', async () => {
    const decision = decisionWorkingDaysAgo(6)
    const reply = await rest('POST', '/api/disclosures', {
      token: adminToken,
      body: {
        tenant: communeIds.get('own'),
        title: `Công khai sáu ngày làm việc ${Date.now()}`,
        category: 'khac',
        decisionDate: decision.toISOString(),
        _status: 'published',
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    created.push(['disclosures', reply.body.doc.id])
    expect(reply.body.doc.publishedOnTime).toBe(false)
    // The province enters a day off between the decision and now: 5 working days, in time.
    const dayOff = addWorkingDays(decision, 1)
    const local = new Date(dayOff.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
    const entry = await addEntry(local, 'ngay-nghi', 'Nghỉ theo thông báo')
    const resaved = await rest('PATCH', `/api/disclosures/${reply.body.doc.id}`, {
      token: adminToken,
      body: { title: `${reply.body.doc.title} (lưu lại)` },
    })
    expect(resaved.body.doc.publishedOnTime).toBe(true)
    await removeEntry(entry.id)
  })
})
