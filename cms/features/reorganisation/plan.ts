/**
 * The plan of a reorganisation, made from a mapping and what the platform holds now: for each
 * new unit, the old communes that go into it with their content counts, which old record becomes
 * the new unit (it keeps its id, settings and Matomo site), the board and their new roles, the
 * theme, the domains, the categories merged by name, the addresses that will redirect, and the
 * units to provision from nothing. Problems are listed with what the plan does about them.
 * The plan is a JSON file the province may edit (roles, chief, slug, domains, theme, where the
 * content of a split unit goes) before applying it (apply.ts).
 */
import type { Payload } from 'payload'
import { COMMUNE_SCOPED } from '../../collections/commune-scoped'
import { type MemberRole, idOf } from '../../access/roles'
import { foldForSearch, slugify } from '../../lib/vietnamese'
import { stripTypePrefix } from '../../lib/unit-slugs'
import type { Mapping, MappingUnit } from './mapping'
import { communeTypeLabel, type CommuneType } from '../../../contract/vocabulary'

export const PLAN_FORMAT = 'commune-sites/reorganisation-plan@1'

export type PlanOld = {
  code: string
  name: string
  /** null when the platform has no site for this old unit (e.g. the other former province). */
  slug: string | null
  share: 'full' | 'partial'
  /** Whether this old unit's content and board come here (false: a split unit whose content goes elsewhere). */
  content: boolean
  counts: Record<string, number>
  domains: string[]
  /** Not in the mapping: the plan proposes this successor (the one most of its district went to). */
  proposed?: true
}
export type PlanMember = { email: string; name: string; from: string; was: MemberRole; role: MemberRole }
export type PlanUnit = {
  code: string
  name: string
  type: CommuneType
  slug: string
  /** merge: old communes go in (the one named by `keep` becomes this unit); provision: a new site from nothing. */
  action: 'merge' | 'provision'
  keep: string | null
  theme: number
  domains: string[]
  from: PlanOld[]
  board: PlanMember[]
  /** Category names that several old units share: merged into one category. */
  mergedCategories: string[]
  /** Old addresses (slugs) that will answer 301 to this unit. */
  redirects: string[]
}
export type PlanSplit = { code: string; name: string; contentTo: string; alsoTo: string[] }
export type PlanProblem = { unit: string; problem: string; resolution: string }
export type Plan = {
  format: typeof PLAN_FORMAT
  createdAt: string
  mapping: { file: string; source: string }
  effectiveDate: string
  province: { code: string; name: string }
  units: PlanUnit[]
  splits: PlanSplit[]
  /** Communes of the platform the mapping does not name: left as they are. */
  unmapped: { code: string; name: string; slug: string }[]
  problems: PlanProblem[]
  totals: { oldCommunes: number; newUnits: number; merged: number; provisioned: number; items: number }
}

type CommuneRow = {
  id: number | string
  code: string
  name: string
  slug: string
  type: CommuneType
  status: string
  theme?: number | null
  domains?: { domain: string }[] | null
  mergedInto?: unknown
  district?: unknown
}
type UserRow = {
  email: string
  name?: string | null
  tenants?: { tenant: unknown; role?: MemberRole | null }[] | null
}

const ROLE_RANK: Record<MemberRole, number> = { chief: 0, editor: 1, contributor: 2 }
const sameName = (a: string, b: string, type?: string) =>
  foldForSearch(stripTypePrefix(a, type)) === foldForSearch(stripTypePrefix(b, type))

