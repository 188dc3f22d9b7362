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
import type { Payload } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { requestSiteBuilds } from '../publishing/queue'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import { siteUrl } from '../../../contract/site-urls'
import { addBoard, type Invitation } from './board'
import { addNewDomains, findOrCreateCommune, updateCommune, type CommuneDoc } from './commune-record'
import { createDistrict, matchDistricts, type DistrictDoc } from './districts'
import { addMatomoSite, communeSiteUrls, findMatomoSiteByUrl, matomoConfig, matomoFailureVi } from './matomo'
import { pendingMatomoAliases, syncMatomoAliases } from './matomo-aliases'
import { ProvisionError, validateProvisionInput, type CleanInput, type ProvisionInput } from './provision-input'
import { audit, did, QUIET, startRun, type ProvisionOptions, type Run } from './provision-run'
import { applyTemplate, templateFiller } from './template'
import { readProvince } from '../province'
import { provinceName } from '../vietnamese-admin/province'

export type { Invitation } from './board'
export {
  type BoardMember,
  ProvisionError,
  type ProvisionInput,
  type ProvisionProblem,
  typeFromName,
  validateProvisionInput,
} from './provision-input'
export type { ProvisionBatch, ProvisionOptions } from './provision-run'

export type ProvisionResult = {
  commune: { id: number | string; slug: string; name: string }
  created: boolean
  /** What this run did and what it found done, one Vietnamese line each. */
  steps: string[]
  invitations: Invitation[]
  /** Emails of the board accounts this run created. */
  createdAccounts: string[]
  matomoSiteId: number | null
  siteUrl: string
  /** Problems that did not stop provisioning (Matomo, email, site build), in Vietnamese; empty when none. */
  warnings?: string[]
  /** Whether this run changed anything (false: everything was already done). */
  changed?: boolean
}

/** Where a run stands: the commune as last written, and what the board step produced. */
type Progress = {
  commune: CommuneDoc
  created: boolean
  invitations: Invitation[]
  createdAccounts: string[]
}

const STATUS_VI: Record<string, string> = { suspended: 'tạm dừng', merged: 'đã sáp nhập' }

const ambiguousOrMissing = (query: string, found: DistrictDoc[]) =>
  new ProvisionError([
    found.length
      ? {
          field: 'district',
          message: `Huyện/thị xã/thành phố "${query}" khớp với nhiều đơn vị (${found.map((d) => d.name).join(', ')}); hãy dùng mã.`,
          en: `district "${query}" is ambiguous`,
        }
      : {
          field: 'district',
          message: `Huyện/thị xã/thành phố: không tìm thấy "${query}" (tên hoặc mã).`,
          en: `district "${query}" not found`,
        },
  ])

/**
 * The district by code or name; one a bulk list describes is created when missing. None when
 * the input names none: since 2025-07-01 communes belong to no district.
 */
const resolveDistrict = async (run: Run, c: CleanInput): Promise<DistrictDoc | null> => {
  const { districts } = run.batch
  const facts = run.options.districtFacts
  if (!c.district && !facts?.code) return null
  let found = c.district ? matchDistricts(districts, c.district) : []
  if (!found.length && facts?.code && facts.name) {
    found = matchDistricts(districts, facts.code)
    if (!found.length) {
      const made = await createDistrict(run.payload, { ...facts, code: facts.code }, districts)
      districts.push(made)
      found = [made]
      did(run, `Tạo ${made.name} (mã ${made.code})`)
      await audit(run, {
        collection: 'districts',
        documentId: made.id,
        summary: `Tạo ${made.name} (mã ${made.code})`,
        details: { step: 'district' },
      })
    }
  }
  if (found.length !== 1) throw ambiguousOrMissing(c.district, found)
  return found[0]!
}

/** The province's template copied into the commune, unless its site settings show it was. */
const copyTemplate = async (run: Run, progress: Progress, district: DistrictDoc | null, c: CleanInput) => {
  const { commune } = progress
  const fill = templateFiller({
    name: commune.name,
    type: commune.type,
    districtName: district?.name ?? '',
    provinceName: (await readProvince(run.payload)).name || district?.province || provinceName(),
  })
  const chief = c.board.find((m) => m.role === 'chief')
  const applied = await applyTemplate(run.payload, {
    tenant: commune.id,
    fresh: progress.created,
    template: run.batch.template,
    fill,
    responsiblePerson: chief?.name,
  })
  if (!applied.categories && !applied.pages && !applied.settings) {
    run.steps.push('Đã có nội dung ban đầu (chuyên mục, trang, cấu hình trang)')
    return
  }
  const parts = [
    applied.categories && `${applied.categories} chuyên mục`,
    applied.pages && `${applied.pages} trang`,
    applied.settings && 'menu, trang chủ và chân trang',
  ].filter(Boolean)
  did(run, `Nội dung ban đầu theo mẫu: ${parts.join(', ')}`)
  await audit(run, {
    documentId: commune.id,
    tenant: commune.id,
    summary: `Áp dụng mẫu trang: ${parts.join(', ')}`,
    details: { step: 'template', ...applied },
  })
}

