import { beforeAll, describe, expect, it } from 'vitest'
import { loginAs, rest, type Reply } from '../support/api'

/**
 * Hỏi đáp - Góp ý over REST: a citizen (no account) asks through POST /api/questions/submit,
 * the commune's board reads and answers, the chief publishes; the asker's contact and the
 * consent record never reach the public.
 */
const OWN = 'my-binh'
const OTHER = 'my-long'

let adminToken = ''
let chiefToken = ''
let otherChiefToken = ''
let editorToken = ''
let contributorToken = ''
const communeIds = new Map<string, number>()

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  chiefToken = (await loginAs('chief', OWN)).token
  otherChiefToken = (await loginAs('chief', OTHER)).token
  editorToken = (await loginAs('editor', OWN)).token
  contributorToken = (await loginAs('contributor', OWN)).token
  for (const slug of [OWN, OTHER]) {
    const reply = await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=0`, { token: adminToken })
    expect(reply.status).toBe(200)
    communeIds.set(slug, reply.body.docs[0].id)
  }
})

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

let counter = 0
/** A question text unique to one test, so each test finds exactly its own document. */
const uniqueQuestion = (topic: string) =>
  `Xin hỏi về ${topic}, mã ${Date.now().toString(36)}-${++counter}: cần chuẩn bị giấy tờ gì?`

const CONTACT = '0912 345 678'

const citizenForm = (question: string, overrides: Record<string, unknown> = {}) => ({
  commune: OWN,
  askerName: 'Nguyễn Thị Lan',
  askerContact: CONTACT,
  question,
  consent: true,
  ...overrides,
})

const submit = (body: Record<string, unknown>) => rest('POST', '/api/questions/submit', { body })

const byQuestion = (question: string, token?: string) =>
  rest('GET', `/api/questions?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { token })

/** Submits a question to my-binh as a citizen and returns its id (read back as the province admin). */
const submitted = async (topic: string): Promise<{ id: number; question: string }> => {
  const question = uniqueQuestion(topic)
  const reply = await submit(citizenForm(question))
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  const found = await byQuestion(question, adminToken)
  expect(found.body.docs).toHaveLength(1)
  return { id: found.body.docs[0].id, question }
}

const adminRead = async (id: number) => {
  const reply = await rest('GET', `/api/questions/${id}?depth=0`, { token: adminToken })
  expect(reply.status).toBe(200)
  return reply.body
}

const totalQuestions = async (): Promise<number> => {
  const reply = await rest('GET', '/api/questions?limit=0&depth=0', { token: adminToken })
  expect(reply.status).toBe(200)
  return reply.body.totalDocs
}

/** A read that reveals nothing: refused outright, or answered with no document. */
const revealsNothing = (reply: Reply) =>
  [401, 403, 404].includes(reply.status) ||
  (reply.status === 200 && Array.isArray(reply.body?.docs) && reply.body.docs.length === 0)