/** What the platform holds now, as the plan needs it. */
const readPlatform = async (payload: Payload) => {
  const communes = (
    await payload.find({
      collection: 'communes',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {
        code: true,
        name: true,
        slug: true,
        type: true,
        status: true,
        theme: true,
        domains: true,
        mergedInto: true,
        district: true,
      },
    })
  ).docs as unknown as CommuneRow[]
  const counts = new Map<string, Record<string, number>>()
  for (const collection of COMMUNE_SCOPED) {
    const docs = (
      await payload.find({
        collection,
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { tenant: true },
      })
    ).docs as { tenant?: unknown }[]
    for (const doc of docs) {
      const tenant = String(idOf(doc.tenant as never) ?? '')
      const row = counts.get(tenant) ?? {}
      row[collection] = (row[collection] ?? 0) + 1
      counts.set(tenant, row)
    }
  }
  const categories = (
    await payload.find({
      collection: 'categories',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, tenant: true },
    })
  ).docs as { name: string; tenant?: unknown }[]
  const users = (
    await payload.find({
      collection: 'users',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true, name: true, tenants: true },
    })
  ).docs as unknown as UserRow[]
  return { communes, counts, categories, users }
}

/** Where a split old unit's content goes: the successor named like it, else the first one listed. */
const contentHome = (oldName: string, successors: MappingUnit[]): MappingUnit =>
  successors.find((u) => sameName(u.name, oldName)) ?? successors[0]!

type Platform = Awaited<ReturnType<typeof readPlatform>>
type Context = {
  platform: Platform
  byCode: Map<string, CommuneRow>
  /** Old code → the new unit (code) that takes its content. */
  contentGoesTo: Map<string, string>
  problems: PlanProblem[]
}

/** Old units named by several new units (partial shares): one successor takes the content. */
const planSplits = (mapping: Mapping, ctx: Context): { splits: PlanSplit[] } => {
  const successorsOf = new Map<string, MappingUnit[]>()
  for (const unit of mapping.units)
    for (const m of unit.merges) successorsOf.set(m.code, [...(successorsOf.get(m.code) ?? []), unit])
  const splits: PlanSplit[] = []
  for (const [code, successors] of successorsOf) {
    if (successors.length < 2) {
      ctx.contentGoesTo.set(code, successors[0]!.code)
      continue
    }
    const name = ctx.byCode.get(code)?.name ?? successors[0]!.merges.find((m) => m.code === code)!.name
    const home = contentHome(name, successors)
    ctx.contentGoesTo.set(code, home.code)
    splits.push({ code, name, contentTo: home.code, alsoTo: successors.filter((u) => u !== home).map((u) => u.code) })
    ctx.problems.push({
      unit: `${name} (${code})`,
      problem: `Đơn vị cũ được chia cho ${successors.length} đơn vị mới: ${successors.map((u) => u.name).join(', ')}.`,
      resolution: `Nội dung và ban biên tập chuyển về ${home.name}; địa chỉ cũ mở trang liệt kê các đơn vị kế thừa. Để chọn đơn vị khác, đổi "content" của đơn vị cũ này trong "from" của hai đơn vị mới (true ở nơi nhận).`,
    })
  }
  return { splits }
}

/** Slugs: the new unit's own, unless an old site that goes elsewhere (or stays) holds it. */
const slugAllocator = (ctx: Context) => {
  const ownersOfSlug = new Map(ctx.platform.communes.map((c) => [c.slug, c]))
  const takenByNew = new Set<string>()
  return (unit: MappingUnit): string => {
    const own = new Set(unit.merges.map((m) => m.code))
    const free = (slug: string) => {
      const holder = ownersOfSlug.get(slug)
      return (
        !takenByNew.has(slug) && (!holder || (own.has(holder.code) && ctx.contentGoesTo.get(holder.code) === unit.code))
      )
    }
    const candidates = [unit.slug, `${slugify(communeTypeLabel(unit.type))}-${unit.slug}`, `${unit.slug}-${unit.code}`]
    const slug = candidates.find(free) ?? `${unit.slug}-${unit.code}-2025`
    if (slug !== unit.slug)
      ctx.problems.push({
        unit: `${unit.name} (${unit.code})`,
        problem: `Địa chỉ "${unit.slug}" đang thuộc về ${ownersOfSlug.get(unit.slug)?.name ?? 'một đơn vị khác'}, không sáp nhập vào đơn vị này.`,
        resolution: `Dùng địa chỉ "${slug}".`,
      })
    takenByNew.add(slug)
    return slug
  }
}

