/**
 * Applies a reorganisation plan (plan.ts). For each new unit, in order:
 * 1. every old commune going into it is exported first (DATA_DIR/exports, as removal does);
 * 2. each old commune other than the kept one: its redirect is written (old addresses → the
 *    same items on the new site), then its content and board move in one transaction, then it
 *    is marked "merged" with a pointer to its successor;
 * 3. the kept commune becomes the new unit (code, name, type, slug, no district), its board gets
 *    the plan's roles, and its own old address redirects if it changed;
 * 4. new units with no old site are provisioned from nothing (their Matomo site with them);
 * then the redirects of split units list all their successors, and the new sites are rebuilt.
 * Every step looks at the database before acting, so a second run changes nothing and a run
 * killed at any point resumes where it stopped. Every step is audited.
 */
import type { Payload } from 'payload'
import { siteUrl } from '../../../contract/site-urls'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import type { MemberRole } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { readProvince, rememberProvince } from '../province'
import { exportCommune } from '../lifecycle/remove-commune'
import { communeSiteUrls, matomoConfig, matomoFailureVi, updateMatomoSite } from '../provisioning/matomo'
import { provisionCommune, buildNow } from '../provisioning/provision'
import { provinceName } from '../vietnamese-admin/province'
import { applyRoles, moveCommuneContent, SECTION_PATHS } from './move-content'
import type { Plan, PlanUnit } from './plan'
import { checkPlan } from './plan-check'

type ID = number | string
type CommuneRow = {
  id: ID
  code: string
  name: string
  slug: string
  status: string
  domains?: { domain: string }[] | null
  mergedInto?: unknown
}

export type ApplyOptions = {
  /** Only these new units (codes); default all. */
  only?: string[]
  log?: (line: string) => void
  /** Build the new sites in this process at the end (default true). */
  build?: boolean
  /** Who runs it, for the audit log. */
  actor?: string
  /** Stop between units when it returns true (Ctrl-C): the next run resumes. */
  shouldStop?: () => boolean
}

export type ApplyReport = {
  units: { code: string; name: string; changed: boolean; steps: string[] }[]
  changed: number
  built: number
  failed: number
  seconds: number
  stopped: boolean
}

