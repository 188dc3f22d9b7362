/**
 * Provisioning of one commune in one step: the commune, its site's starting content (the
 * province's template), its board's accounts with their invitations, its Matomo site, and its
 * site, live. Keyed by the official code and idempotent: every step first checks whether it is
 * done, so a second run creates nothing twice and a run after a crash or a failure finishes
 * what is missing. Every action goes to the audit log.
 *
 * Imported by the admin (through its endpoints): it stays free of the site generator, which
 * only `build: 'now'` loads, outside the admin's bundle (the command line).
 */
import os from 'node:os'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { idOf, isProvinceAdmin, type ID } from '../../access/roles'
import { THEMES } from '../../../themes/index'
import { writeAudit, type AuditEntry } from '../../hooks/audit'
import { baseUnitSlug, districtSlug, stripTypePrefix, uniqueSlug } from '../../lib/unit-slugs'
import { foldForSearch, normalizeText, normalizeUnitName, slugify } from '../../lib/vietnamese'
import { requestSiteBuilds } from '../publishing/queue'
import { generatePassword } from '../../../demo/credentials'
import {
  adminBaseUrl,
  createInvitationToken,
  INVITATION_TTL_MS,
  invitationLink,
  newInvitationFields,
  ROLE_LABELS_VI,
  sendInvitation,
} from './invitations'
import { addMatomoSite, communeSiteUrls, findMatomoSiteByUrl, matomoConfig, matomoFailureVi } from './matomo'
import { pendingMatomoAliases, syncMatomoAliases } from './matomo-aliases'
import { applyTemplate, loadTemplate, templateFiller } from './template'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import { isDomainName, siteUrl } from '../../../contract/site-urls'

