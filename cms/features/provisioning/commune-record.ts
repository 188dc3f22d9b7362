/**
 * The commune's own record: found by its official code, or created with status "provisioning"
 * and the slug the seed's rules give it; domains given for a commune that exists are added.
 */
import type { ID } from '../../access/roles'
import { baseUnitSlug, districtSlug, uniqueSlug } from '../../lib/unit-slugs'
import { foldForSearch, slugify } from '../../lib/vietnamese'
import { communeTypeLabel, type CommuneType } from '../../../contract/vocabulary'
import type { DistrictDoc } from './districts'
import { syncMatomoAliases } from './matomo-aliases'
import { ProvisionError, type CleanInput } from './provision-input'
import { audit, did, QUIET, type Run } from './provision-run'

export type CommuneDoc = {
  id: ID
  name: string
  code: string
  slug?: string | null
  type: CommuneType
  status?: string | null
  theme?: number | null
  /** None since 2025-07-01 (no districts), or where the province groups no communes. */
  district?: ID | { id: ID } | null
  domains?: { domain: string }[] | null
  matomoSiteId?: number | null
  site?: { state?: string | null } | null
}

const findByCode = async (run: Run, code: string): Promise<CommuneDoc | undefined> =>
  (
    await run.payload.find({
      collection: 'communes',
      where: { code: { equals: code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as CommuneDoc | undefined

/** Refuses domains another commune already has. */
const refuseDomainsInUse = async (run: Run, domains: string[]): Promise<void> => {
  if (!domains.length) return
  const others = (
    await run.payload.find({
      collection: 'communes',
      where: { 'domains.domain': { in: domains } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as CommuneDoc[]
  const owner = (domain: string) => others.find((o) => o.domains?.some((x) => x.domain === domain))
  const clash = domains.find((d) => owner(d))
  if (clash)
    throw new ProvisionError([
      {
        field: 'domains',
        message: `Tên miền ${clash} đã được dùng cho ${owner(clash)?.name}.`,
        en: `domain ${clash} already used`,
      },
    ])
}

/**
 * Candidate slugs of a new commune, in the order of the seed's rules (cms/lib/unit-slugs.ts):
 * bare name, type, district (when it has one), code.
 */
const slugCandidates = (c: CleanInput, districtName: string | undefined): string[] => {
  const base = baseUnitSlug(c.name, communeTypeLabel(c.type))
  const byDistrict = districtName ? districtSlug(districtName) : ''
  return [
    ...(c.slug ? [c.slug] : []),
    base,
    `${slugify(communeTypeLabel(c.type))}-${base}`,
    ...(byDistrict ? [`${base}-${byDistrict}`] : []),
    `${base}-${slugify(c.code)}`,
  ]
}

/** The first candidate no commune has taken (or the last one made unique). */
const freeSlug = async (run: Run, candidates: string[]): Promise<string> => {
  const found = await run.payload.find({
    collection: 'communes',
    where: { slug: { in: candidates } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  const taken = new Set((found.docs as { slug?: string | null }[]).map((d) => d.slug ?? ''))
  return candidates.find((s) => !taken.has(s)) ?? uniqueSlug(candidates.at(-1)!, taken)
}

const createCommune = async (run: Run, c: CleanInput, district: DistrictDoc | null): Promise<CommuneDoc> => {
  await refuseDomainsInUse(run, c.domains)
  const slug = await freeSlug(run, slugCandidates(c, district?.name))
  const commune = (await run.payload.create({
    collection: 'communes',
    overrideAccess: true,
    depth: 0,
    context: QUIET,
    data: {
      ...run.options.communeFields,
      name: c.name,
      type: c.type,
      code: c.code,
      slug,
      district: (district?.id ?? null) as number | null,
      theme: c.theme,
      domains: c.domains.map((domain) => ({ domain })),
      status: 'provisioning',
    },
  })) as CommuneDoc
  did(run, `Tạo đơn vị ${c.name} (mã ${c.code}, ${slug}), ${district ? `${district.name}, ` : ''}giao diện ${c.theme}`)
  run.log(`Provisioning: created commune ${c.code} (${slug})`)
  await audit(run, {
    documentId: commune.id,
    tenant: commune.id,
    summary: `Khởi tạo đơn vị ${c.name} (mã ${c.code})`,
    details: { step: 'commune', slug, district: district?.name ?? null, theme: c.theme, domains: c.domains },
  })
  return commune
}

/** The commune of this official code, or a new one; a code that belongs to another name is refused. */
export const findOrCreateCommune = async (
  run: Run,
  c: CleanInput,
  district: DistrictDoc | null,
): Promise<{ commune: CommuneDoc; created: boolean }> => {
  const found = await findByCode(run, c.code)
  if (!found) return { commune: await createCommune(run, c, district), created: true }
  if (foldForSearch(found.name) !== foldForSearch(c.name))
    throw new ProvisionError([
      {
        field: 'code',
        message: `Mã ${c.code} đã là mã của ${found.name}; kiểm tra lại mã hoặc tên đơn vị.`,
        en: `code ${c.code} belongs to ${found.name}`,
      },
    ])
  run.steps.push(`Đã có đơn vị ${found.name} (mã ${found.code}, ${found.slug})`)
  return { commune: found, created: false }
}

/** Writes fields of the commune, quietly unless told otherwise (provisioning audits its own steps). */
export const updateCommune = async (
  run: Run,
  id: ID,
  data: Record<string, unknown>,
  context: Record<string, unknown> = QUIET,
): Promise<CommuneDoc> =>
  (await run.payload.update({
    collection: 'communes',
    id,
    overrideAccess: true,
    depth: 0,
    context,
    data,
  })) as CommuneDoc

/** Domains given for a commune that exists are added (never removed: the province removes by hand). */
export const addNewDomains = async (run: Run, commune: CommuneDoc, domains: string[]): Promise<CommuneDoc> => {
  const known = new Set((commune.domains ?? []).map((d) => d.domain))
  const added = domains.filter((d) => !known.has(d))
  if (!added.length) return commune
  const updated = await updateCommune(run, commune.id, {
    domains: [...(commune.domains ?? []).map((d) => ({ domain: d.domain })), ...added.map((domain) => ({ domain }))],
  })
  did(run, `Thêm tên miền ${added.join(', ')}`)
  await audit(run, {
    documentId: updated.id,
    tenant: updated.id,
    summary: `Thêm tên miền ${added.join(', ')}`,
    details: { step: 'domains', domains: added },
  })
  if (updated.matomoSiteId) {
    const synced = await syncMatomoAliases(run.payload, updated.id, { only: added, req: run.auditReq })
    if (!synced.ok)
      run.warnings.push(`Matomo: chưa thêm được tên miền mới (${synced.error}); sẽ thử lại ở lần khởi tạo sau.`)
  }
  return updated
}