/**
 * The board: every member of the old communes whose content comes here, once, at their highest
 * role; the kept commune's chief stays chief, the other chiefs become editors (the province
 * picks the chief by editing the plan).
 */
const planBoard = (platform: Platform, existing: CommuneRow[], keep: CommuneRow | undefined): PlanMember[] => {
  const board = new Map<string, PlanMember>()
  for (const c of existing)
    for (const user of platform.users)
      for (const t of user.tenants ?? []) {
        if (String(idOf(t.tenant as never)) !== String(c.id)) continue
        const role = (t.role ?? 'contributor') as MemberRole
        const next: MemberRole = role === 'chief' && c !== keep ? 'editor' : role
        const seen = board.get(user.email)
        if (!seen || ROLE_RANK[next] < ROLE_RANK[seen.role])
          board.set(user.email, { email: user.email, name: user.name ?? '', from: c.code, was: role, role: next })
      }
  return [...board.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.email.localeCompare(b.email))
}

/** Category names that more than one of the old communes uses: they become one category. */
const sharedCategoryNames = (platform: Platform, existing: CommuneRow[]): string[] => {
  const names = new Map<string, { name: string; codes: Set<string> }>()
  for (const cat of platform.categories) {
    const c = existing.find((e) => String(e.id) === String(idOf(cat.tenant as never)))
    if (!c) continue
    const key = foldForSearch(cat.name)
    const entry = names.get(key) ?? { name: cat.name, codes: new Set<string>() }
    entry.codes.add(c.code)
    names.set(key, entry)
  }
  return [...names.values()]
    .filter((e) => e.codes.size > 1)
    .map((e) => e.name)
    .sort()
}

const planUnit = (unit: MappingUnit, slug: string, ctx: Context): PlanUnit => {
  const { byCode, contentGoesTo, platform } = ctx
  const from: PlanOld[] = unit.merges.map((m) => {
    const c = byCode.get(m.code)
    return {
      code: m.code,
      name: c?.name ?? m.name,
      slug: c?.slug ?? null,
      share: m.share,
      content: contentGoesTo.get(m.code) === unit.code,
      counts: c ? (platform.counts.get(String(c.id)) ?? {}) : {},
      domains: (c?.domains ?? []).map((d) => d.domain),
    }
  })
  const existing = unit.merges
    .map((m) => byCode.get(m.code))
    .filter((c): c is CommuneRow => Boolean(c) && contentGoesTo.get(c!.code) === unit.code)
  const missing = unit.merges.filter((m) => !byCode.has(m.code))
  if (existing.length && missing.length)
    ctx.problems.push({
      unit: `${unit.name} (${unit.code})`,
      problem: `Không có trang của ${missing.length} đơn vị cũ: ${missing.map((m) => `${m.name} (${m.code})`).join(', ')}.`,
      resolution: 'Sáp nhập các trang hiện có; đơn vị cũ không có trang thì không có gì để chuyển.',
    })
  const keep =
    existing.find((c) => c.code === unit.code) ??
    existing.find((c) => c.slug === slug) ??
    existing.find((c) => sameName(c.name, unit.name)) ??
    existing[0]
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    slug,
    action: keep ? 'merge' : 'provision',
    keep: keep?.code ?? null,
    theme: keep?.theme ?? 1,
    domains: [],
    from,
    board: planBoard(platform, existing, keep),
    mergedCategories: sharedCategoryNames(platform, existing),
    redirects: existing.filter((c) => c.slug !== slug).map((c) => c.slug),
  }
}

/**
 * Communes of the platform the mapping does not name. Since 2025-07-01 no old unit stands alone,
 * so the plan proposes the successor that most old units of its district went to (said as a
 * problem, for the province to check); one with no district or no such successor is left as it
 * is, and said so.
 */