/** Vietnamese letters that do not occur in English text. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

const PRIVATE_FIELDS = ['askerContact', 'consent', 'consentAt', 'noticeVersion']

// ---------------------------------------------------------------------------
// A citizen's question, from the form to the published answer
// ---------------------------------------------------------------------------

/** The question is accepted, and the form's fields are all it takes. */
const acceptedQuestionTests = () => {
  it('is accepted with a Vietnamese message and reaches the chief of my-binh as pending, with the consent record', async () => {
    const question = uniqueQuestion('đăng ký khai sinh')
    const sentAt = Date.now()
    const reply = await submit(citizenForm(question))
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(typeof reply.body.message).toBe('string')
    expect(reply.body.message).toMatch(VIETNAMESE)
    expect(JSON.stringify(reply.body)).not.toContain(CONTACT)

    const found = await byQuestion(question, chiefToken)
    expect(found.status).toBe(200)
    expect(found.body.docs).toHaveLength(1)
    const doc = found.body.docs[0]
    expect(doc.tenant).toBe(communeIds.get(OWN))
    expect(doc.status).toBe('pending')
    expect(doc.published).toBe(false)
    expect(doc.askerName).toBe('Nguyễn Thị Lan')
    expect(doc.askerContact).toBe(CONTACT)
    expect(doc.consent).toBe(true)
    expect(typeof doc.consentAt).toBe('string')
    const consentAt = Date.parse(doc.consentAt)
    expect(consentAt).toBeGreaterThanOrEqual(sentAt - 5_000)
    expect(consentAt).toBeLessThanOrEqual(Date.now() + 5_000)
    expect(typeof doc.noticeVersion).toBe('string')
    expect(doc.noticeVersion.length).toBeGreaterThan(0)
  })

  it('takes only the form fields: a citizen cannot publish, answer or pick the status', async () => {
    const question = uniqueQuestion('tự công khai')
    const reply = await submit(
      citizenForm(question, {
        published: true,
        status: 'answered',
        answer: 'Tự trả lời',
        consentAt: '2000-01-01T00:00:00.000Z',
        noticeVersion: 'gia-mao',
        tenant: communeIds.get(OTHER),
      }),
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const found = await byQuestion(question, adminToken)
    expect(found.body.docs).toHaveLength(1)
    const doc = found.body.docs[0]
    expect(doc.tenant).toBe(communeIds.get(OWN))
    expect(doc.published).toBe(false)
    expect(doc.status).toBe('pending')
    expect(doc.answer ?? null).toBeNull()
    expect(doc.noticeVersion).not.toBe('gia-mao')
    expect(Date.parse(doc.consentAt)).toBeGreaterThan(Date.parse('2020-01-01'))
    expect(revealsNothing(await byQuestion(question))).toBe(true)
  })
}

/** Who sees the question, before and after it is published. */
const questionVisibilityTests = () => {
  it('is not visible to the chief of my-long, nor to anonymous readers while unpublished', async () => {
    const { id, question } = await submitted('chứng thực bản sao')
    expect((await byQuestion(question, chiefToken)).body.docs).toHaveLength(1) // it exists for its own board

    const otherList = await byQuestion(question, otherChiefToken)
    expect(revealsNothing(otherList), JSON.stringify(otherList.body).slice(0, 300)).toBe(true)
    const otherOne = await rest('GET', `/api/questions/${id}?depth=0`, { token: otherChiefToken })
    expect([403, 404], JSON.stringify(otherOne.body).slice(0, 300)).toContain(otherOne.status)

    const anonList = await byQuestion(question)
    expect(revealsNothing(anonList), JSON.stringify(anonList.body).slice(0, 300)).toBe(true)
    const anonOne = await rest('GET', `/api/questions/${id}?depth=0`)
    expect([401, 403, 404], JSON.stringify(anonOne.body).slice(0, 300)).toContain(anonOne.status)
  })

  it('once published by the chief, anonymous readers get the answer but never the contact or the consent record', async () => {
    const { id, question } = await submitted('cấp đổi căn cước')
    const answer = 'Ông/bà mang căn cước cũ đến bộ phận một cửa của xã, không mất phí.'
    const published = await rest('PATCH', `/api/questions/${id}`, {
      token: chiefToken,
      body: { published: true, answer, status: 'answered' },
    })
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200)

    // The chief still sees the contact of the asker.
    const chiefView = await rest('GET', `/api/questions/${id}?depth=0`, { token: chiefToken })
    expect(chiefView.body.askerContact).toBe(CONTACT)
    expect(chiefView.body.published).toBe(true)

    const anonOne = await rest('GET', `/api/questions/${id}?depth=0`)
    expect(anonOne.status, JSON.stringify(anonOne.body).slice(0, 300)).toBe(200)
    const anonList = await byQuestion(question)
    expect(anonList.status).toBe(200)
    expect(anonList.body.docs).toHaveLength(1)
    for (const doc of [anonOne.body, anonList.body.docs[0]]) {
      expect(doc.id).toBe(id)
      expect(doc.question).toBe(question)
      expect(doc.answer).toBe(answer)
      for (const field of PRIVATE_FIELDS) expect(doc, field).not.toHaveProperty(field)
      expect(JSON.stringify(doc)).not.toContain(CONTACT)
    }

    // Nor can the contact be guessed by filtering on it.
    const probe = await rest(
      'GET',
      `/api/questions?where[askerContact][equals]=${encodeURIComponent(CONTACT)}&where[id][equals]=${id}&depth=0`,
    )
    expect(revealsNothing(probe) || probe.status === 400, JSON.stringify(probe.body).slice(0, 300)).toBe(true)
  })
}

