/**
 * Provisioning of a whole list of units (a province's 156 communes, say): one unit after the
 * other without building, then every new site in one batch of Astro runs, which is what makes
 * the whole province a matter of minutes. A unit that fails does not stop the others; a second
 * run skips what is done and finishes the rest, after a failure, a Ctrl-C or a kill.
 *
 * What every unit would read again (the districts, the template) is read once, and each unit's
 * writes are committed together (commit-together.ts).
 */
import type { Payload } from 'payload'
import type { ID } from '../../access/roles'
import { THEMES } from '../../../themes/index'
import { communeTypeLabel } from '../../../contract/vocabulary'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import { assignUnitSlugs, type SlugUnit } from '../../lib/unit-slugs'
import { commitTogether } from './commit-together'
import type { UnitRow } from './lists'
import { rememberProvince } from '../province'
import { buildNow, provisionCommune, ProvisionError, type Invitation, type ProvisionInput } from './provision'
import { loadProvisionBatch, type CommuneFields, type ProvisionBatch, type ProvisionOptions } from './provision-run'

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
  /** Emails of the board accounts this run created. */
  createdAccounts: string[]
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

export type BulkOptions = {
  log?: (line: string) => void
  /** Polled between units (Ctrl-C): what is done stays done and the next run resumes. */
  shouldStop?: () => boolean
  reinvite?: boolean
  /** Build the sites not live yet (and the province directory) at the end; false: the caller builds. */
  build?: boolean
  actor?: string
  /** See ProvisionOptions.accountPassword: board accounts with the caller's passwords, no invitations. */
  accountPassword?: ProvisionOptions['accountPassword']
  /** Fields the commune of a unit starts with when this run creates it (the demo's analytics IDs). */
  communeFields?: (unit: UnitRow, index: number) => CommuneFields
  /** Progress after each unit (`error`: a failure's English message); by default a line per unit with the time left. */
  onUnit?: UnitReport
  /** Awaited after each unit that did not fail, before the next one (the demo seed adds its content there). */
  afterUnit?: (outcome: UnitOutcome, id: ID, index: number) => Promise<void>
}

type UnitReport = (outcome: UnitOutcome, done: number, total: number, error?: string) => void

