import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHIEF_SUBJECT, PROVINCE_SUBJECT } from '../../cms/features/oversight/digest'
import { sectionLabel } from '../../cms/features/oversight/required-sections'
import { credentials, graphql, loginAs, rest } from '../support/api'
import { sharedPayload } from '../support/shared-payload'
import { type Mail, startSmtpStandIn } from '../support/smtp-stand-in'

/**
 * The weekly digest (jobs queue "oversight", task oversightWeeklyDigest) through Payload's
 * nodemailer adapter to the SMTP stand-in: each chief gets their commune's letter, each province
 * admin the list of stale and non-compliant communes, and whoever turned it off gets nothing.
 * The test server runs without SMTP_URL, so the job runs here, on the server's database, in a
 * Payload with SMTP_URL set.
 */
type User = {
  id: number
  email: string
  globalRole?: string
  disabled?: boolean
  weeklyDigest?: boolean
  tenants?: { tenant: number; role: string }[]
}
type Row = {
  id: number
  commune: string
  stale: boolean
  score: number
  emptySections: string[]
  unansweredQuestions: number
  overdueDisclosures: number
}

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>
let admin = ''
let quietChief: { id: number; token: string }

beforeAll(async () => {
  smtp = await startSmtpStandIn()
  process.env.SMTP_URL = smtp.url
  admin = (await loginAs('province-admin')).token
  // A chief of another commune than my-binh's (whose letter is read below) turns theirs off.
  const quietCommune = credentials().find((c) => c.role === 'chief' && c.commune && c.commune !== 'my-binh')?.commune
  const chief = await loginAs('chief', quietCommune)
  const me = (await rest('GET', '/api/users/me', { token: chief.token })).body.user
  quietChief = { id: me.id, token: chief.token }
  payload = await sharedPayload()
}, 240_000)

afterAll(async () => {
  await rest('PATCH', `/api/users/${quietChief.id}`, { token: quietChief.token, body: { weeklyDigest: true } })
  await payload?.destroy()
  await smtp?.close()
})

describe('weekly digest', () => {
  it('each person turns their own digest off; nobody else can', async () => {
    const other = await loginAs('chief', 'my-binh')
    await rest('PATCH', `/api/users/${quietChief.id}`, { token: admin, body: { weeklyDigest: false } })
    expect((await rest('GET', `/api/users/${quietChief.id}`, { token: admin })).body.weeklyDigest).toBe(true)
    const own = await rest('PATCH', `/api/users/${quietChief.id}`, {
      token: quietChief.token,
      body: { weeklyDigest: false },
    })
    expect(own.status).toBe(200)
    expect((await rest('GET', `/api/users/${quietChief.id}`, { token: admin })).body.weeklyDigest).toBe(false)
    const me = (await rest('GET', '/api/users/me', { token: other.token })).body.user
    expect(me.weeklyDigest).toBe(true)
    // Over GraphQL too: a chief reads only their own choice, not their board's or another's.
    const seen = await graphql('{ Users(limit: 100) { docs { id weeklyDigest } } }', other.token)
    const docs: { id: number; weeklyDigest: boolean | null }[] = seen.body.data.Users.docs
    expect(docs.find((d) => d.id === me.id)?.weeklyDigest).toBe(true)
    expect(docs.filter((d) => d.id !== me.id).every((d) => d.weeklyDigest === null)).toBe(true)
    const changed = await graphql(
      `mutation { updateUser(id: ${quietChief.id}, data: { weeklyDigest: true }) { id } }`,
      other.token,
    )
    expect(changed.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect((await rest('GET', `/api/users/${quietChief.id}`, { token: admin })).body.weeklyDigest).toBe(false)
  })

  it('sends each chief their commune, each province admin the communes to watch, and no one else', async () => {
    await payload.jobs.queue({ task: 'oversightWeeklyDigest' as never, queue: 'oversight', input: {} as never })
    await payload.jobs.run({ queue: 'oversight' })
    const users: User[] = (await rest('GET', '/api/users?limit=0&depth=0', { token: admin })).body.docs
    const rows: Row[] = (await rest('GET', '/api/oversight/communes', { token: admin })).body.rows
    const byId = new Map(rows.map((r) => [r.id, r]))
    const wanted = users.filter((u) => !u.disabled && u.weeklyDigest !== false)
    const expected = [
      ...wanted.flatMap((u) =>
        (u.tenants ?? [])
          .filter((t) => t.role === 'chief' && byId.has(Number(t.tenant)))
          .map((t) => `${u.email} | ${CHIEF_SUBJECT(byId.get(Number(t.tenant))?.commune as string)}`),
      ),
      ...wanted.filter((u) => u.globalRole === 'province-admin').map((u) => `${u.email} | ${PROVINCE_SUBJECT}`),
    ].sort()
    const got = smtp.mails.map((m) => `${m.to.join(',')} | ${m.subject}`).sort()
    expect(got).toEqual(expected)
    const quiet = users.find((u) => u.id === quietChief.id) as User
    expect(smtp.mails.some((m) => m.to.includes(quiet.email))).toBe(false)

    const chief = await loginAs('chief', 'my-binh')
    const myBinh = rows.find((r) =>
      users.find((u) => u.email === chief.credential.email)?.tenants?.some((t) => Number(t.tenant) === r.id),
    ) as Row
    const letter = smtp.mails.find((m) => m.to.includes(chief.credential.email)) as Mail
    expect(letter.subject).toBe(`Báo cáo giám sát hằng tuần: ${myBinh.commune}`)
    expect(letter.text).toContain(`Mục bắt buộc còn trống (${myBinh.emptySections.length}):`)
    for (const key of myBinh.emptySections) expect(letter.text).toContain(`- ${sectionLabel(key)}`)
    expect(letter.text).toContain(`Nội dung công khai quá hạn chưa đăng (${myBinh.overdueDisclosures}):`)
    expect(letter.text).toContain(`Câu hỏi chưa trả lời quá 15 ngày: ${myBinh.unansweredQuestions}`)
    expect(letter.text).toContain('Nhận báo cáo giám sát hằng tuần')

    const province = smtp.mails.find((m) => m.subject === PROVINCE_SUBJECT) as Mail
    const stale = rows.filter((r) => r.stale)
    expect(province.text).toContain(`Đơn vị không cập nhật trong 30 ngày (${stale.length}):`)
    for (const r of stale) expect(province.text).toContain(`${r.commune} (`)
    expect(province.text).toContain(`(${rows.filter((r) => r.score < 60).length}):`)
  }, 240_000)
})
