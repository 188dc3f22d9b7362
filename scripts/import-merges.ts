/**
 * Converts the shared 2025 merger mapping into the project's own file
 * cms/features/reorganisation/data/an-giang-2025.json: names normalised (NFC, casing, tone
 * placement), each unit's type and slug, `share` for how an old unit went into it.
 *
 * Usage: npm exec -- tsx scripts/import-merges.ts [input.json]
 * (default input: ../shared/data/an-giang-merges-2025.json, relative to the repo root)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_MAPPING_FILE, parseMapping } from '../cms/features/reorganisation/mapping'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const inputFile = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(repoRoot, '../shared/data/an-giang-merges-2025.json')

const mapping = parseMapping(JSON.parse(readFileSync(inputFile, 'utf8')), inputFile)
const out = {
  source: `${mapping.source} Converted by scripts/import-merges.ts: names normalised (Unicode NFC, tone placement), type and slug of each new unit, "share" full/partial for each old unit.`,
  effectiveDate: mapping.effectiveDate,
  province: mapping.province,
  units: mapping.units,
}
writeFileSync(resolve(repoRoot, DEFAULT_MAPPING_FILE), `${JSON.stringify(out, null, 1)}\n`)
const old = new Set(mapping.units.flatMap((u) => u.merges.map((m) => m.code)))
console.log(`${mapping.units.length} new units from ${old.size} old units written to ${DEFAULT_MAPPING_FILE}`)
