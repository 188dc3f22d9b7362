/**
 * What provisioning is asked to do, checked before anything is written: the commune's name,
 * type, official code, district (optional), theme, domains, board and slug. Every refusal names its field
 * in Vietnamese (what the admin and the command line show); the error's message is English,
 * for logs. Pure: no database.
 */
import { isDomainName } from '../../../contract/site-urls'
import { COMMUNE_TYPES, communeTypeLabel, isCommuneType, type CommuneType } from '../../../contract/vocabulary'
import { THEMES } from '../../../themes/index'
import { MEMBER_ROLES, type MemberRole } from '../../access/roles'
import { baseUnitSlug, stripTypePrefix } from '../../lib/unit-slugs'
import { normalizeText, normalizeUnitName, slugify } from '../../lib/vietnamese'

export type BoardMember = { name: string; email: string; role: MemberRole }
export type ProvisionInput = {
  name: string
  type?: CommuneType
  code: string
  /**
   * The district's (or region's) name (with or without "Huyện", any case, with or without
   * diacritics) or official code. Optional: since 2025-07-01 there are no districts.
   */
  district?: string
  theme: number
  domains?: string[]
  board?: BoardMember[]
  /** The slug a list assigns (bulk runs, cms/features/provisioning/data); otherwise made from the name. */
  slug?: string
}

/** The input once checked and normalised (NFC, tone placement, casing of the type). */
export type CleanInput = {
  name: string
  type: CommuneType
  code: string
  /** Empty: the commune belongs to no district. */
  district: string
  theme: number
  domains: string[]
  board: BoardMember[]
  slug?: string
}

export type ProvisionProblem = { field: string; message: string }

/** Invalid input: each entry names the field, in Vietnamese; the error's message is English, for logs. */
export class ProvisionError extends Error {
  readonly errors: ProvisionProblem[]
  constructor(errors: (ProvisionProblem & { en: string })[]) {
    super(`Provisioning refused: ${errors.map((e) => `${e.field}: ${e.en}`).join('; ')}`)
    this.name = 'ProvisionError'
    this.errors = errors.map(({ field, message }) => ({ field, message }))
  }
}

/** Collects the problems of one input: `bad(field, vietnamese, english)`. */
type Refuse = (field: string, message: string, en: string) => void

/** The same rule as the commune's domain field (contract/site-urls.ts, isDomainName). */
const EMAIL_RE = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/

const isMemberRole = (role: unknown): role is MemberRole => MEMBER_ROLES.includes(role as MemberRole)

/** The type a name starts with ("Thị Trấn Núi Sập" → thi-tran), if any. */
export const typeFromName = (name: string): CommuneType | undefined =>
  COMMUNE_TYPES.find((t) => normalizeUnitName(name, t.label).startsWith(`${t.label} `))?.value

/** The name with its type first ("Mỹ Khánh", xa → "Xã Mỹ Khánh"), in the seed's casing; undefined when refused. */
const checkName = (input: ProvisionInput, bad: Refuse): { name: string; type?: CommuneType } => {
  const name = normalizeText(String(input.name ?? ''))
  const named = name ? typeFromName(name) : undefined
  const type = input.type ?? named
  if (!name) bad('name', 'Tên đơn vị: bắt buộc (ví dụ "Xã Mỹ Khánh").', 'name is required')
  else if (name.length > 120) bad('name', 'Tên đơn vị: tối đa 120 ký tự.', 'name longer than 120 characters')
  if (input.type !== undefined && !isCommuneType(input.type))
    bad('type', 'Loại đơn vị: chọn Xã, Phường hoặc Thị trấn.', `unknown type ${String(input.type)}`)
  else if (!type && name)
    bad(
      'type',
      'Loại đơn vị: chọn Xã, Phường hoặc Thị trấn, hoặc ghi trong tên (ví dụ "Xã Mỹ Khánh").',
      'type missing and not in the name',
    )
  else if (type && named && named !== type)
    bad(
      'name',
      `Tên đơn vị bắt đầu bằng "${communeTypeLabel(named)}" nhưng loại đơn vị là ${communeTypeLabel(type)}.`,
      `name starts with ${named} but type is ${type}`,
    )
  if (!name || !type || !isCommuneType(type) || (named && named !== type)) return { name, type }
  const label = communeTypeLabel(type)
  const full = normalizeUnitName(named ? name : `${label} ${name}`, label)
  if (stripTypePrefix(full, label) === full || !baseUnitSlug(full, label))
    bad(
      'name',
      'Tên đơn vị: cần có tên riêng sau loại đơn vị (ví dụ "Xã Mỹ Khánh").',
      'name has no proper name after the type',
    )
  return { name: full, type }
}