const findByCode = async (payload: Payload, code: string): Promise<CommuneRow | undefined> =>
  (
    await payload.find({
      collection: 'communes',
      where: { code: { equals: code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as CommuneRow | undefined

const audit = async (
  payload: Payload,
  actor: string,
  tenant: ID,
  summary: string,
  details: Record<string, unknown>,
) => {
  const req = { payload, user: null, context: {}, headers: new Headers() } as never
  await writeAudit(
    req,
    { action: 'reorganise', collection: 'communes', documentId: tenant, tenant, summary, details, email: actor },
    { inTransaction: false },
  )
}

/** The commune that is (or will become) the new unit: found by its new code once renamed. */
const unitRecord = async (payload: Payload, unit: PlanUnit): Promise<CommuneRow | undefined> => {
  const byNewCode = await findByCode(payload, unit.code)
  if (byNewCode && byNewCode.status !== 'merged' && (byNewCode.name === unit.name || unit.keep === unit.code))
    return byNewCode
  return unit.keep ? findByCode(payload, unit.keep) : undefined
}

const writeRedirect = async (
  payload: Payload,
  old: CommuneRow,
  to: ID,
  kind: 'merged' | 'renamed',
  paths: Record<string, string>,
): Promise<boolean> => {
  const exists = await payload.find({
    collection: 'redirects',
    where: { fromSlug: { equals: old.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (exists.docs.length) return false
  await payload.create({
    collection: 'redirects',
    overrideAccess: true,
    depth: 0,
    data: {
      fromName: old.name,
      fromCode: old.code,
      fromSlug: old.slug,
      fromDomains: (old.domains ?? []).map((d) => ({ domain: d.domain })),
      to: to as number,
      kind,
      paths,
    },
  })
  return true
}

/** An old commune's slug once merged: its old address now belongs to its redirect row. */
const retiredSlug = (slug: string, code: string) => `${slug}--${code}-truoc-2025`

const mergeOne = async (
  payload: Payload,
  old: CommuneRow,
  target: CommuneRow,
  roles: Map<string, MemberRole>,
  ctx: { actor: string; steps: string[]; newSlug: string; newCode: string; context: Record<string, unknown> },
): Promise<void> => {
  // The redirect first (the items' addresses, as the move will give them), then the move: a kill
  // between the two leaves the redirect written and the content in place; the rerun moves it.
  const { exportDir } = await exportCommune(payload, old as never)
  ctx.steps.push(`Đã xuất dữ liệu ${old.name}: ${exportDir}`)
  const planned = await moveCommuneContent(payload, old, target, roles, { write: false })
  // Its address may be the new unit's own (old Bình Đức → new Phường Bình Đức): that host serves
  // the new site; only its own domains, if any, redirect.
  const keepsAddress = old.slug === ctx.newSlug
  if (!keepsAddress || old.domains?.length)
    await writeRedirect(
      payload,
      keepsAddress ? { ...old, slug: retiredSlug(old.slug, old.code) } : old,
      target.id,
      'merged',
      planned.paths,
    )
  const move = await moveCommuneContent(payload, old, target, roles)
  const counts = Object.entries(move.moved)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  ctx.steps.push(
    `Đã chuyển nội dung ${old.name} → ${target.name}: ${counts || 'không có'}; đổi địa chỉ ${move.renamed} mục trùng; gộp ${move.categoriesMerged} chuyên mục; ${move.members} thành viên.`,
  )
  await payload.update({
    collection: 'communes',
    id: old.id,
    overrideAccess: true,
    depth: 0,
    context: ctx.context,
    data: {
      status: 'merged',
      mergedInto: target.id as number,
      domains: [],
      // Its address is the redirect's now; the new unit may take the slug (and the code).
      ...(old.slug === ctx.newSlug ? { slug: retiredSlug(old.slug, old.code) } : {}),
      ...(old.code === ctx.newCode ? { code: `${old.code}-truoc-2025` } : {}),
    } as never,
  })
  await audit(payload, ctx.actor, old.id, `Sáp nhập ${old.name} vào ${target.name}`, {
    to: target.id,
    moved: move.moved,
    renamed: move.renamed,
    categoriesMerged: move.categoriesMerged,
    members: move.members,
    exportDir,
  })
}

const applyMerge = async (
  payload: Payload,
  unit: PlanUnit,
  actor: string,
  context: Record<string, unknown>,
): Promise<{ changed: boolean; steps: string[]; id: ID }> => {
  const steps: string[] = []
  let changed = false
  const target = await unitRecord(payload, unit)
  if (!target) throw new Error(`reorganisation: commune ${unit.keep} (kept for ${unit.code} ${unit.name}) not found`)
  const roles = new Map(unit.board.map((m) => [m.email, m.role]))
  for (const old of unit.from.filter((f) => f.content && f.code !== unit.keep)) {
    const record = await findByCode(payload, old.code)
    if (!record || record.status === 'merged' || String(record.id) === String(target.id)) continue
    await mergeOne(payload, record, target, roles, { actor, steps, newSlug: unit.slug, newCode: unit.code, context })
    changed = true
  }
  // The kept commune becomes the new unit.
  const same =
    target.code === unit.code &&
    target.name === unit.name &&
    target.slug === unit.slug &&
    (target as { type?: string }).type === unit.type &&
    !(target as { district?: unknown }).district
  if (!same) {
    if (target.slug !== unit.slug) {
      const paths: Record<string, string> = Object.fromEntries(SECTION_PATHS.map((p) => [p, p]))
      await writeRedirect(payload, target, target.id, 'renamed', paths)
    }
    const { exportDir } = await exportCommune(payload, target as never)
    await payload.update({
      collection: 'communes',
      id: target.id,
      overrideAccess: true,
      depth: 0,
      context,
      data: {
        code: unit.code,
        name: unit.name,
        type: unit.type,
        slug: unit.slug,
        district: null,
        theme: unit.theme,
        domains: unit.domains.map((domain) => ({ domain })),
        status: 'live',
      } as never,
    })
    steps.push(
      `${target.name} (${target.code}) trở thành ${unit.name} (${unit.code}), địa chỉ ${unit.slug}; bản xuất ${exportDir}`,
    )
    await audit(payload, actor, target.id, `${target.name} trở thành ${unit.name}`, {
      before: { code: target.code, name: target.name, slug: target.slug },
      after: { code: unit.code, name: unit.name, slug: unit.slug },
      exportDir,
    })
    steps.push(await renameMatomoSite(payload, target, unit))
    changed = true
  }
  const roleChanges = await applyRoles(payload, target.id, roles)
  if (roleChanges) {
    steps.push(`Đổi vai trò ${roleChanges} thành viên theo kế hoạch.`)
    changed = true
  }
  return { changed, steps, id: target.id }
}

const applyProvision = async (
  payload: Payload,
  unit: PlanUnit,
  actor: string,
): Promise<{ changed: boolean; steps: string[]; id: ID }> => {
  const result = await provisionCommune(
    payload,
    {
      name: unit.name,
      type: unit.type,
      code: unit.code,
      theme: unit.theme,
      domains: unit.domains,
      slug: unit.slug,
    } as never,
    { build: 'none', actor },
  )
  if (result.changed !== false)
    await audit(payload, actor, result.commune.id, `Khởi tạo ${unit.name} (sắp xếp đơn vị hành chính)`, {
      steps: result.steps,
    })
  return { changed: result.changed !== false, steps: result.steps, id: result.commune.id }
}

/** Split units: their redirect lists every successor (the one with the content first). */
/** The kept commune's Matomo site takes the new unit's name, URLs and group; a failure is a note, not a stop. */
const renameMatomoSite = async (payload: Payload, target: CommuneRow, unit: PlanUnit): Promise<string> => {
  const matomo = matomoConfig()
  const idSite = (target as { matomoSiteId?: number | null }).matomoSiteId
  if (!matomo || !idSite) return 'Không có trang thống kê Matomo để đổi tên.'
  const urls = communeSiteUrls(siteUrl(unit.slug).replace(/\/$/, ''), unit.domains)
  const group = (await readProvince(payload)).name || provinceName()
  try {
    await updateMatomoSite(matomo, idSite, { name: unit.name, urls, group })
    return `Đổi tên trang thống kê Matomo (idsite ${idSite}) thành ${unit.name}.`
  } catch (err) {
    payload.logger.warn(`reorganisation: Matomo site ${idSite} not renamed: ${(err as Error).message}`)
    return matomoFailureVi(`đổi tên trang thống kê (idsite ${idSite})`, err)
  }
}

/** The plan's province (name and code) becomes the platform's, once the whole plan is applied. */
const adoptProvince = async (payload: Payload, plan: Plan, actor: string): Promise<boolean> => {
  const before = await readProvince(payload)
  if (!plan.province.name || (before.name === plan.province.name && before.code === plan.province.code)) return false
  await rememberProvince(payload, plan.province, { replace: true })
  const req = { payload, user: null, context: {}, headers: new Headers() } as never
  await writeAudit(
    req,
    {
      action: 'reorganise',
      collection: 'province',
      summary: `Tỉnh: ${before.name}${before.code ? ` (mã ${before.code})` : ''} → ${plan.province.name} (mã ${plan.province.code})`,
      details: { before, after: plan.province },
      email: actor,
    },
    { inTransaction: false },
  )
  return true
}

const linkSplits = async (payload: Payload, plan: Plan): Promise<number> => {
  let linked = 0
  for (const split of plan.splits) {
    const row = (
      await payload.find({
        collection: 'redirects',
        where: { fromCode: { equals: split.code } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as { id: ID; kind?: string; alsoTo?: unknown[] } | undefined
    if (!row) continue
    const others: ID[] = []
    for (const code of split.alsoTo) {
      const unit = plan.units.find((u) => u.code === code)
      const record = unit && (await unitRecord(payload, unit))
      if (record) others.push(record.id)
    }
    if (row.kind === 'split' && (row.alsoTo ?? []).length === others.length) continue
    await payload.update({
      collection: 'redirects',
      id: row.id,
      overrideAccess: true,
      depth: 0,
      data: { kind: 'split', alsoTo: others as number[] },
    })
    linked++
  }
  return linked
}

/** Whether the database refused for a moment (another process holding the write lock too long). */
const isBusy = (e: unknown): boolean => {
  for (let err = e as { message?: string; cause?: unknown; code?: string } | undefined; err; err = err.cause as never)
    if (/SQLITE_BUSY|database is locked/i.test(`${err.code ?? ''} ${err.message ?? ''}`)) return true
  return false
}

/** A unit whose step met a busy database is run again (every step is idempotent), up to 3 times. */
const withRetries = async <T>(work: () => Promise<T>, onRetry: (e: Error) => void): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (e) {
      if (attempt >= 3 || !isBusy(e)) throw e
      onRetry(e as Error)
      await new Promise((resolve) => setTimeout(resolve, 2000 * attempt))
    }
  }
}

export const applyPlan = async (payload: Payload, plan: Plan, options: ApplyOptions = {}): Promise<ApplyReport> => {
  const started = Date.now()
  const log = options.log ?? (() => undefined)
  const actor = options.actor ?? 'reorganise'
  checkPlan(plan)
  const units = plan.units
    .filter((u) => !options.only || options.only.includes(u.code))
    // Merges first: they free the old slugs and codes that new units may take.
    .sort((a, b) => Number(a.action === 'provision') - Number(b.action === 'provision'))
  const report: ApplyReport = { units: [], changed: 0, built: 0, failed: 0, seconds: 0, stopped: false }
  const touched: string[] = []
  for (const [i, unit] of units.entries()) {
    if (options.shouldStop?.()) {
      report.stopped = true
      break
    }
    // Built once at the end when this run builds; otherwise each change queues its build.
    const context = options.build === false ? {} : { skipSiteBuild: true }
    const outcome = await withRetries(
      () =>
        unit.action === 'merge' ? applyMerge(payload, unit, actor, context) : applyProvision(payload, unit, actor),
      (e) => log(`${unit.name}: cơ sở dữ liệu đang bận (${e.message}), thử lại…`),
    )
    report.units.push({ code: unit.code, name: unit.name, changed: outcome.changed, steps: outcome.steps })
    if (outcome.changed) {
      report.changed++
      touched.push(String(outcome.id))
    }
    const elapsed = (Date.now() - started) / 1000
    const left = (elapsed / (i + 1)) * (units.length - i - 1)
    log(
      `${i + 1}/${units.length} ${unit.name}: ${outcome.changed ? (unit.action === 'merge' ? 'đã sáp nhập' : 'đã khởi tạo') : 'đã xong từ trước'} (${elapsed.toFixed(0)} giây, còn khoảng ${left.toFixed(0)} giây)`,
    )
  }
  const linked = report.stopped ? 0 : await linkSplits(payload, plan)
  if (linked) log(`Đã liên kết ${linked} đơn vị chia tách với các đơn vị kế thừa.`)
  if (!report.stopped && !options.only && (await adoptProvince(payload, plan, actor))) report.changed++
  if (!report.stopped && options.build !== false && touched.length) {
    log(`Đang xây dựng lại ${touched.length} trang và trang danh bạ…`)
    const built = await buildNow(payload, [...touched, DIRECTORY_SITE], log)
    report.built = (built as { built?: number }).built ?? 0
    report.failed = (built as { failed?: number }).failed ?? 0
  }
  report.seconds = (Date.now() - started) / 1000
  return report
}
