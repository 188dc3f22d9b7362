/**
 * The project's own seed list of administrative units (cms/features/provisioning/data/*.json),
 * produced by scripts/import-units.ts from the shared GSO extract.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { COMMUNE_TYPES, type CommuneType } from '../../../contract/vocabulary'
import { foldForSearch } from '../../lib/vietnamese'

export interface SeedProvince {
  code: string
  name: string
  slug: string
}

export interface SeedDistrict {
  code: string
  name: string
  type: string
  slug: string
}

export interface SeedCommune {
  code: string
  name: string
  type: string
  /** Empty when the commune belongs to no district (since 2025-07-01 there are none). */
  districtCode: string
  slug: string
}

export interface SeedUnits {
  source: string
  province: SeedProvince
  districts: SeedDistrict[]
  communes: SeedCommune[]
}

export const DEFAULT_SEED_FILE = fileURLToPath(new URL('./data/an-giang-2023.json', import.meta.url))

/**
 * The commune type a list names, by its label or its value, whatever the case and the
 * diacritics ("Thị Trấn", "thi tran", "thi-tran" → thi-tran); undefined for anything else.
 */
export const communeTypeOf = (text: string): CommuneType | undefined => {
  const folded = foldForSearch(text)
  return COMMUNE_TYPES.find((t) => foldForSearch(t.label) === folded || t.value === folded)?.value
}

/**
 * Stable machine value for a commune-level type, so code and the database
 * never depend on the spelling or casing of the Vietnamese label.
 */
export function communeTypeValue(type: string): CommuneType {
  const value = communeTypeOf(type)
  if (!value) throw new Error(`Unknown commune type "${type}" (expected Xã, Phường or Thị trấn)`)
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks that `value` has the given non-empty string fields; names the entry on failure. */
function requireStrings<K extends string>(
  value: unknown,
  keys: readonly K[],
  label: string,
  file: string,
): Record<K, string> {
  if (!isRecord(value)) throw new Error(`Invalid seed units file ${file}: ${label} is not an object`)
  const out = {} as Record<K, string>
  for (const key of keys) {
    const field = value[key]
    if (typeof field !== 'string' || field.trim() === '') {
      const code = typeof value.code === 'string' ? ` (code ${value.code})` : ''
      throw new Error(`Invalid seed units file ${file}: ${label}${code} has no non-empty string "${key}"`)
    }
    out[key] = field
  }
  return out
}

/** Validates parsed JSON against the SeedUnits shape; throws an error naming the bad entry. */
export function parseSeedUnits(data: unknown, file = '<input>'): SeedUnits {
  if (!isRecord(data)) throw new Error(`Invalid seed units file ${file}: top level is not an object`)
  const { source } = requireStrings(data, ['source'], 'top level', file)
  const province = requireStrings(data.province, ['code', 'name', 'slug'], 'province', file)
  // A province without districts (since 2025-07-01) may leave them out.
  const rawDistricts = data.districts ?? []
  if (!Array.isArray(rawDistricts)) throw new Error(`Invalid seed units file ${file}: "districts" is not an array`)
  if (!Array.isArray(data.communes)) throw new Error(`Invalid seed units file ${file}: "communes" is not an array`)

  const districts: SeedDistrict[] = rawDistricts.map((d: unknown, i: number) =>
    requireStrings(d, ['code', 'name', 'type', 'slug'], `districts[${i}]`, file),
  )
  const districtCodes = new Set(districts.map((d) => d.code))
  const communeCodes = new Set<string>()
  const communes: SeedCommune[] = data.communes.map((c: unknown, i: number) => {
    const commune: SeedCommune = {
      ...requireStrings(c, ['code', 'name', 'type', 'slug'], `communes[${i}]`, file),
      districtCode: isRecord(c) && typeof c.districtCode === 'string' ? c.districtCode.trim() : '',
    }
    if (commune.districtCode && !districtCodes.has(commune.districtCode)) {
      throw new Error(
        `Invalid seed units file ${file}: communes[${i}] (code ${commune.code}) refers to unknown district ${commune.districtCode}`,
      )
    }
    if (communeCodes.has(commune.code)) {
      throw new Error(`Invalid seed units file ${file}: communes[${i}] repeats code ${commune.code}`)
    }
    communeCodes.add(commune.code)
    return commune
  })
  return { source, province, districts, communes }
}

/** Reads and validates a seed units JSON file (default: cms/features/provisioning/data/an-giang-2023.json). */
export function loadSeedUnits(file: string = DEFAULT_SEED_FILE): SeedUnits {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read seed units file ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return parseSeedUnits(data, file)
}