/** Domains whose alias a down Matomo missed are sent again. */
const retryMatomoAliases = async (run: Run, commune: CommuneDoc) => {
  run.steps.push(`Đã có trang thống kê Matomo (idsite ${commune.matomoSiteId})`)
  if (!(await pendingMatomoAliases(run.payload, commune.id)).length) return
  const synced = await syncMatomoAliases(run.payload, commune.id, { req: run.auditReq })
  if (synced.ok) did(run, `Matomo: thêm tên miền ${synced.urls.join(', ')} (thử lại)`)
  else run.warnings.push(`Matomo: vẫn chưa thêm được tên miền (${synced.error}).`)
}

/** A Matomo site for the commune (found again by URL after a crash); a failure is a warning. */
const createMatomoSite = async (
  run: Run,
  commune: CommuneDoc,
  district: DistrictDoc | null,
  matomo: NonNullable<ReturnType<typeof matomoConfig>>,
): Promise<CommuneDoc> => {
  const slug = commune.slug ?? ''
  const urls = communeSiteUrls(
    siteUrl(slug).replace(/\/$/, ''),
    (commune.domains ?? []).map((d) => d.domain),
  )
  try {
    // A run killed after Matomo created the site but before its ID was stored finds it again.
    const existing = await findMatomoSiteByUrl(matomo, urls[0]!)
    // Matomo groups the sites by district, or by province where there is none.
    const group = district?.name || (await readProvince(run.payload)).name || provinceName()
    const idSite = existing ?? (await addMatomoSite(matomo, { name: commune.name, urls, group }))
    const updated = await updateCommune(run, commune.id, { matomoSiteId: idSite })
    did(run, `${existing ? 'Nhận lại' : 'Tạo'} trang thống kê Matomo (idsite ${idSite})`)
    run.log(`Provisioning: Matomo site ${idSite} for ${slug}${existing ? ' (found by URL)' : ''}`)
    await audit(run, {
      documentId: commune.id,
      tenant: commune.id,
      summary: `Trang thống kê Matomo idsite ${idSite}`,
      details: { step: 'matomo', matomoSiteId: idSite, urls, reused: Boolean(existing) },
    })
    return updated
  } catch (err) {
    const message = matomoFailureVi('tạo trang thống kê', err)
    run.warnings.push(message)
    run.steps.push(message)
    run.log(`Provisioning: Matomo site for ${slug} not created: ${(err as Error).message}`)
    await audit(run, {
      documentId: commune.id,
      tenant: commune.id,
      summary: 'Matomo: chưa tạo được trang thống kê',
      details: { step: 'matomo', error: (err as Error).message },
    })
    return commune
  }
}

/** The commune's Matomo site, when Matomo is configured (MATOMO_URL and MATOMO_TOKEN). */
const registerWithMatomo = async (run: Run, commune: CommuneDoc, district: DistrictDoc | null): Promise<CommuneDoc> => {
  const matomo = matomoConfig()
  if (!matomo) {
    run.steps.push(
      process.env.MATOMO_URL
        ? 'Matomo: chưa có MATOMO_TOKEN, bỏ qua tạo trang thống kê'
        : 'Matomo: chưa cấu hình, bỏ qua',
    )
    return commune
  }
  if (!commune.matomoSiteId) return createMatomoSite(run, commune, district, matomo)
  await retryMatomoAliases(run, commune)
  return commune
}

/** Sets the commune live (through its hooks: with 'queue' they queue the site's build and the directory's). */
const setLive = async (run: Run, commune: CommuneDoc): Promise<CommuneDoc> => {
  const context = run.build === 'queue' ? { skipAudit: true, skipMatomo: true } : QUIET
  const updated = await updateCommune(run, commune.id, { status: 'live' }, context)
  did(run, 'Đưa đơn vị vào hoạt động')
  await audit(run, {
    documentId: updated.id,
    tenant: updated.id,
    summary: `Đưa ${updated.name} vào hoạt động`,
    details: { step: 'live', build: run.build },
  })
  return updated
}