export type BoardMember = { name: string; email: string; role: 'chief' | 'editor' | 'contributor' }
export type ProvisionInput = {
  name: string
  type?: 'xa' | 'phuong' | 'thi-tran'
  code: string
  /** The district's name (with or without "Huyện", any case, with or without diacritics) or official code. */
  district: string
  theme: number
  domains?: string[]
  board?: BoardMember[]
  /** The slug a list assigns (bulk runs, cms/features/provisioning/data); otherwise made from the name. */
  slug?: string
}
export type Invitation = {
  email: string
  name: string
  role: BoardMember['role']
  /** Set only when not emailed: shown once. */
  link: string | null
  emailed: boolean
}
export type ProvisionResult = {
  commune: { id: number | string; slug: string; name: string }
  created: boolean
  /** What this run did and what it found done, one Vietnamese line each. */
  steps: string[]
  invitations: Invitation[]
  matomoSiteId: number | null
  siteUrl: string
  /** Problems that did not stop provisioning (Matomo, email, site build), in Vietnamese; empty when none. */
  warnings?: string[]
  /** Whether this run changed anything (false: everything was already done). */
  changed?: boolean
}
export type ProvisionOptions = {
  /** The admin's request, for the audit log's user and IP (and to refuse anyone but the province). */
  req?: PayloadRequest
  /** 'now': build the site before returning (command line); 'queue': leave it to the build workers; 'none': the caller builds. */
  build?: 'now' | 'queue' | 'none'
  log?: (line: string) => void
  /** Send a new invitation to board members whose account already exists. */
  reinvite?: boolean
  /** Facts of the district, to create it when missing (bulk lists carry them). */
  districtFacts?: { name?: string; code?: string; type?: string; slug?: string; province?: string }
  /** Who acts, for the audit log, when there is no admin request (e.g. "npm run provision (root@host)"). */
  actor?: string
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

const TYPE_LABEL = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' } as const
type CommuneType = keyof typeof TYPE_LABEL
const TYPES = Object.keys(TYPE_LABEL) as CommuneType[]
const STATUS_VI: Record<string, string> = { suspended: 'tạm dừng', merged: 'đã sáp nhập' }

/** The same rule as the commune's domain field (cms/collections/Communes.ts). */
const EMAIL_RE = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/

/** The type a name starts with ("Thị Trấn Núi Sập" → thi-tran), if any. */
export const typeFromName = (name: string): CommuneType | undefined =>
  TYPES.find((t) => normalizeUnitName(name, TYPE_LABEL[t]).startsWith(`${TYPE_LABEL[t]} `))

type Clean = {
  name: string
  type: CommuneType
  code: string
  district: string
  theme: number
  domains: string[]
  board: BoardMember[]
  slug?: string
}

/** Checks and normalises the input (NFC, tone placement, casing of the type); throws a ProvisionError naming every bad field. */
export const validateProvisionInput = (input: ProvisionInput): Clean => {
  const problems: (ProvisionProblem & { en: string })[] = []
  const bad = (field: string, message: string, en: string) => problems.push({ field, message, en })

  let name = normalizeText(String(input.name ?? ''))
  const named = name ? typeFromName(name) : undefined
  const type = input.type ?? named
  if (!name) bad('name', 'Tên đơn vị: bắt buộc (ví dụ "Xã Mỹ Khánh").', 'name is required')
  else if (name.length > 120) bad('name', 'Tên đơn vị: tối đa 120 ký tự.', 'name longer than 120 characters')
  if (input.type !== undefined && !TYPES.includes(input.type))
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
      `Tên đơn vị bắt đầu bằng "${TYPE_LABEL[named]}" nhưng loại đơn vị là ${TYPE_LABEL[type]}.`,
      `name starts with ${named} but type is ${type}`,
    )
  if (name && type && TYPES.includes(type) && (!named || named === type)) {
    if (!named) name = `${TYPE_LABEL[type]} ${name}`
    name = normalizeUnitName(name, TYPE_LABEL[type])
    if (stripTypePrefix(name, TYPE_LABEL[type]) === name || !baseUnitSlug(name, TYPE_LABEL[type]))
      bad(
        'name',
        'Tên đơn vị: cần có tên riêng sau loại đơn vị (ví dụ "Xã Mỹ Khánh").',
        'name has no proper name after the type',
      )
  }

  const code = String(input.code ?? '').trim()
  if (!/^\d{5}$/.test(code))
    bad('code', 'Mã đơn vị hành chính: gồm đúng 5 chữ số (ví dụ 30310).', `code "${code}" is not 5 digits`)

  const district = normalizeText(String(input.district ?? ''))
  if (!district) bad('district', 'Huyện/thị xã/thành phố: bắt buộc (tên hoặc mã).', 'district is required')

  const theme = Number(input.theme)
  if (!Number.isInteger(theme) || theme < 1 || theme > THEMES.length)
    bad(
      'theme',
      `Giao diện: một số từ 1 đến ${THEMES.length}.`,
      `theme ${String(input.theme)} not in 1..${THEMES.length}`,
    )

  const domains: string[] = []
  for (const [i, raw] of (input.domains ?? []).entries()) {
    const d = String(raw ?? '')
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/+$/, '')
    if (!isDomainName(d))
      bad(
        `domains[${i}]`,
        `Tên miền "${String(raw)}" không hợp lệ (ví dụ: mykhanh.longxuyen.angiang.gov.vn).`,
        `invalid domain ${String(raw)}`,
      )
    else if (!domains.includes(d)) domains.push(d)
  }

  const board: BoardMember[] = []
  const emails = new Set<string>()
  for (const [i, m] of (input.board ?? []).entries()) {
    const memberName = normalizeText(String(m?.name ?? ''))
    const email = String(m?.email ?? '')
      .trim()
      .toLowerCase()
    if (!memberName) bad(`board[${i}].name`, `Ban biên tập, người thứ ${i + 1}: cần họ tên.`, `board[${i}] has no name`)
    if (!EMAIL_RE.test(email))
      bad(
        `board[${i}].email`,
        `Ban biên tập, người thứ ${i + 1}: thư điện tử "${String(m?.email ?? '')}" không hợp lệ.`,
        `board[${i}] invalid email`,
      )
    else if (emails.has(email))
      bad(`board[${i}].email`, `Ban biên tập: thư điện tử ${email} bị lặp.`, `board[${i}] repeats ${email}`)
    if (!m || !['chief', 'editor', 'contributor'].includes(m.role))
      bad(
        `board[${i}].role`,
        `Ban biên tập, người thứ ${i + 1}: vai trò là trưởng ban, biên tập hoặc cộng tác viên.`,
        `board[${i}] invalid role`,
      )
    emails.add(email)
    if (memberName && EMAIL_RE.test(email) && m && ['chief', 'editor', 'contributor'].includes(m.role))
      board.push({ name: memberName, email, role: m.role })
  }
  const slug = input.slug?.trim() || undefined
  if (slug && slugify(slug) !== slug)
    bad('slug', 'Đường dẫn: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.', `invalid slug ${slug}`)

  if (problems.length || !type) throw new ProvisionError(problems)
  return { name, type, code, district, theme, domains, board, slug }
}

