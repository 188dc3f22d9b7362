/**
 * Provisioning of a whole list of units (a province's 156 communes, say): one unit after the
 * other without building, then every new site in one batch of Astro runs, which is what makes
 * the whole province a matter of minutes. A unit that fails does not stop the others; a second
 * run skips what is done and finishes the rest, after a failure, a Ctrl-C or a kill.
 */
import type { Payload } from 'payload'
import type { ID } from '../../access/roles'
import { THEMES } from '../../../themes/index'
import { assignUnitSlugs, type SlugUnit } from '../../lib/unit-slugs'
import type { UnitRow } from './lists'
import { buildNow, provisionCommune, ProvisionError, type Invitation, type ProvisionInput } from './provision'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

export type UnitOutcome = {
  row: number
  code: string
  name: string
  slug?: string
  status: 'created' | 'resumed' | 'skipped' | 'failed'
  /** Why it failed (Vietnamese), or what did not go as planned (Matomo, email). */
  reason?: string
  warnings: string[]
  invitations: Invitation[]
}

export type BulkSummary = {
  units: UnitOutcome[]
  created: number
  resumed: number
  skipped: number
  failed: number
  built: number
  buildFailed: { slug: string; error: string }[]
  interrupted: boolean
  seconds: number
}

const TYPE_LABEL = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' } as const

/** Slugs for the list as the seed assigns them (collisions resolved by type, district, code), unless the list has its own. */
const listSlugs = (units: UnitRow[], districtName: (u: UnitRow) => string): Map<string, string> => {
  const candidates: SlugUnit[] = []
  const codes = new Set<string>()
  for (const u of units) {
    if (!u.input.name || !/^\d{5}$/.test(u.input.code) || codes.has(u.input.code)) continue
    codes.add(u.input.code)
    candidates.push({
      code: u.input.code,
      name: u.input.name,
      type: u.input.type ? TYPE_LABEL[u.input.type] : '',
      districtName: districtName(u),
    })
  }
  try {
    return assignUnitSlugs(candidates)
  } catch {
    return new Map() // each unit then gets its slug from provisionCommune's own rules
  }
}

const reasonOf = (err: unknown): string =>
  err instanceof ProvisionError ? err.errors.map((e) => e.message).join(' ') : `Lỗi hệ thống: ${(err as Error).message}`

/**
 * Provisions every unit of the list, then builds the sites that are not live yet (and the
 * province directory) in one batch. `shouldStop` is polled between units (Ctrl-C): what is
 * done stays done and the next run resumes.
 */
export const provisionMany = async (
  payload: Payload,
  units: UnitRow[],
  {
    log = (line) => console.log(line),
    shouldStop = () => false,
    reinvite = false,
    build = true,
    actor,
  }: {
    log?: (line: string) => void
    shouldStop?: () => boolean
    reinvite?: boolean
    build?: boolean
    actor?: string
  } = {},
): Promise<BulkSummary> => {
  const started = Date.now()
  const slugs = listSlugs(units, (u) => u.district.name ?? u.input.district)
  const outcomes: UnitOutcome[] = []
  const provisioned: ID[] = []
  let anyNew = false
  let interrupted = false
  const seen = new Set<string>()

  for (const [i, unit] of units.entries()) {
    if (shouldStop()) {
      interrupted = true
      break
    }
    const base = {
      row: unit.row,
      code: unit.input.code,
      name: unit.input.name,
      warnings: [] as string[],
      invitations: [] as Invitation[],
    }
    if (seen.has(unit.input.code)) {
      outcomes.push({ ...base, status: 'failed', reason: `Mã ${unit.input.code} lặp lại trong danh sách.` })
      log(`[${i + 1}/${units.length}] FAILED ${unit.input.name} (${unit.input.code}): duplicate code in the list`)
      continue
    }
    seen.add(unit.input.code)
    const input: ProvisionInput = {
      ...unit.input,
      // Themes spread over the list, as in the demo province, unless the list sets them.
      theme: unit.input.theme ?? (i % THEMES.length) + 1,
      slug: unit.input.slug ?? slugs.get(unit.input.code),
    }
    try {
      const result = await provisionCommune(payload, input, {
        build: 'none',
        log: () => undefined,
        reinvite,
        districtFacts: unit.district,
        actor,
      })
      const status = result.created ? 'created' : result.changed ? 'resumed' : 'skipped'
      if (result.changed) anyNew = true
      outcomes.push({
        ...base,
        name: result.commune.name,
        slug: result.commune.slug,
        status,
        warnings: result.warnings ?? [],
        invitations: result.invitations,
      })
      provisioned.push(result.commune.id)
      const left = ((Date.now() - started) / (i + 1)) * (units.length - i - 1)
      log(
        `[${i + 1}/${units.length}] ${status} ${result.commune.name} (${result.commune.slug})${result.warnings?.length ? ` - ${result.warnings.length} warning(s)` : ''} · about ${Math.ceil(left / 1000)} s left`,
      )
    } catch (err) {
      outcomes.push({ ...base, status: 'failed', reason: reasonOf(err) })
      log(
        `[${i + 1}/${units.length}] FAILED ${unit.input.name || `row ${unit.row}`} (${unit.input.code}): ${(err as Error).message}`,
      )
    }
  }

  const buildFailed: { slug: string; error: string }[] = []
  let built = 0
  // Sites of the list that are live but not built yet, whichever run provisioned them.
  const toBuild = provisioned.length
    ? (
        await payload.find({
          collection: 'communes',
          where: {
            and: [
              { id: { in: provisioned } },
              { status: { equals: 'live' } },
              { 'site.state': { not_equals: 'live' } },
            ],
          },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { slug: true },
        })
      ).docs.map((d) => String(d.id))
    : []
  if (build && !interrupted && (toBuild.length || anyNew)) {
    log(`Building ${toBuild.length} sites and the province directory...`)
    const { report } = await buildNow(payload, [...toBuild, DIRECTORY_SITE], log)
    built = report?.built.filter((s) => s !== DIRECTORY_SITE).length ?? 0
    for (const f of report?.failed ?? []) buildFailed.push({ slug: f.slug, error: f.error })
  }

  const count = (status: UnitOutcome['status']) => outcomes.filter((o) => o.status === status).length
  return {
    units: outcomes,
    created: count('created'),
    resumed: count('resumed'),
    skipped: count('skipped'),
    failed: count('failed'),
    built,
    buildFailed,
    interrupted,
    seconds: (Date.now() - started) / 1000,
  }
}
