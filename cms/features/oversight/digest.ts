import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { type ID, idOf } from '../../access/roles'
import { smtpUrl } from '../notifications/email-adapter'
import { formatDateVi } from './calendar'
import { disclosureState } from './disclosure-deadlines'
import { holidaysAround } from './holidays'
import { sectionLabel } from './required-sections'
import { type OversightRow, oversightReport } from './rows'
import { NON_COMPLIANT_BELOW } from './score'

type Person = {
  id: ID
  email: string
  name?: string | null
  tenants?: { tenant?: ID | { id: ID } | null; role?: string | null }[] | null
}

export type DigestMail = { to: string; subject: string; text: string }

const OFF_HINT = 'Không muốn nhận thư này: bỏ chọn "Nhận báo cáo giám sát hằng tuần" trong trang tài khoản của bạn.'

export const CHIEF_SUBJECT = (commune: string) => `Báo cáo giám sát hằng tuần: ${commune}`
export const PROVINCE_SUBJECT = 'Báo cáo giám sát hằng tuần: các đơn vị cần chú ý'

/** People who want the digest: enabled accounts whose choice is not off. */
const recipients = async (payload: Payload, where: object): Promise<Person[]> => {
  const found = await payload.find({
    collection: 'users',
    where: { and: [where, { weeklyDigest: { not_equals: false } }, { disabled: { not_equals: true } }] } as never,
    select: { email: true, name: true, tenants: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs as unknown as Person[]
}

/** Titles of each commune's overdue disclosures. */
const overdueTitles = async (
  payload: Payload,
  req: PayloadRequest,
  communeIds: ID[],
  now: Date,
): Promise<Map<string, string[]>> => {
  const holidays = await holidaysAround(req, now)
  const found = await payload.find({
    collection: 'disclosures',
    where: { and: [{ tenant: { in: communeIds } }, { _status: { not_equals: 'published' } }] },
    select: { tenant: true, title: true, decisionDate: true, publicationDate: true, _status: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const titles = new Map<string, string[]>()
  for (const d of found.docs as unknown as (Record<string, unknown> & { tenant?: ID })[]) {
    if (disclosureState(d, now, holidays) !== 'overdue') continue
    const key = String(idOf(d.tenant))
    titles.set(key, [
      ...(titles.get(key) ?? []),
      `${String(d.title)} (quyết định ngày ${formatDateVi(String(d.decisionDate))})`,
    ])
  }
  return titles
}

/** "Xã Mỹ Khánh (Thành phố Long Xuyên)", or the name alone for a commune of no district. */
const communeWithDistrict = (row: OversightRow): string =>
  row.districtId === null ? row.commune : `${row.commune} (${row.district})`

const list = (items: string[]): string => (items.length ? items.map((i) => `- ${i}`).join('\n') : '- Không có')

/** The chief's letter about one commune. */
export const chiefMail = (row: OversightRow, overdue: string[]): { subject: string; text: string } => ({
  subject: CHIEF_SUBJECT(row.commune),
  text: [
    `Báo cáo giám sát hằng tuần của ${communeWithDistrict(row)}.`,
    '',
    `Mục bắt buộc còn trống (${row.emptySections.length}):`,
    list(row.emptySections.map(sectionLabel)),
    '',
    `Nội dung công khai quá hạn chưa đăng (${row.overdueDisclosures}):`,
    list(overdue),
    '',
    `Câu hỏi chưa trả lời quá 15 ngày: ${row.unansweredQuestions}`,
    `Điểm tuân thủ: ${row.score}/100`,
    '',
    OFF_HINT,
  ].join('\n'),
})

/** The province's letter: the stale and the non-compliant communes. */
export const provinceMail = (rows: OversightRow[]): { subject: string; text: string } => {
  const stale = rows.filter((r) => r.stale)
  const weak = rows.filter((r) => r.score < NON_COMPLIANT_BELOW)
  const line = (r: OversightRow) =>
    `${communeWithDistrict(r)}: điểm ${r.score}, đăng gần nhất ${formatDateVi(r.lastPublishedAt) || 'chưa có'}`
  return {
    subject: PROVINCE_SUBJECT,
    text: [
      `Đơn vị không cập nhật trong 30 ngày (${stale.length}):`,
      list(stale.map(line)),
      '',
      `Đơn vị chưa đạt (điểm dưới ${NON_COMPLIANT_BELOW}) (${weak.length}):`,
      list(weak.map(line)),
      '',
      OFF_HINT,
    ].join('\n'),
  }
}

/** The letters of this week, to everyone who did not turn them off. */
export const weeklyDigestMails = async (payload: Payload, now = new Date()): Promise<DigestMail[]> => {
  const req = await createLocalReq({}, payload)
  const report = await oversightReport(req, { communeIds: null, districtId: null })
  const byId = new Map(report.rows.map((r) => [String(r.id), r]))
  const chiefs = await recipients(payload, { 'tenants.role': { equals: 'chief' } })
  const admins = await recipients(payload, { globalRole: { equals: 'province-admin' } })
  const overdue = await overdueTitles(
    payload,
    req,
    [...byId.values()].map((r) => r.id),
    now,
  )
  const mails: DigestMail[] = []
  for (const chief of chiefs)
    for (const membership of chief.tenants ?? []) {
      const row = membership.role === 'chief' ? byId.get(String(idOf(membership.tenant))) : undefined
      if (row) mails.push({ to: chief.email, ...chiefMail(row, overdue.get(String(row.id)) ?? []) })
    }
  const province = provinceMail(report.rows)
  for (const admin of admins) mails.push({ to: admin.email, ...province })
  return mails
}

/** Sends the weekly letters when a mail relay is set (SMTP_URL); returns how many went. */
export const sendWeeklyDigest = async (payload: Payload): Promise<number> => {
  if (!smtpUrl()) {
    payload.logger.info('Oversight: weekly digest skipped (SMTP_URL not set)')
    return 0
  }
  const mails = await weeklyDigestMails(payload)
  let sent = 0
  for (const mail of mails) {
    try {
      await payload.sendEmail(mail)
      sent++
    } catch (err) {
      payload.logger.error(`Oversight: weekly digest to user failed: ${(err as Error).message}`)
    }
  }
  return sent
}