type DistrictDoc = { id: ID; name: string; code: string; type?: string | null; province?: string | null }

/** A district by official code or by name (NFC, case and diacritics ignored, "Huyện"/"Thành phố" optional). */
export const findDistrict = async (payload: Payload, query: string): Promise<DistrictDoc[]> => {
  const all = (
    await payload.find({ collection: 'districts', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  ).docs as DistrictDoc[]
  const byCode = all.filter((d) => d.code === query.trim())
  if (byCode.length) return byCode
  const q = foldForSearch(query)
  const exact = all.filter((d) => foldForSearch(d.name) === q)
  if (exact.length) return exact
  const bare = foldForSearch(stripTypePrefix(query))
  return all.filter((d) => foldForSearch(stripTypePrefix(d.name, d.type ?? undefined)) === bare)
}

const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Huyện', 'Quận']

/** Creates a district a bulk list names but the database lacks (it needs the list's official code). */
const createDistrict = async (
  payload: Payload,
  facts: NonNullable<ProvisionOptions['districtFacts']>,
): Promise<DistrictDoc> => {
  const name = normalizeText(facts.name ?? '')
  const type =
    facts.type ?? DISTRICT_TYPES.find((t) => foldForSearch(name).startsWith(`${foldForSearch(t)} `)) ?? 'Huyện'
  const taken = new Set(
    (
      await payload.find({
        collection: 'districts',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { slug: true },
      })
    ).docs.map((d) => d.slug ?? ''),
  )
  const slug = uniqueSlug(facts.slug || districtSlug(name, type), taken)
  return (await payload.create({
    collection: 'districts',
    overrideAccess: true,
    depth: 0,
    context: { skipAudit: true },
    data: { name, type, code: facts.code!, slug, province: facts.province ?? null },
  })) as DistrictDoc
}

type CommuneDoc = {
  id: ID
  name: string
  code: string
  slug?: string | null
  type: CommuneType
  status?: string | null
  theme?: number | null
  district: ID | { id: ID }
  domains?: { domain: string }[] | null
  matomoSiteId?: number | null
  site?: { state?: string | null } | null
}

/** Candidate slugs of a new commune, in the order of the seed's rules (cms/lib/unit-slugs.ts): bare name, type, district, code. */
const slugCandidates = (c: Clean, districtName: string): string[] => {
  const base = baseUnitSlug(c.name, TYPE_LABEL[c.type])
  return [
    ...(c.slug ? [c.slug] : []),
    base,
    `${slugify(TYPE_LABEL[c.type])}-${base}`,
    `${base}-${districtSlug(districtName)}`,
    `${base}-${slugify(c.code)}`,
  ]
}

/** Provisions one commune (see the module comment). Throws ProvisionError for invalid input. */
export async function provisionCommune(
  payload: Payload,
  input: ProvisionInput,
  options: ProvisionOptions = {},
): Promise<ProvisionResult> {
  const build = options.build ?? 'queue'
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  if (options.req?.user && !isProvinceAdmin(options.req.user))
    throw new ProvisionError([
      {
        field: 'access',
        message: 'Chỉ quản trị tỉnh được khởi tạo đơn vị.',
        en: 'only the province admin may provision',
      },
    ])
  const c = validateProvisionInput(input)

  const auditReq = options.req ?? (await createLocalReq({}, payload))
  const audit = (entry: Omit<AuditEntry, 'action'> & { action?: AuditEntry['action'] }) =>
    writeAudit(
      auditReq,
      {
        action: 'provision',
        collection: 'communes',
        email: options.req?.user
          ? undefined
          : (options.actor ?? `provisioning (${os.userInfo().username}@${os.hostname()})`),
        ...entry,
      },
      { inTransaction: false },
    )
  const quiet = { skipAudit: true, skipSiteBuild: true, skipMatomo: true }
  const steps: string[] = []
  const warnings: string[] = []
  let changed = false
  const did = (line: string) => {
    steps.push(line)
    changed = true
  }

  // District
  let districts = await findDistrict(payload, c.district)
  if (!districts.length && options.districtFacts?.code && options.districtFacts.name) {
    districts = await findDistrict(payload, options.districtFacts.code)
    if (!districts.length) {
      const made = await createDistrict(payload, options.districtFacts)
      districts = [made]
      did(`Tạo ${made.name} (mã ${made.code})`)
      await audit({
        collection: 'districts',
        documentId: made.id,
        summary: `Tạo ${made.name} (mã ${made.code})`,
        details: { step: 'district' },
      })
    }
  }
  if (districts.length !== 1)
    throw new ProvisionError([
      districts.length
        ? {
            field: 'district',
            message: `Huyện/thị xã/thành phố "${c.district}" khớp với nhiều đơn vị (${districts.map((d) => d.name).join(', ')}); hãy dùng mã.`,
            en: `district "${c.district}" is ambiguous`,
          }
        : {
            field: 'district',
            message: `Huyện/thị xã/thành phố: không tìm thấy "${c.district}" (tên hoặc mã).`,
            en: `district "${c.district}" not found`,
          },
    ])
  const district = districts[0]!
  const provinceName = district.province ?? 'Tỉnh An Giang'

  // Commune
  const found = (
    await payload.find({
      collection: 'communes',
      where: { code: { equals: c.code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as CommuneDoc | undefined
  let commune: CommuneDoc
  let created = false
  if (found) {
    if (foldForSearch(found.name) !== foldForSearch(c.name))
      throw new ProvisionError([
        {
          field: 'code',
          message: `Mã ${c.code} đã là mã của ${found.name}; kiểm tra lại mã hoặc tên đơn vị.`,
          en: `code ${c.code} belongs to ${found.name}`,
        },
      ])
    commune = found
    steps.push(`Đã có đơn vị ${found.name} (mã ${found.code}, ${found.slug})`)
  } else {
    const others = c.domains.length
      ? ((
          await payload.find({
            collection: 'communes',
            where: { 'domains.domain': { in: c.domains } },
            limit: 0,
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs as CommuneDoc[])
      : []
    const clash = c.domains.find((d) => others.some((o) => o.domains?.some((x) => x.domain === d)))
    if (clash)
      throw new ProvisionError([
        {
          field: 'domains',
          message: `Tên miền ${clash} đã được dùng cho ${others.find((o) => o.domains?.some((x) => x.domain === clash))?.name}.`,
          en: `domain ${clash} already used`,
        },
      ])
    const candidates = slugCandidates(c, district.name)
    const taken = new Set(
      (
        (
          await payload.find({
            collection: 'communes',
            where: { slug: { in: candidates } },
            limit: 0,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            select: { slug: true },
          })
        ).docs as { slug?: string | null }[]
      ).map((d) => d.slug ?? ''),
    )
    const slug = candidates.find((s) => !taken.has(s)) ?? uniqueSlug(candidates.at(-1)!, taken)
    commune = (await payload.create({
      collection: 'communes',
      overrideAccess: true,
      depth: 0,
      context: quiet,
      data: {
        name: c.name,
        type: c.type,
        code: c.code,
        slug,
        district: district.id as number,
        theme: c.theme,
        domains: c.domains.map((domain) => ({ domain })),
        status: 'provisioning',
      },
    })) as CommuneDoc
    created = true
    did(`Tạo đơn vị ${c.name} (mã ${c.code}, ${slug}), ${district.name}, giao diện ${c.theme}`)
    log(`Provisioning: created commune ${c.code} (${slug})`)
    await audit({
      documentId: commune.id,
      tenant: commune.id,
      summary: `Khởi tạo đơn vị ${c.name} (mã ${c.code})`,
      details: { step: 'commune', slug, district: district.name, theme: c.theme, domains: c.domains },
    })
  }
  const slug = commune.slug ?? ''
  const invitations: Invitation[] = []
  const result = (): ProvisionResult => ({
    commune: { id: commune.id, slug, name: commune.name },
    created,
    steps,
    invitations,
    matomoSiteId: commune.matomoSiteId ?? null,
    siteUrl: siteUrl(
      slug,
      (commune.domains ?? []).map((d) => d.domain),
    ),
    warnings,
    changed,
  })

  try {
    // Domains given for a commune that exists: added (never removed: the province removes by hand).
    const known = new Set((commune.domains ?? []).map((d) => d.domain))
    const newDomains = found ? c.domains.filter((d) => !known.has(d)) : []
    if (newDomains.length) {
      commune = (await payload.update({
        collection: 'communes',
        id: commune.id,
        overrideAccess: true,
        depth: 0,
        context: quiet,
        data: {
          domains: [
            ...(commune.domains ?? []).map((d) => ({ domain: d.domain })),
            ...newDomains.map((domain) => ({ domain })),
          ],
        },
      })) as CommuneDoc
      did(`Thêm tên miền ${newDomains.join(', ')}`)
      await audit({
        documentId: commune.id,
        tenant: commune.id,
        summary: `Thêm tên miền ${newDomains.join(', ')}`,
        details: { step: 'domains', domains: newDomains },
      })
      if (commune.matomoSiteId) {
        const synced = await syncMatomoAliases(payload, commune.id, { only: newDomains, req: auditReq })
        if (!synced.ok)
          warnings.push(`Matomo: chưa thêm được tên miền mới (${synced.error}); sẽ thử lại ở lần khởi tạo sau.`)
      }
    }

    // Template content
    const chief = c.board.find((m) => m.role === 'chief')
    const fill = templateFiller({ name: commune.name, type: commune.type, districtName: district.name, provinceName })
    const template = await loadTemplate(payload)
    const applied = await applyTemplate(payload, { tenant: commune.id, template, fill, responsiblePerson: chief?.name })
    if (applied.categories || applied.pages || applied.settings) {
      const parts = [
        applied.categories && `${applied.categories} chuyên mục`,
        applied.pages && `${applied.pages} trang`,
        applied.settings && 'menu, trang chủ và chân trang',
      ].filter(Boolean)
      did(`Nội dung ban đầu theo mẫu: ${parts.join(', ')}`)
      await audit({
        documentId: commune.id,
        tenant: commune.id,
        summary: `Áp dụng mẫu trang: ${parts.join(', ')}`,
        details: { step: 'template', ...applied },
      })
    } else steps.push('Đã có nội dung ban đầu (chuyên mục, trang, cấu hình trang)')

    // Board accounts and invitations
    const base = adminBaseUrl(options.req)
    for (const member of c.board) {
      const quietUser = { overrideAccess: true, depth: 0, context: { skipAudit: true } } as const
      const existing = (
        await payload.find({
          collection: 'users',
          where: { email: { equals: member.email } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]
      let outcome: { kind: 'created' | 'added' | 'member'; userId: ID; token: string | null }
      if (!existing) {
        // A random password nobody sees, and the invitation in the same insert (newInvitationFields).
        const invitation = newInvitationFields()
        const user = await payload.create({
          collection: 'users',
          ...quietUser,
          data: {
            email: member.email,
            password: generatePassword(),
            name: member.name,
            globalRole: 'none',
            tenants: [{ tenant: commune.id as number, role: member.role }],
            ...invitation,
          },
        })
        outcome = { kind: 'created', userId: user.id, token: invitation.resetPasswordToken }
      } else {
        const rows = existing.tenants ?? []
        const isMember = rows.some((r) => String(idOf(r.tenant as ID | { id: ID })) === String(commune.id))
        if (!isMember)
          await payload.update({
            collection: 'users',
            id: existing.id,
            ...quietUser,
            data: {
              tenants: [
                ...rows.map((r) => ({ tenant: idOf(r.tenant as ID | { id: ID }) as number, role: r.role })),
                { tenant: commune.id as number, role: member.role },
              ],
            },
          })
        const token = options.reinvite ? await createInvitationToken(payload, member.email) : null
        outcome = { kind: isMember ? 'member' : 'added', userId: existing.id, token }
      }
      const roleVi = ROLE_LABELS_VI[member.role]
      if (outcome.kind === 'created') did(`Tạo tài khoản ${member.email} (${roleVi})`)
      else if (outcome.kind === 'added') {
        did(`Thêm tài khoản đã có ${member.email} vào ban biên tập (${roleVi})`)
        await audit({
          collection: 'users',
          documentId: outcome.userId,
          tenant: commune.id,
          summary: `Thêm ${member.email} vào ban biên tập (${roleVi})`,
          details: { step: 'member', role: member.role },
        })
      } else steps.push(`Đã có tài khoản ${member.email} trong ban biên tập`)
      if (!outcome.token) continue

      const link = invitationLink(payload, outcome.token, base)
      const expires = new Date(Date.now() + INVITATION_TTL_MS)
      let emailed = false
      try {
        emailed = await sendInvitation({
          to: member.email,
          name: member.name,
          role: member.role,
          communeName: commune.name,
          link,
          loginUrl: `${base}${payload.config.routes.admin}`,
          expires,
        })
      } catch (err) {
        log(
          `Provisioning: invitation email to ${member.email} failed (${(err as Error).message}); the link is returned instead`,
        )
        warnings.push(`Không gửi được thư mời tới ${member.email}; hãy trao liên kết mời cho người này.`)
      }
      invitations.push({
        email: member.email,
        name: member.name,
        role: member.role,
        link: emailed ? null : link,
        emailed,
      })
      did(emailed ? `Gửi thư mời tới ${member.email}` : `Tạo liên kết mời cho ${member.email} (chỉ hiện một lần)`)
      log(`Provisioning: invitation for ${member.email} ${emailed ? 'emailed' : 'returned to the caller'}`)
      await audit({
        action: 'invite',
        collection: 'users',
        documentId: outcome.userId,
        tenant: commune.id,
        summary: `Mời ${member.email} (${roleVi})`,
        details: { role: member.role, emailed, expires: expires.toISOString() },
      })
    }

    // Matomo
    const matomo = matomoConfig()
    if (!matomo)
      steps.push(
        process.env.MATOMO_URL
          ? 'Matomo: chưa có MATOMO_TOKEN, bỏ qua tạo trang thống kê'
          : 'Matomo: chưa cấu hình, bỏ qua',
      )
    else if (commune.matomoSiteId) {
      steps.push(`Đã có trang thống kê Matomo (idsite ${commune.matomoSiteId})`)
      if ((await pendingMatomoAliases(payload, commune.id)).length) {
        const synced = await syncMatomoAliases(payload, commune.id, { req: auditReq })
        if (synced.ok) did(`Matomo: thêm tên miền ${synced.urls.join(', ')} (thử lại)`)
        else warnings.push(`Matomo: vẫn chưa thêm được tên miền (${synced.error}).`)
      }
    } else {
      const urls = communeSiteUrls(
        siteUrl(slug).replace(/\/$/, ''),
        (commune.domains ?? []).map((d) => d.domain),
      )
      try {
        // A run killed after Matomo created the site but before its ID was stored finds it again.
        const existing = await findMatomoSiteByUrl(matomo, urls[0]!)
        const idSite = existing ?? (await addMatomoSite(matomo, { name: commune.name, urls, group: district.name }))
        commune = (await payload.update({
          collection: 'communes',
          id: commune.id,
          overrideAccess: true,
          depth: 0,
          context: quiet,
          data: { matomoSiteId: idSite },
        })) as CommuneDoc
        did(`${existing ? 'Nhận lại' : 'Tạo'} trang thống kê Matomo (idsite ${idSite})`)
        log(`Provisioning: Matomo site ${idSite} for ${slug}${existing ? ' (found by URL)' : ''}`)
        await audit({
          documentId: commune.id,
          tenant: commune.id,
          summary: `Trang thống kê Matomo idsite ${idSite}`,
          details: { step: 'matomo', matomoSiteId: idSite, urls, reused: Boolean(existing) },
        })
      } catch (err) {
        const message = matomoFailureVi('tạo trang thống kê', err)
        warnings.push(message)
        steps.push(message)
        log(`Provisioning: Matomo site for ${slug} not created: ${(err as Error).message}`)
        await audit({
          documentId: commune.id,
          tenant: commune.id,
          summary: 'Matomo: chưa tạo được trang thống kê',
          details: { step: 'matomo', error: (err as Error).message },
        })
      }
    }

    // Live, then the site
    if (commune.status && STATUS_VI[commune.status]) {
      steps.push(`Đơn vị đang ở trạng thái ${STATUS_VI[commune.status]}: không đưa trang vào hoạt động`)
      return result()
    }
    const wasLive = commune.status === 'live'
    if (!wasLive) {
      // Through the commune's hooks: with 'queue' they queue the site's build and the directory's.
      commune = (await payload.update({
        collection: 'communes',
        id: commune.id,
        overrideAccess: true,
        depth: 0,
        context: build === 'queue' ? { skipAudit: true, skipMatomo: true } : quiet,
        data: { status: 'live' },
      })) as CommuneDoc
      did('Đưa đơn vị vào hoạt động')
      await audit({
        documentId: commune.id,
        tenant: commune.id,
        summary: `Đưa ${commune.name} vào hoạt động`,
        details: { step: 'live', build },
      })
    }
    if (commune.site?.state === 'live') steps.push('Trang đã được xây dựng và đang phục vụ')
    else if (build === 'now') {
      const started = Date.now()
      try {
        const outcome = await buildNow(payload, [String(commune.id), DIRECTORY_SITE], log)
        const failure = outcome.report?.failed.find((f) => f.slug === slug)
        if (failure || !outcome.report?.built.includes(slug)) {
          warnings.push(
            `Xây dựng trang chưa thành công${failure ? `: ${failure.error}` : ''}. Chạy lại lệnh khởi tạo hoặc xây dựng lại trang từ trang quản trị.`,
          )
        } else {
          did(`Xây dựng trang và đưa lên mạng (${((Date.now() - started) / 1000).toFixed(1)} giây)`)
          await audit({
            documentId: commune.id,
            tenant: commune.id,
            summary: `Trang ${slug} đã lên mạng`,
            details: { step: 'build', ms: Date.now() - started },
          })
        }
      } catch (err) {
        warnings.push(
          `Xây dựng trang chưa thành công (lỗi hệ thống: ${(err as Error).message}). Chạy lại lệnh khởi tạo để thử lại.`,
        )
      }
    } else if (build === 'queue') {
      if (wasLive) await requestSiteBuilds(payload, [commune.id])
      steps.push('Trang đang chờ xây dựng (hàng đợi)')
    }
    return result()
  } catch (err) {
    if (!(err instanceof ProvisionError))
      await audit({
        documentId: commune.id,
        tenant: commune.id,
        summary: `Khởi tạo ${commune.name} dừng do lỗi`,
        details: { error: (err as Error).message, steps },
      })
    throw err
  }
}

type Runner = typeof import('../publishing/runner')
/**
 * Builds the given sites now, in this process: the site generator is loaded only here, at run
 * time, so the admin's bundle (which imports this module) never includes it.
 */
export const buildNow = async (payload: Payload, targets: string[], log: (line: string) => void) => {
  const runner = '../publishing/runner.ts'
  const { buildCommunes } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ runner)) as Runner
  return buildCommunes(payload, targets, { force: false, wait: true, reason: 'content', log })
}
