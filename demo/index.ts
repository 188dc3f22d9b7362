/**
 * The demo province: the project's units list provisioned through `provisionMany`, as a
 * province admin would with `npm run provision -- --from <list>`, each commune with a demo
 * board, then the province's own demo accounts and the demo content. Every step skips what
 * exists, so it is safe to run on every start and resumes after an interruption.
 */
import type { Payload } from 'payload'
import type { ID } from '../cms/access/roles'
import { provisionMany, type UnitOutcome } from '../cms/features/provisioning/bulk'
import { unitRowsOfSeed, type UnitRow } from '../cms/features/provisioning/lists'
import type { BoardMember } from '../cms/features/provisioning/provision'
import { communeTypeValue, loadSeedUnits, type SeedUnits } from '../cms/features/provisioning/units'
import { progressReporter } from '../cms/lib/progress'
import { generatePassword } from '../cms/lib/random-password'
import { DEMO_EMAIL_DOMAIN, demoBoard, demoEmail, ensureProvinceAccounts } from './accounts'
import { credentialsFile, readCredentials, writeCredentials, type DemoCredential } from './credentials'
import { seedDemoContent } from './demo-seed'

export type SeedOptions = {
  /** Multiplies the demo content of each commune; 0 seeds no demo content. */
  scale: number
  /** How many communes get demo content (all when undefined). */
  demoCommunes?: number
  units?: SeedUnits
  now?: Date
  log?: (line: string) => void
  /**
   * Called once a commune this run created or changed has all its content (provisioned, and
   * its demo content when it gets some), so its site can be built while the seed goes on.
   */
  onCommuneReady?: (id: ID) => void
}

export type SeedResult = {
  communes: number
  accountsCreated: number
  communesWithNewContent: number
  credentialsFile: string | null
}

/** Who the audit log names for what the seed provisions. */
const SEED_ACTOR = 'demo seed'

/** The units list with a demo board for every commune. */
const demoUnits = (units: SeedUnits): UnitRow[] =>
  unitRowsOfSeed(units).map((row) => ({
    ...row,
    input: { ...row.input, board: demoBoard({ name: row.input.name, slug: row.input.slug ?? '' }) },
  }))

/** Each demo commune has a distinct demo Matomo and EMC ID, so every tracker can be seen working, and contacts. */
const demoCommuneFields = (unit: UnitRow, index: number) => {
  const { code, name, slug } = unit.input
  return {
    matomoSiteId: index + 1,
    emcSiteId: `demo-emc-${code}`,
    trustBadgeId: `demo-tnm-${code}`,
    contact: {
      address: `Trụ sở UBND ${name}, ${unit.district.name ?? ''}, ${unit.district.province ?? ''}`,
      phone: `0296 3${code.slice(-3)} ${code.slice(0, 3)}`,
      email: `ubnd.${slug}@${DEMO_EMAIL_DOMAIN}`,
    },
  }
}

/**
 * Provisions every commune of the list with its demo board, each followed by `afterUnit` (its
 * demo content) before the next; the credentials of the board accounts it created are saved
 * unit by unit, so an interrupted seed loses no password.
 */
const provisionProvince = async (
  payload: Payload,
  rows: UnitRow[],
  log: (line: string) => void,
  afterUnit: (outcome: UnitOutcome, id: ID, index: number) => Promise<void>,
) => {
  const passwords = new Map<string, string>()
  const progress = progressReporter(rows.length, 'communes seeded', log)
  const failures: string[] = []
  let accounts = 0
  log(`Seeding ${rows.length} communes...`)
  const summary = await provisionMany(payload, rows, {
    // The caller builds the sites (npm start: the first at once, the others after the seed).
    build: false,
    actor: SEED_ACTOR,
    accountPassword: (member: BoardMember) => {
      const password = generatePassword()
      passwords.set(member.email, password)
      return password
    },
    communeFields: demoCommuneFields,
    log,
    afterUnit: async (outcome, id, index) => {
      const created = boardCredentials(rows[index], outcome, passwords)
      accounts += created.length
      saveCredentials(created)
      await afterUnit(outcome, id, index)
    },
    onUnit: (outcome: UnitOutcome, _done, _total, error) => {
      if (outcome.status === 'failed') failures.push(`${outcome.name} (${outcome.code}): ${error}`)
      progress.tick()
    },
  })
  progress.done()
  if (failures.length) throw new Error(`The demo province could not be provisioned: ${failures.join('; ')}`)
  return { summary, accounts }
}

/** The credentials of the board accounts this run created for one unit. */
const boardCredentials = (
  row: UnitRow | undefined,
  outcome: UnitOutcome,
  passwords: Map<string, string>,
): DemoCredential[] => {
  const created = new Set(outcome.createdAccounts)
  return (row?.input.board ?? [])
    .filter((member) => created.has(member.email))
    .map((member) => ({
      email: member.email,
      password: passwords.get(member.email) ?? '',
      role: member.role,
      commune: outcome.slug ?? null,
    }))
}

/** The province admin: created first, so the admin's login works while the rest is seeded. */
const provinceAdmin = (payload: Payload): Promise<DemoCredential[]> =>
  ensureProvinceAccounts(payload, [
    { email: demoEmail.provinceAdmin(), name: 'Quản trị Sở TTTT (demo)', role: 'province-admin' },
  ])