/** Slugs for the list as the seed assigns them (collisions resolved by type, district, code), unless the list has its own. */
const listSlugs = (units: UnitRow[]): Map<string, string> => {
  const candidates: SlugUnit[] = []
  const codes = new Set<string>()
  for (const u of units) {
    if (!u.input.name || !/^\d{5}$/.test(u.input.code) || codes.has(u.input.code)) continue
    codes.add(u.input.code)
    candidates.push({
      code: u.input.code,
      name: u.input.name,
      type: u.input.type ? communeTypeLabel(u.input.type) : '',
      districtName: u.district.name ?? u.input.district ?? '',
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

/** The default progress: "[3/156] created Xã Mỹ Khánh (my-khanh) · about 40 s left". */
const unitLines =
  (log: (line: string) => void, started: number): UnitReport =>
  (o, done, total, error) => {
    const prefix = `[${done}/${total}]`
    if (o.status === 'failed') {
      log(`${prefix} FAILED ${o.name || `row ${o.row}`} (${o.code}): ${error}`)
      return
    }
    const left = ((Date.now() - started) / done) * (total - done)
    const warned = o.warnings.length ? ` - ${o.warnings.length} warning(s)` : ''
    log(`${prefix} ${o.status} ${o.name} (${o.slug})${warned} · about ${Math.ceil(left / 1000)} s left`)
  }

type UnitRun = {
  payload: Payload
  options: BulkOptions
  batch: ProvisionBatch
  slugs: Map<string, string>
}

/** A unit's outcome, its commune's ID unless it failed, and a failure's English message (for the log). */
type UnitResult = { outcome: UnitOutcome; id?: ID; error?: string }

/** Provisions one unit of the list, its writes committed together; a failure becomes the unit's outcome. */
const provisionUnit = async (ctx: UnitRun, unit: UnitRow, index: number): Promise<UnitResult> => {
  const base = { row: unit.row, code: unit.input.code, name: unit.input.name, warnings: [], invitations: [] }
  const input: ProvisionInput = {
    ...unit.input,
    // Themes spread over the list, as in the demo province, unless the list sets them.
    theme: unit.input.theme ?? (index % THEMES.length) + 1,
    slug: unit.input.slug ?? ctx.slugs.get(unit.input.code),
  }
  try {
    const result = await commitTogether(ctx.payload, () =>
      provisionCommune(ctx.payload, input, {
        build: 'none',
        log: () => undefined,
        reinvite: ctx.options.reinvite,
        districtFacts: unit.district,
        actor: ctx.options.actor,
        accountPassword: ctx.options.accountPassword,
        communeFields: ctx.options.communeFields?.(unit, index),
        batch: ctx.batch,
      }),
    )
    const outcome: UnitOutcome = {
      ...base,
      name: result.commune.name,
      slug: result.commune.slug,
      status: result.created ? 'created' : result.changed ? 'resumed' : 'skipped',
      warnings: result.warnings ?? [],
      invitations: result.invitations,
      createdAccounts: result.createdAccounts,
    }
    return { outcome, id: result.commune.id }
  } catch (err) {
    const outcome: UnitOutcome = { ...base, status: 'failed', reason: reasonOf(err), createdAccounts: [] }
    return { outcome, error: (err as Error).message }
  }
}

/** Builds the sites of the list that are live but not built yet, whichever run provisioned them, and the directory. */
const buildProvisioned = async (payload: Payload, provisioned: ID[], anyNew: boolean, log: (line: string) => void) => {
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
  if (!toBuild.length && !anyNew) return { built: 0, buildFailed: [] }
  log(`Building ${toBuild.length} sites and the province directory...`)
  const { report } = await buildNow(payload, [...toBuild, DIRECTORY_SITE], log)
  return {
    built: report?.built.filter((s) => s !== DIRECTORY_SITE).length ?? 0,
    buildFailed: (report?.failed ?? []).map((f) => ({ slug: f.slug, error: f.error })),
  }
}

const summarize = (
  outcomes: UnitOutcome[],
  built: Pick<BulkSummary, 'built' | 'buildFailed'>,
  interrupted: boolean,
  started: number,
): BulkSummary => {
  const count = (status: UnitOutcome['status']) => outcomes.filter((o) => o.status === status).length
  return {
    units: outcomes,
    created: count('created'),
    resumed: count('resumed'),
    skipped: count('skipped'),
    failed: count('failed'),
    ...built,
    interrupted,
    seconds: (Date.now() - started) / 1000,
  }
}

/**
 * Provisions every unit of the list, then builds the sites that are not live yet (and the
 * province directory) in one batch.
 */
export const provisionMany = async (
  payload: Payload,
  units: UnitRow[],
  options: BulkOptions = {},
): Promise<BulkSummary> => {
  const started = Date.now()
  const log = options.log ?? ((line: string) => console.log(line))
  const report = options.onUnit ?? unitLines(log, started)
  const ctx: UnitRun = { payload, options, batch: await loadProvisionBatch(payload), slugs: listSlugs(units) }
  const province = units.find((u) => u.province)?.province
  if (province) await rememberProvince(payload, province)
  const outcomes: UnitOutcome[] = []
  const provisioned: ID[] = []
  const seen = new Set<string>()
  let interrupted = false
  for (const [i, unit] of units.entries()) {
    if (options.shouldStop?.()) {
      interrupted = true
      break
    }
    const { outcome, id, error } = seen.has(unit.input.code)
      ? { outcome: duplicateOf(unit), id: undefined, error: 'duplicate code in the list' }
      : await provisionUnit(ctx, unit, i)
    seen.add(unit.input.code)
    if (id !== undefined) {
      provisioned.push(id)
      await options.afterUnit?.(outcome, id, i)
    }
    outcomes.push(outcome)
    report(outcome, i + 1, units.length, error)
  }
  const anyNew = outcomes.some((o) => o.status === 'created' || o.status === 'resumed')
  const built =
    options.build !== false && !interrupted
      ? await buildProvisioned(payload, provisioned, anyNew, log)
      : { built: 0, buildFailed: [] }
  return summarize(outcomes, built, interrupted, started)
}

const duplicateOf = (unit: UnitRow): UnitOutcome => ({
  row: unit.row,
  code: unit.input.code,
  name: unit.input.name,
  status: 'failed',
  reason: `Mã ${unit.input.code} lặp lại trong danh sách.`,
  warnings: [],
  invitations: [],
  createdAccounts: [],
})