const checkCode = (input: ProvisionInput, bad: Refuse): string => {
  const code = String(input.code ?? '').trim()
  if (!/^\d{5}$/.test(code))
    bad('code', 'Mã đơn vị hành chính: gồm đúng 5 chữ số (ví dụ 30310).', `code "${code}" is not 5 digits`)
  return code
}

/** The district as given, normalised; empty when the commune belongs to none (no district since 2025). */
const checkDistrict = (input: ProvisionInput): string => normalizeText(String(input.district ?? ''))

const checkTheme = (input: ProvisionInput, bad: Refuse): number => {
  const theme = Number(input.theme)
  if (!Number.isInteger(theme) || theme < 1 || theme > THEMES.length)
    bad(
      'theme',
      `Giao diện: một số từ 1 đến ${THEMES.length}.`,
      `theme ${String(input.theme)} not in 1..${THEMES.length}`,
    )
  return theme
}

/** Domains in lower case without scheme or trailing slash, each once. */
const checkDomains = (input: ProvisionInput, bad: Refuse): string[] => {
  const domains: string[] = []
  for (const [i, raw] of (input.domains ?? []).entries()) {
    const domain = String(raw ?? '')
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/+$/, '')
    if (!isDomainName(domain))
      bad(
        `domains[${i}]`,
        `Tên miền "${String(raw)}" không hợp lệ (ví dụ: mykhanh.longxuyen.angiang.gov.vn).`,
        `invalid domain ${String(raw)}`,
      )
    else if (!domains.includes(domain)) domains.push(domain)
  }
  return domains
}

/** One board member, normalised; undefined when any of its fields is refused. */
const checkMember = (
  member: BoardMember | undefined,
  i: number,
  seen: Set<string>,
  bad: Refuse,
): BoardMember | undefined => {
  const name = normalizeText(String(member?.name ?? ''))
  const email = String(member?.email ?? '')
    .trim()
    .toLowerCase()
  const emailOk = EMAIL_RE.test(email)
  if (!name) bad(`board[${i}].name`, `Ban biên tập, người thứ ${i + 1}: cần họ tên.`, `board[${i}] has no name`)
  if (!emailOk)
    bad(
      `board[${i}].email`,
      `Ban biên tập, người thứ ${i + 1}: thư điện tử "${String(member?.email ?? '')}" không hợp lệ.`,
      `board[${i}] invalid email`,
    )
  else if (seen.has(email))
    bad(`board[${i}].email`, `Ban biên tập: thư điện tử ${email} bị lặp.`, `board[${i}] repeats ${email}`)
  if (!isMemberRole(member?.role))
    bad(
      `board[${i}].role`,
      `Ban biên tập, người thứ ${i + 1}: vai trò là trưởng ban, biên tập hoặc cộng tác viên.`,
      `board[${i}] invalid role`,
    )
  seen.add(email)
  return name && emailOk && member && isMemberRole(member.role) ? { name, email, role: member.role } : undefined
}

const checkBoard = (input: ProvisionInput, bad: Refuse): BoardMember[] => {
  const seen = new Set<string>()
  return (input.board ?? []).flatMap((member, i) => checkMember(member, i, seen, bad) ?? [])
}

const checkSlug = (input: ProvisionInput, bad: Refuse): string | undefined => {
  const slug = input.slug?.trim() || undefined
  if (slug && slugify(slug) !== slug)
    bad('slug', 'Đường dẫn: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.', `invalid slug ${slug}`)
  return slug
}

/** Checks and normalises the input; throws a ProvisionError naming every bad field. */
export const validateProvisionInput = (input: ProvisionInput): CleanInput => {
  const problems: (ProvisionProblem & { en: string })[] = []
  const bad: Refuse = (field, message, en) => problems.push({ field, message, en })
  const { name, type } = checkName(input, bad)
  const clean = {
    name,
    code: checkCode(input, bad),
    district: checkDistrict(input),
    theme: checkTheme(input, bad),
    domains: checkDomains(input, bad),
    board: checkBoard(input, bad),
    slug: checkSlug(input, bad),
  }
  if (problems.length || !type) throw new ProvisionError(problems)
  return { ...clean, type }
}