/** A viewer per district, once the districts exist. */
const districtViewers = async (payload: Payload, units: SeedUnits): Promise<DemoCredential[]> => {
  const districts = await payload.find({
    collection: 'districts',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const districtId = new Map(districts.docs.map((d) => [d.code, d.id as ID]))
  return ensureProvinceAccounts(
    payload,
    units.districts.map((d) => ({
      email: demoEmail.districtViewer(d.slug),
      name: `Phòng VH-TT ${d.name} (demo)`,
      role: 'district-viewer' as const,
      district: districtId.get(d.code),
    })),
  )
}

/** Adds what this run created to data/demo-credentials.json (mode 0600); null when it created nothing. */
const saveCredentials = (created: DemoCredential[]): string | null => {
  if (!created.length) return null
  const known = readCredentials().filter((entry) => !created.some((c) => c.email === entry.email))
  return writeCredentials([...known, ...created])
}

/** The IDs of a commune's demo board accounts. */
const boardIds = async (payload: Payload, slug: string) => {
  const emails = {
    chief: demoEmail.chief(slug),
    editor: demoEmail.editor(slug),
    contributor: demoEmail.contributor(slug),
  }
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: Object.values(emails) } },
    select: { email: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const id = (email: string) => users.docs.find((u) => u.email === email)?.id as ID | undefined
  return { chief: id(emails.chief), editor: id(emails.editor), contributor: id(emails.contributor) }
}

/**
 * Demo content for one commune of the first `demoCommunes`, unless it has some already;
 * whether it wrote any.
 */
const contentSeeder = (payload: Payload, units: SeedUnits, options: SeedOptions) => {
  const districtName = new Map(units.districts.map((d) => [d.code, d.name]))
  const gets = new Set(units.communes.slice(0, options.demoCommunes ?? units.communes.length).map((c) => c.code))
  const byCode = new Map(units.communes.map((c) => [c.code, c]))
  const now = options.now ?? new Date()
  return async (code: string, id: ID): Promise<boolean> => {
    const c = byCode.get(code)
    if (options.scale <= 0 || !c || !gets.has(code)) return false
    return seedDemoContent(payload, {
      commune: {
        id,
        name: c.name,
        slug: c.slug,
        code: c.code,
        districtName: districtName.get(c.districtCode) ?? '',
        type: communeTypeValue(c.type),
      },
      users: await boardIds(payload, c.slug),
      scale: options.scale,
      now,
    })
  }
}

/**
 * Creates the province from the project's units list: districts, communes, their template
 * content and demo boards (provisioning), the province's demo accounts, the credentials file
 * and the demo content.
 */
export const seed = async (payload: Payload, options: SeedOptions): Promise<SeedResult> => {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  // After a reorganisation (npm run reorganise) the 2023 list no longer describes the province:
  // provisioning it again would bring the merged communes back.
  const reorganised = await payload.count({
    collection: 'communes',
    where: { mergedInto: { exists: true } },
    overrideAccess: true,
  })
  if (reorganised.totalDocs) {
    log('The province has been reorganised: the 2023 demo list is not provisioned again.')
    return { communes: 0, accountsCreated: 0, communesWithNewContent: 0, credentialsFile: null }
  }
  const units = options.units ?? loadSeedUnits()
  const rows = demoUnits(units)
  const admin = await provinceAdmin(payload)
  saveCredentials(admin)
  const content = contentSeeder(payload, units, options)
  let communesWithNewContent = 0
  const { summary, accounts } = await provisionProvince(payload, rows, log, async (outcome, id) => {
    const wrote = await content(outcome.code, id)
    if (wrote) communesWithNewContent++
    if (wrote || outcome.status !== 'skipped') options.onCommuneReady?.(id)
  })
  const viewers = await districtViewers(payload, units)
  saveCredentials(viewers)
  const accountsCreated = admin.length + accounts + viewers.length
  if (accountsCreated) log(`Created ${accountsCreated} demo accounts.`)
  return {
    communes: summary.units.length,
    accountsCreated,
    communesWithNewContent,
    credentialsFile: accountsCreated ? credentialsFile() : null,
  }
}

/**
 * The seed as `npm start` and `npm run seed` run it: SEED_DEMO_SCALE (default 1) and
 * SEED_DEMO_COMMUNES (default all) from the environment, and a summary line when it created
 * anything.
 */
export const seedFromEnvironment = async (
  payload: Payload,
  log: (line: string) => void,
  { onCommuneReady }: Pick<SeedOptions, 'onCommuneReady'> = {},
): Promise<SeedResult> => {
  const started = Date.now()
  const result = await seed(payload, {
    scale: Number(process.env.SEED_DEMO_SCALE ?? 1),
    demoCommunes: process.env.SEED_DEMO_COMMUNES ? Number(process.env.SEED_DEMO_COMMUNES) : undefined,
    log,
    onCommuneReady,
  })
  if (result.accountsCreated || result.communesWithNewContent)
    log(
      `Seeded ${result.communes} communes in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.accountsCreated} accounts, demo content for ${result.communesWithNewContent} communes.`,
    )
  return result
}
