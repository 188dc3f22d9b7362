/**
 * The administrative mapping of a reorganisation: each new unit, with the old units merged into
 * it (`full`, or `partial` when an old unit was split between several new ones). Read from the
 * project's own format (data/an-giang-2025.json, written by scripts/import-merges.ts) or from
 * the shared derived format it was made from (`old_id`, `type`). Pure: no database.
 */
import fs from 'node:fs'
import { type CommuneType, communeTypeLabel } from '../../../contract/vocabulary'
import { assignUnitSlugs } from '../../lib/unit-slugs'
import { normalizeText } from '../../lib/vietnamese'
import { typeFromName } from '../provisioning/provision-input'
// Imported, not read from disk: the admin's bundle (Next) has no file path for it.
import shipped from './data/an-giang-2025.json'

export type Share = 'full' | 'partial'
export type MergedUnit = { code: string; name: string; share: Share }
export type MappingUnit = { code: string; name: string; type: CommuneType; slug: string; merges: MergedUnit[] }
export type Mapping = {
  source: string
  /** The day the new units came into being (yyyy-MM-dd). */
  effectiveDate: string
  province: { code: string; name: string }
  units: MappingUnit[]
}

/** The shipped mapping, relative to the repository root (where the commands run). */
export const DEFAULT_MAPPING_FILE = 'cms/features/reorganisation/data/an-giang-2025.json'

/** A mapping that cannot be used: every problem, in Vietnamese, naming the unit and the field. */
export class MappingError extends Error {
  readonly problems: string[]
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.length} problem(s) in the mapping: ${problems.slice(0, 5).join(' | ')}`)
    this.name = 'MappingError'
    this.problems = problems
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? normalizeText(String(v)) : '')

const CODE = /^\d{3,6}$/

/** The old units of one new unit; problems are appended to `problems`. */
const readMerges = (list: unknown[], label: string, problems: string[]): MergedUnit[] => {
  const merges: MergedUnit[] = []
  for (const [j, m] of list.entries()) {
    const mCode = isRecord(m) ? text(m.code ?? m.old_id) : ''
    const share = isRecord(m) ? (m.share ?? m.type) : undefined
    if (!isRecord(m) || !CODE.test(mCode))
      problems.push(`${label}, đơn vị cũ thứ ${j + 1}: cần mã đơn vị cũ ("code" hoặc "old_id").`)
    else if (share !== 'full' && share !== 'partial')
      problems.push(`${label}, đơn vị cũ ${mCode}: "share" phải là "full" hoặc "partial".`)
    else merges.push({ code: mCode, name: text(m.name), share })
  }
  return merges
}

/** One new unit without its slug, or undefined (its problems appended). */
const readUnit = (raw: unknown, i: number, problems: string[]): Omit<MappingUnit, 'slug'> | undefined => {
  const where = `Đơn vị thứ ${i + 1}`
  if (!isRecord(raw)) {
    problems.push(`${where}: không phải một đối tượng.`)
    return undefined
  }
  const code = text(raw.code)
  const name = text(raw.name)
  const label = `${where} (${name || '?'}, mã ${code || '?'})`
  if (!CODE.test(code)) problems.push(`${label}: trường "code" phải là mã đơn vị hành chính (chữ số).`)
  if (!name) problems.push(`${label}: trường "name" bắt buộc.`)
  const type = (typeof raw.type === 'string' && raw.type in TYPE_VALUES ? raw.type : typeFromName(name)) as
    | CommuneType
    | undefined
  if (!type) problems.push(`${label}: không rõ loại đơn vị (tên phải bắt đầu bằng Xã, Phường, Thị trấn hoặc Đặc khu).`)
  if (!Array.isArray(raw.merges)) {
    problems.push(`${label}: trường "merges" phải là danh sách.`)
    return undefined
  }
  const merges = readMerges(raw.merges, label, problems)
  return type ? { code, name, type, merges } : undefined
}

/** Parses either format; throws MappingError listing every problem found. */
export const parseMapping = (data: unknown, file = '<bảng sáp nhập>'): Mapping => {
  if (!isRecord(data) || !Array.isArray(data.units))
    throw new MappingError(file, ['Tệp không đúng định dạng: cần đối tượng có danh sách "units".'])
  const problems: string[] = []
  const units: Omit<MappingUnit, 'slug'>[] = []
  const seen = new Set<string>()
  for (const [i, raw] of data.units.entries()) {
    const unit = readUnit(raw, i, problems)
    if (!unit) continue
    if (seen.has(unit.code)) problems.push(`${unit.name} (${unit.code}): mã ${unit.code} lặp lại.`)
    seen.add(unit.code)
    units.push(unit)
  }
  if (problems.length) throw new MappingError(file, problems)
  const slugs = assignUnitSlugs(
    units.map((u) => ({ code: u.code, name: u.name, type: communeTypeLabel(u.type), districtName: '' })),
  )
  const given = new Map(
    data.units.filter(isRecord).map((u) => [text(u.code), typeof u.slug === 'string' ? u.slug : undefined]),
  )
  const province = isRecord(data.province) ? data.province : {}
  return {
    source: text(data.source),
    effectiveDate: /^\d{4}-\d{2}-\d{2}$/.test(String(data.effectiveDate)) ? String(data.effectiveDate) : '2025-07-01',
    province: { code: text(province.code), name: text(province.name) },
    units: units.map((u) => ({ ...u, slug: given.get(u.code) || slugs.get(u.code)! })),
  }
}

const TYPE_VALUES: Record<string, true> = { xa: true, phuong: true, 'thi-tran': true, 'dac-khu': true }

/** The mapping in `file`, or the shipped one. */
export const loadMapping = (file?: string): Mapping => {
  if (!file) return parseMapping(shipped, DEFAULT_MAPPING_FILE)
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new MappingError(file, [`Không đọc được tệp: ${(e as Error).message}`])
  }
  return parseMapping(data, file)
}
