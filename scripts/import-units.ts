/**
 * Converts the shared GSO extract into the project's seed file
 * cms/features/provisioning/data/an-giang-2023.json with normalised names and unique slugs.
 *
 * Usage: npm exec -- tsx scripts/import-units.ts [input.json]
 * (default input: ../shared/data/an-giang-communes-2023.json, relative to the repo root)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assignUnitSlugs, districtSlug, stripTypePrefix } from '../cms/lib/unit-slugs'
import { normalizeText, normalizeUnitName, slugify } from '../cms/lib/vietnamese'
import { parseSeedUnits, type SeedCommune, type SeedDistrict, type SeedUnits } from '../cms/features/provisioning/units'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const inputFile = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(repoRoot, '../shared/data/an-giang-communes-2023.json')
const outputFile = resolve(repoRoot, 'cms/features/provisioning/data/an-giang-2023.json')

interface RawUnit {
  code: string
  name: string
  type: string
}
interface RawDistrict extends RawUnit {
  units: RawUnit[]
}
interface RawFile {
  source: string
  province: { code: string; name: string }
  districts: RawDistrict[]
}

function fail(message: string): never {
  throw new Error(`${inputFile}: ${message}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readUnit(value: unknown, label: string): RawUnit {
  if (!isRecord(value)) fail(`${label} is not an object`)
  const { code, name, type } = value
  if (typeof code !== 'string' || typeof name !== 'string' || typeof type !== 'string') {
    fail(`${label} needs string code, name and type`)
  }
  return { code: code.trim(), name, type }
}

function readRaw(file: string): RawFile {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!isRecord(data)) fail('top level is not an object')
  if (typeof data.source !== 'string') fail('"source" is not a string')
  const province = data.province
  if (!isRecord(province) || typeof province.code !== 'string' || typeof province.name !== 'string') {
    fail('"province" needs string code and name')
  }
  if (!Array.isArray(data.districts)) fail('"districts" is not an array')
  const districts = data.districts.map((d: unknown, i: number): RawDistrict => {
    const unit = readUnit(d, `districts[${i}]`)
    const units: unknown = isRecord(d) ? d.units : undefined
    if (!Array.isArray(units)) fail(`districts[${i}] (${unit.code}) has no "units" array`)
    return { ...unit, units: units.map((u: unknown, j: number) => readUnit(u, `districts[${i}].units[${j}]`)) }
  })
  return { source: data.source, province: { code: province.code, name: province.name }, districts }
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true })

function convert(raw: RawFile): SeedUnits {
  const districts: SeedDistrict[] = raw.districts
    .map((d) => {
      const type = normalizeText(d.type)
      const name = normalizeUnitName(d.name, type)
      return { code: d.code, name, type, slug: districtSlug(name, type) }
    })
    .sort(byCode)

  const flat = raw.districts.flatMap((d) => {
    const districtName = normalizeUnitName(d.name, d.type)
    return d.units.map((u) => {
      const type = normalizeText(u.type)
      return { code: u.code, name: normalizeUnitName(u.name, type), type, districtCode: d.code, districtName }
    })
  })
  const slugs = assignUnitSlugs(flat)
  const communes: SeedCommune[] = flat
    .map(({ code, name, type, districtCode }) => ({ code, name, type, districtCode, slug: slugs.get(code) ?? '' }))
    .sort(byCode)

  const provinceName = normalizeText(raw.province.name)
  return {
    source:
      `${normalizeText(raw.source)} ` +
      'Names normalised by scripts/import-units.ts: Unicode NFC, whitespace collapsed, ' +
      'type prefix casing fixed ("Thị Trấn" -> "Thị trấn"), tone placement unified ("Hoà" -> "Hòa").',
    province: { code: raw.province.code, name: provinceName, slug: slugify(stripTypePrefix(provinceName, 'Tỉnh')) },
    districts,
    communes,
  }
}

const seed = convert(readRaw(inputFile))
// Re-validate with the same checks the loader applies before writing.
parseSeedUnits(seed, outputFile)
mkdirSync(dirname(outputFile), { recursive: true })
writeFileSync(outputFile, `${JSON.stringify(seed, null, 1)}\n`, 'utf8')
console.log(
  `Wrote ${outputFile}: ${seed.districts.length} districts, ${seed.communes.length} communes (from ${inputFile})`,
)