/** Builds the site now and says whether it went live. */
const buildSiteNow = async (run: Run, commune: CommuneDoc) => {
  const slug = commune.slug ?? ''
  const started = Date.now()
  try {
    const outcome = await buildNow(run.payload, [String(commune.id), DIRECTORY_SITE], run.log)
    const failure = outcome.report?.failed.find((f) => f.slug === slug)
    if (failure || !outcome.report?.built.includes(slug)) {
      run.warnings.push(
        `Xây dựng trang chưa thành công${failure ? `: ${failure.error}` : ''}. Chạy lại lệnh khởi tạo hoặc xây dựng lại trang từ trang quản trị.`,
      )
      return
    }
    did(run, `Xây dựng trang và đưa lên mạng (${((Date.now() - started) / 1000).toFixed(1)} giây)`)
    await audit(run, {
      documentId: commune.id,
      tenant: commune.id,
      summary: `Trang ${slug} đã lên mạng`,
      details: { step: 'build', ms: Date.now() - started },
    })
  } catch (err) {
    run.warnings.push(
      `Xây dựng trang chưa thành công (lỗi hệ thống: ${(err as Error).message}). Chạy lại lệnh khởi tạo để thử lại.`,
    )
  }
}

/** Live, then the site: built now, queued, or left to the caller; a suspended or merged commune stays as it is. */
const goLive = async (run: Run, commune: CommuneDoc): Promise<CommuneDoc> => {
  if (commune.status && STATUS_VI[commune.status]) {
    run.steps.push(`Đơn vị đang ở trạng thái ${STATUS_VI[commune.status]}: không đưa trang vào hoạt động`)
    return commune
  }
  const wasLive = commune.status === 'live'
  const live = wasLive ? commune : await setLive(run, commune)
  if (live.site?.state === 'live') run.steps.push('Trang đã được xây dựng và đang phục vụ')
  else if (run.build === 'now') await buildSiteNow(run, live)
  else if (run.build === 'queue') {
    if (wasLive) await requestSiteBuilds(run.payload, [live.id])
    run.steps.push('Trang đang chờ xây dựng (hàng đợi)')
  }
  return live
}

const resultOf = (run: Run, progress: Progress): ProvisionResult => {
  const { commune } = progress
  const slug = commune.slug ?? ''
  return {
    commune: { id: commune.id, slug, name: commune.name },
    created: progress.created,
    steps: run.steps,
    invitations: progress.invitations,
    createdAccounts: progress.createdAccounts,
    matomoSiteId: commune.matomoSiteId ?? null,
    siteUrl: siteUrl(
      slug,
      (commune.domains ?? []).map((d) => d.domain),
    ),
    warnings: run.warnings,
    changed: run.changed,
  }
}

/** A part of the run that goes alongside another, with steps and warnings of its own (merged in order afterwards). */
const branch = (run: Run): Run => ({ ...run, steps: [], warnings: [], changed: false })

const merge = (run: Run, parts: Run[]) => {
  for (const part of parts) {
    run.steps.push(...part.steps)
    run.warnings.push(...part.warnings)
    run.changed ||= part.changed
  }
}

/**
 * The template's content and the board's accounts, together: the accounts' passwords are
 * hashed on Node's thread pool while the content is written. Both finish before a failure of
 * either is reported.
 */
const copyTemplateAndBoard = async (run: Run, progress: Progress, c: CleanInput, district: DistrictDoc | null) => {
  const parts = [branch(run), branch(run)] as const
  const [template, board] = await Promise.allSettled([
    copyTemplate(parts[0], progress, district, c),
    addBoard(parts[1], progress.commune, c.board),
  ])
  merge(run, [...parts])
  if (template.status === 'rejected') throw template.reason
  if (board.status === 'rejected') throw board.reason
  Object.assign(progress, board.value)
}

/** Every step after the commune exists; `progress` follows the commune as it is written. */
const completeCommune = async (run: Run, progress: Progress, c: CleanInput, district: DistrictDoc | null) => {
  progress.commune = await addNewDomains(run, progress.commune, c.domains)
  await copyTemplateAndBoard(run, progress, c, district)
  progress.commune = await registerWithMatomo(run, progress.commune, district)
  progress.commune = await goLive(run, progress.commune)
}

/** Provisions one commune (see the module comment). Throws ProvisionError for invalid input. */
export async function provisionCommune(
  payload: Payload,
  input: ProvisionInput,
  options: ProvisionOptions = {},
): Promise<ProvisionResult> {
  if (options.req?.user && !isProvinceAdmin(options.req.user))
    throw new ProvisionError([
      {
        field: 'access',
        message: 'Chỉ quản trị tỉnh được khởi tạo đơn vị.',
        en: 'only the province admin may provision',
      },
    ])
  const c = validateProvisionInput(input)
  const run = await startRun(payload, options)
  const district = await resolveDistrict(run, c)
  const { commune, created } = await findOrCreateCommune(run, c, district)
  const progress: Progress = { commune, created, invitations: [], createdAccounts: [] }
  try {
    await completeCommune(run, progress, c, district)
    return resultOf(run, progress)
  } catch (err) {
    if (!(err instanceof ProvisionError))
      await audit(run, {
        documentId: progress.commune.id,
        tenant: progress.commune.id,
        summary: `Khởi tạo ${progress.commune.name} dừng do lỗi`,
        details: { error: (err as Error).message, steps: run.steps },
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
