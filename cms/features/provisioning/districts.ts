/**
 * The district a commune is provisioned in: found by official code or by name, or created
 * from the facts a bulk list carries when the database lacks it.
 */
import type { Payload } from 'payload'
import type { ID } from '../../access/roles'
import { districtSlug, stripTypePrefix, uniqueSlug } from '../../lib/unit-slugs'
import { foldForSearch, normalizeText } from '../../lib/vietnamese'

export type DistrictDoc = {
  id: ID
  name: string
  code: string
  slug?: string | null
  type?: string | null
  province?: string | null
}

/** What a bulk list knows of a unit's district, to create it when missing. */
export type DistrictFacts = { name?: string; code?: string; type?: string; slug?: string; province?: string }

const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Huyện', 'Quận']

export const loadDistricts = async (payload: Payload): Promise<DistrictDoc[]> =>
  (await payload.find({ collection: 'districts', limit: 0, pagination: false, depth: 0, overrideAccess: true }))
    .docs as DistrictDoc[]

/** The districts matching an official code or a name (NFC, case and diacritics ignored, "Huyện"/"Thành phố" optional). */
export const matchDistricts = (districts: DistrictDoc[], query: string): DistrictDoc[] => {
  const byCode = districts.filter((d) => d.code === query.trim())
  if (byCode.length) return byCode
  const folded = foldForSearch(query)
  const exact = districts.filter((d) => foldForSearch(d.name) === folded)
  if (exact.length) return exact
  const bare = foldForSearch(stripTypePrefix(query))
  return districts.filter((d) => foldForSearch(stripTypePrefix(d.name, d.type ?? undefined)) === bare)
}

/** Creates a district a bulk list names but the database lacks (it needs the list's official code). */
export const createDistrict = async (
  payload: Payload,
  facts: DistrictFacts & { code: string },
  existing: DistrictDoc[],
): Promise<DistrictDoc> => {
  const name = normalizeText(facts.name ?? '')
  const type =
    facts.type ?? DISTRICT_TYPES.find((t) => foldForSearch(name).startsWith(`${foldForSearch(t)} `)) ?? 'Huyện'
  const taken = new Set(existing.map((d) => d.slug ?? ''))
  const slug = uniqueSlug(facts.slug || districtSlug(name, type), taken)
  return (await payload.create({
    collection: 'districts',
    overrideAccess: true,
    depth: 0,
    context: { skipAudit: true },
    data: { name, type, code: facts.code, slug, province: facts.province ?? null },
  })) as DistrictDoc
}