const proposeSuccessors = (mapping: Mapping, ctx: Context) => {
  const named = new Set(mapping.units.flatMap((u) => [u.code, ...u.merges.map((m) => m.code)]))
  const districtOf = (code: string) => idOf(ctx.byCode.get(code)?.district as never)
  const proposals = new Map<string, string[]>()
  const unmapped: Plan['unmapped'] = []
  for (const c of ctx.platform.communes) {
    if (c.status === 'merged' || named.has(c.code)) continue
    const district = idOf(c.district as never)
    let best: { unit: MappingUnit; n: number } | undefined
    for (const unit of mapping.units) {
      const n = unit.merges.filter(
        (m) => district !== undefined && String(districtOf(m.code)) === String(district),
      ).length
      if (n && (!best || n > best.n)) best = { unit, n }
    }
    if (!best) {
      unmapped.push({ code: c.code, name: c.name, slug: c.slug })
      ctx.problems.push({
        unit: `${c.name} (${c.code})`,
        problem: 'Đơn vị đang có trang nhưng không có trong bảng sáp nhập.',
        resolution:
          'Giữ nguyên trang (không mất gì). Để sáp nhập, thêm đơn vị này vào "from" của đơn vị kế thừa trong kế hoạch (share "full", content true).',
      })
      continue
    }
    proposals.set(best.unit.code, [...(proposals.get(best.unit.code) ?? []), c.code])
    ctx.problems.push({
      unit: `${c.name} (${c.code})`,
      problem: 'Đơn vị đang có trang nhưng không có trong bảng sáp nhập.',
      resolution: `Kế hoạch đề xuất sáp nhập vào ${best.unit.name} (${best.unit.code}), nơi nhận ${best.n} đơn vị cũ cùng huyện. Nếu khác, chuyển mục "proposed" này trong "from" sang đơn vị đúng trước khi thực hiện.`,
    })
  }
  const effective: Mapping = {
    ...mapping,
    units: mapping.units.map((u) => {
      const extra = proposals.get(u.code) ?? []
      const merges = extra.map((code) => ({ code, name: ctx.byCode.get(code)!.name, share: 'full' as const }))
      return extra.length ? { ...u, merges: [...u.merges, ...merges] } : u
    }),
  }
  return { effective, proposed: new Set([...proposals.values()].flat()), unmapped }
}

const totalsOf = (units: PlanUnit[]): Plan['totals'] => {
  const provisioned = units.filter((u) => u.action === 'provision').length
  const withContent = units.flatMap((u) => u.from.filter((f) => f.content && f.slug))
  return {
    oldCommunes: withContent.length,
    newUnits: units.length,
    merged: units.length - provisioned,
    provisioned,
    items: withContent.reduce((sum, f) => sum + Object.values(f.counts).reduce((a, b) => a + b, 0), 0),
  }
}

/** Builds the plan of `mapping` against the platform's state. Reads only. */
export const buildPlan = async (payload: Payload, mapping: Mapping, mappingFile: string): Promise<Plan> => {
  const platform = await readPlatform(payload)
  const ctx: Context = {
    platform,
    byCode: new Map(platform.communes.map((c) => [c.code, c])),
    contentGoesTo: new Map(),
    problems: [],
  }
  const { effective, proposed, unmapped } = proposeSuccessors(mapping, ctx)
  const { splits } = planSplits(effective, ctx)
  const slugFor = slugAllocator(ctx)
  const units = effective.units.map((unit) => planUnit(unit, slugFor(unit), ctx))
  for (const unit of units) for (const f of unit.from) if (proposed.has(f.code)) f.proposed = true
  const provisioned = units.filter((u) => u.action === 'provision')
  if (provisioned.length)
    ctx.problems.push({
      unit: `${provisioned.length} đơn vị mới`,
      problem: `Không có trang cũ nào trên hệ thống: ${provisioned.map((u) => u.name).join(', ')}.`,
      resolution: 'Khởi tạo trang mới (như lệnh khởi tạo đơn vị), không thuộc huyện nào.',
    })
  return {
    format: PLAN_FORMAT,
    createdAt: new Date().toISOString(),
    mapping: { file: mappingFile, source: mapping.source },
    effectiveDate: mapping.effectiveDate,
    province: mapping.province,
    units,
    splits,
    unmapped,
    problems: ctx.problems,
    totals: totalsOf(units),
  }
}
