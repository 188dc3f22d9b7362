import type { Payload } from 'payload'
import type { ID } from '../cms/access/roles'
import { DEMO_EMAIL_DOMAIN, demoEmail, ensureAccounts, type AccountSpec } from './accounts'
import { readCredentials, writeCredentials } from './credentials'
import { seedDemoContent } from './demo-seed'
import { progressReporter } from '../cms/lib/progress'
import { withTransaction } from './transaction'
import { THEME_COUNT } from '../cms/collections/Communes'
import { communeTypeValue, loadSeedUnits, type SeedUnits } from '../cms/features/provisioning/units'
import { DEFAULT_HOMEPAGE_SECTIONS } from '../cms/features/provisioning/template-defaults'
import { DEFAULT_MAIN_MENU } from '../contract/main-menu'

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

/** Spreads the 25 themes over the communes so every theme is seen in the demo province. */
export const demoThemeFor = (index: number): number => (index % THEME_COUNT) + 1

/**
 * Creates the province from the project's seed units: districts, communes, their settings, the
 * demo accounts and demo content. Every step skips what exists, so it is safe to run on every
 * start and resumes after an interruption.
 */
export const seed = async (payload: Payload, options: SeedOptions): Promise<SeedResult> => {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const units = options.units ?? loadSeedUnits()

  const districtIds = new Map<string, ID>()
  const communes = new Map<string, { id: ID; slug: string; name: string }>()
  const districtName = new Map(units.districts.map((d) => [d.code, d.name]))
  await withTransaction(payload, async (req) => {
    const quiet = { overrideAccess: true, depth: 0, context: { skipAudit: true, skipSiteBuild: true }, req } as const
    // Districts
    const existingDistricts = await payload.find({
      collection: 'districts',
      limit: 0,
      pagination: false,
      depth: 0,
      req,
    })
    for (const d of existingDistricts.docs) districtIds.set(d.code, d.id)
    for (const d of units.districts) {
      if (districtIds.has(d.code)) continue
      const doc = await payload.create({
        collection: 'districts',
        ...quiet,
        data: { name: d.name, type: d.type, code: d.code, slug: d.slug, province: units.province.name },
      })
      districtIds.set(d.code, doc.id)
    }

    // Communes, each with a distinct demo Matomo and EMC ID so every tracker can be seen working.
    const existingCommunes = await payload.find({
      collection: 'communes',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { code: true, slug: true, name: true },
      req,
    })
    for (const c of existingCommunes.docs) communes.set(c.code, { id: c.id, slug: c.slug ?? '', name: c.name })
    const missing = units.communes.filter((c) => !communes.has(c.code))
    if (missing.length) log(`Creating ${missing.length} communes...`)
    for (const [index, c] of units.communes.entries()) {
      if (communes.has(c.code)) continue
      const doc = await payload.create({
        collection: 'communes',
        ...quiet,
        data: {
          name: c.name,
          type: communeTypeValue(c.type),
          code: c.code,
          slug: c.slug,
          district: districtIds.get(c.districtCode) as number,
          theme: demoThemeFor(index),
          status: 'live',
          matomoSiteId: index + 1,
          emcSiteId: `demo-emc-${c.code}`,
          trustBadgeId: `demo-tnm-${c.code}`,
          contact: {
            address: `Trụ sở UBND ${c.name}, ${districtName.get(c.districtCode) ?? ''}, ${units.province.name}`,
            phone: `0296 3${c.code.slice(-3)} ${c.code.slice(0, 3)}`,
            email: `ubnd.${c.slug}@${DEMO_EMAIL_DOMAIN}`,
          },
        },
      })
      communes.set(c.code, { id: doc.id, slug: doc.slug ?? c.slug, name: doc.name })
      await payload.create({
        collection: 'site-settings',
        ...quiet,
        data: {
          tenant: doc.id as number,
          siteTitle: `Trang thông tin điện tử ${c.name}`,
          homepageSections: DEFAULT_HOMEPAGE_SECTIONS,
          // The sites' default menu (sites/src/lib/site.ts), which the provisioning template starts from.
          mainMenu: DEFAULT_MAIN_MENU.map((m) => ({ label: m.label, url: m.url })),
        },
      })
    }
  })

  // Accounts
  const specs: AccountSpec[] = [
    { email: demoEmail.provinceAdmin(), name: 'Quản trị Sở TTTT (demo)', role: 'province-admin', commune: null },
  ]
  for (const d of units.districts)
    specs.push({
      email: demoEmail.districtViewer(d.slug),
      name: `Phòng VH-TT ${d.name} (demo)`,
      role: 'district-viewer',
      commune: null,
      district: districtIds.get(d.code),
    })
  for (const c of units.communes) {
    const commune = communes.get(c.code)
    if (!commune) continue
    specs.push(
      { email: demoEmail.chief(c.slug), name: `Trưởng ban biên tập ${c.name} (demo)`, role: 'chief', commune },
      { email: demoEmail.editor(c.slug), name: `Biên tập viên ${c.name} (demo)`, role: 'editor', commune },
      { email: demoEmail.contributor(c.slug), name: `Cộng tác viên ${c.name} (demo)`, role: 'contributor', commune },
    )
  }
  const { created, ids: userIds } = await withTransaction(payload, (req) => ensureAccounts(payload, specs, req))
  if (created.length) log(`Created ${created.length} demo accounts.`)
  let credentialsFile: string | null = null
  if (created.length) {
    const known = readCredentials().filter((entry) => !created.some((c) => c.email === entry.email))
    credentialsFile = writeCredentials([...known, ...created])
  }

  // Demo content
  let communesWithNewContent = 0
  if (options.scale > 0) {
    const targets = units.communes.slice(0, options.demoCommunes ?? units.communes.length)
    const progress = progressReporter(targets.length, 'communes with demo content', log)
    for (const c of targets) {
      const commune = communes.get(c.code)
      if (!commune) continue
      const added = await seedDemoContent(payload, {
        commune: {
          id: commune.id,
          name: c.name,
          slug: c.slug,
          code: c.code,
          districtName: districtName.get(c.districtCode) ?? '',
          type: communeTypeValue(c.type),
        },
        users: {
          chief: userIds.get(demoEmail.chief(c.slug)),
          editor: userIds.get(demoEmail.editor(c.slug)),
          contributor: userIds.get(demoEmail.contributor(c.slug)),
        },
        scale: options.scale,
        now: options.now ?? new Date(),
      })
      if (added) communesWithNewContent++
      progress.tick()
    }
    progress.done()
  }
  return { communes: communes.size, accountsCreated: created.length, communesWithNewContent, credentialsFile }
}