describe('a citizen asks my-binh', () => {
  acceptedQuestionTests()
  questionVisibilityTests()
})

// ---------------------------------------------------------------------------
// Refused submissions
// ---------------------------------------------------------------------------

describe('a refused submission names the field and creates nothing', () => {
  const cases: { title: string; change: Record<string, unknown>; field: string }[] = [
    { title: 'missing consent', change: { consent: undefined }, field: 'consent' },
    { title: 'consent false', change: { consent: false }, field: 'consent' },
    {
      title: 'a contact that is neither a phone number nor an email',
      change: { askerContact: 'gọi cho tôi' },
      field: 'askerContact',
    },
    { title: 'an unknown commune', change: { commune: 'xa-khong-ton-tai' }, field: 'commune' },
  ]

  it.each(cases)('$title → 400 naming "$field"', async ({ change, field }) => {
    const question = uniqueQuestion('bị từ chối')
    const before = await totalQuestions()
    const body = Object.fromEntries(Object.entries(citizenForm(question, change)).filter(([, v]) => v !== undefined))
    const reply = await submit(body)
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    const errors: { field: string; message: string }[] = reply.body.errors
    expect(errors.map((e) => e.field)).toEqual([field])
    expect(errors[0]!.message).toMatch(VIETNAMESE)
    expect(await totalQuestions()).toBe(before)
    expect((await byQuestion(question, adminToken)).body.docs).toHaveLength(0)
  })

  it('the generic create stays closed to anonymous clients', async () => {
    const question = uniqueQuestion('cửa sau')
    const before = await totalQuestions()
    const reply = await rest('POST', '/api/questions', {
      body: { ...citizenForm(question), tenant: communeIds.get(OWN) },
    })
    expect([401, 403], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
    expect(await totalQuestions()).toBe(before)
  })
})

// ---------------------------------------------------------------------------
// The board
// ---------------------------------------------------------------------------

describe('the board of my-binh', () => {
  it('an editor can answer but cannot publish', async () => {
    const { id, question } = await submitted('xin giấy phép xây dựng')
    const answer = 'Hồ sơ nộp tại bộ phận một cửa, thời hạn giải quyết 15 ngày.'
    const answered = await rest('PATCH', `/api/questions/${id}`, { token: editorToken, body: { answer } })
    expect(answered.status, JSON.stringify(answered.body).slice(0, 300)).toBe(200)
    expect((await adminRead(id)).answer).toBe(answer)

    const publish = await rest('PATCH', `/api/questions/${id}`, { token: editorToken, body: { published: true } })
    expect([200, 400, 403], JSON.stringify(publish.body).slice(0, 300)).toContain(publish.status)
    if (publish.status === 200) expect(publish.body.doc.published).toBe(false)
    expect((await adminRead(id)).published).toBe(false)
    expect(revealsNothing(await byQuestion(question))).toBe(true)
    expect([401, 403, 404]).toContain((await rest('GET', `/api/questions/${id}?depth=0`)).status)
  })

  it('a contributor cannot read questions at all', async () => {
    const { id, question } = await submitted('hộ nghèo')
    const list = await rest('GET', `/api/questions?where[tenant][equals]=${communeIds.get(OWN)}&depth=0`, {
      token: contributorToken,
    })
    expect(revealsNothing(list), JSON.stringify(list.body).slice(0, 300)).toBe(true)
    expect(revealsNothing(await byQuestion(question, contributorToken))).toBe(true)
    const one = await rest('GET', `/api/questions/${id}?depth=0`, { token: contributorToken })
    expect([403, 404], JSON.stringify(one.body).slice(0, 300)).toContain(one.status)
  })
})
