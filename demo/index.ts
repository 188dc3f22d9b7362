/**
 * The demo province: the project's units list provisioned through `provisionMany`, as a
 * province admin would with `npm run provision -- --from <list>`, each commune with a demo
 * board, then the province's own demo accounts and the demo content. Every step skips what
 * exists, so it is safe to run on every start and resumes after an interruption.
 */
import type { Payload } from 'payload'
import type { ID } from '../cms/access/roles'
import { provisionMany, type BulkSummary, type UnitOutcome } from '../cms/features/provisioning/bulk'
import { unitRowsOfSeed, type UnitRow } from '../cms/features/provisioning/lists'
import type { BoardMember } from '../cms/features/provisioning/provision'
import { communeTypeValue, loadSeedUnits, type SeedUnits } from '../cms/features/provisioning/units'
import { progressReporter } from '../cms/lib/progress'
import { generatePassword } from '../cms/lib/random-password'
import { DEMO_EMAIL_DOMAIN, demoBoard, demoEmail, ensureProvinceAccounts } from './accounts'
import { readCredentials, writeCredentials, type DemoCredential } from './credentials'
import { seedDemoContent } from './demo-seed'

export type SeedOptions = {
  /** Multiplies the demo content of each commune; 0 seeds no demo content. */
  scale: number
  /** How many communes get demo content (all when undefined). */
  demoCommunes?: number
  units?: SeedUnits
  now?: Date
  log?: (line: string) => void
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

/** Provisions every commune of the list with its demo board; the passwords it chose, by email. */
const provisionProvince = async (payload: Payload, rows: UnitRow[], log: (line: string) => void) => {
  const passwords = new Map<string, string>()
  const progress = progressReporter(rows.length, 'communes provisioned', log)
  const failures: string[] = []
  log(`Provisioning ${rows.length} communes...`)
  const summary = await provisionMany(payload, rows, {
    // start.ts builds every site after the seed, in one batch.
    build: false,
    actor: SEED_ACTOR,
    accountPassword: (member: BoardMember) => {
      const password = generatePassword()
      passwords.set(member.email, password)
      return password
    },
    communeFields: demoCommuneFields,
    log,
    onUnit: (outcome: UnitOutcome, _done, _total, error) => {
      if (outcome.status === 'failed') failures.push(`${outcome.name} (${outcome.code}): ${error}`)
      progress.tick()
    },
  })
  progress.done()
  if (failures.length) throw new Error(`The demo province could not be provisioned: ${failures.join('; ')}`)
  return { summary, passwords }
}

/** The credentials of the board accounts this run created, in the list's order. */
const boardCredentials = (rows: UnitRow[], summary: BulkSummary, passwords: Map<string, string>) =>
  summary.units.flatMap((outcome, i): DemoCredential[] => {
    const created = new Set(outcome.createdAccounts)
    return (rows[i]?.input.board ?? [])
      .filter((member) => created.has(member.email))
      .map((member) => ({
        email: member.email,
        password: passwords.get(member.email) ?? '',
        role: member.role,
        commune: outcome.slug ?? null,
      }))
  })

/** The province admin and a viewer per district, once their districts exist. */
const provinceAccounts = async (payload: Payload, units: SeedUnits): Promise<DemoCredential[]> => {
  const districts = await payload.find({
    collection: 'districts',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const districtId = new Map(districts.docs.map((d) => [d.code, d.id as ID]))
  return ensureProvinceAccounts(payload, [
    { email: demoEmail.provinceAdmin(), name: 'Quản trị Sở TTTT (demo)', role: 'province-admin' },
    ...units.districts.map((d) => ({
      email: demoEmail.districtViewer(d.slug),
      name: `Phòng VH-TT ${d.name} (demo)`,
      role: 'district-viewer' as const,
      district: districtId.get(d.code),
    })),
  ])
}

/** Adds what this run created to data/demo-credentials.json (mode 0600); null when it created nothing. */
const saveCredentials = (created: DemoCredential[]): string | null => {
  if (!created.length) return null
  const known = readCredentials().filter((entry) => !created.some((c) => c.email === entry.email))
  return writeCredentials([...known, ...created])
}

/** The IDs of the communes and of their demo boards' accounts, by slug and by email. */
const idsOf = async (payload: Payload, communes: SeedUnits['communes']) => {
  const slugs = communes.map((c) => c.slug)
  const emails = slugs.flatMap((slug) => [demoEmail.chief(slug), demoEmail.editor(slug), demoEmail.contributor(slug)])
  const find = { limit: 0, pagination: false, depth: 0, overrideAccess: true } as const
  const [found, users] = await Promise.all([
    payload.find({ collection: 'communes', where: { slug: { in: slugs } }, select: { slug: true }, ...find }),
    payload.find({ collection: 'users', where: { email: { in: emails } }, select: { email: true }, ...find }),
  ])
  return {
    commune: new Map(found.docs.map((c) => [c.slug ?? '', c.id as ID])),
    user: new Map(users.docs.map((u) => [u.email, u.id as ID])),
  }
}

/** Demo content for the first `demoCommunes` communes that have none yet; how many got some. */
const seedContent = async (payload: Payload, units: SeedUnits, options: SeedOptions, log: (line: string) => void) => {
  if (options.scale <= 0) return 0
  const targets = units.communes.slice(0, options.demoCommunes ?? units.communes.length)
  const districtName = new Map(units.districts.map((d) => [d.code, d.name]))
  const ids = await idsOf(payload, targets)
  const progress = progressReporter(targets.length, 'communes with demo content', log)
  const now = options.now ?? new Date()
  let added = 0
  for (const c of targets) {
    const id = ids.commune.get(c.slug)
    if (id === undefined) continue
    const wrote = await seedDemoContent(payload, {
      commune: {
        id,
        name: c.name,
        slug: c.slug,
        code: c.code,
        districtName: districtName.get(c.districtCode) ?? '',
        type: communeTypeValue(c.type),
      },
      users: {
        chief: ids.user.get(demoEmail.chief(c.slug)),
        editor: ids.user.get(demoEmail.editor(c.slug)),
        contributor: ids.user.get(demoEmail.contributor(c.slug)),
      },
      scale: options.scale,
      now,
    })
    if (wrote) added++
    progress.tick()
  }
  progress.done()
  return added
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
  const { summary, passwords } = await provisionProvince(payload, rows, log)
  const created = [...(await provinceAccounts(payload, units)), ...boardCredentials(rows, summary, passwords)]
  if (created.length) log(`Created ${created.length} demo accounts.`)
  const credentialsFile = saveCredentials(created)
  return {
    communes: summary.units.length,
    accountsCreated: created.length,
    communesWithNewContent: await seedContent(payload, units, options, log),
    credentialsFile,
  }
}

/**
 * The seed as `npm start` and `npm run seed` run it: SEED_DEMO_SCALE (default 1) and
 * SEED_DEMO_COMMUNES (default all) from the environment, and a summary line when it created
 * anything.
 */
export const seedFromEnvironment = async (payload: Payload, log: (line: string) => void): Promise<SeedResult> => {
  const started = Date.now()
  const result = await seed(payload, {
    scale: Number(process.env.SEED_DEMO_SCALE ?? 1),
    demoCommunes: process.env.SEED_DEMO_COMMUNES ? Number(process.env.SEED_DEMO_COMMUNES) : undefined,
    log,
  })
  if (result.accountsCreated || result.communesWithNewContent)
    log(
      `Seeded ${result.communes} communes in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.accountsCreated} accounts, demo content for ${result.communesWithNewContent} communes.`,
    )
  return result
}
