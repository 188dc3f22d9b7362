/**
 * The lists provisioning reads: a board (`name,email,role`) and a list of units, as CSV or as
 * JSON (the project's seed format, cms/features/provisioning/data/*.json, or a plain array). Pure: no database.
 */
import { foldForSearch, normalizeText } from '../../lib/vietnamese'
import { communeTypeOf, parseSeedUnits, type SeedUnits } from './units'
import type { BoardMember, ProvisionInput } from './provision'

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a leading BOM. Blank lines are skipped. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',' || ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.map((r) => r.map((f) => f.trim())).filter((r) => r.some((f) => f !== ''))
}

/** A problem of one row of a list, in Vietnamese (what the admin reads) and English (logs). */
export type ListProblem = { row: number; field: string; message: string }

/** Column names accepted in either language, folded (no diacritics, lower case). */
const headerKey = (aliases: Record<string, string[]>, header: string): string | undefined => {
  const h = foldForSearch(header).replace(/[\s_-]+/g, '')
  return Object.keys(aliases).find((key) => aliases[key]!.some((a) => a.replace(/[\s_-]+/g, '') === h))
}

const BOARD_COLUMNS = {
  name: ['name', 'ho ten', 'ten', 'hoten'],
  email: ['email', 'e-mail', 'thu dien tu'],
  role: ['role', 'vai tro'],
}

const ROLE_WORDS: Record<BoardMember['role'], string[]> = {
  chief: ['chief', 'truong ban', 'truong ban bien tap', 'pho ban', 'pho ban bien tap', 'editor-in-chief'],
  editor: ['editor', 'bien tap', 'bien tap vien', 'thanh vien', 'thanh vien ban bien tap'],
  contributor: ['contributor', 'cong tac vien', 'ctv'],
}

/** "trưởng ban", "Biên tập viên", "contributor"... → the stored role. */
export const boardRoleOf = (word: string): BoardMember['role'] | undefined => {
  const w = foldForSearch(word)
  return (Object.keys(ROLE_WORDS) as BoardMember['role'][]).find((role) => ROLE_WORDS[role].includes(w))
}

/** `name,email,role` with a header row (columns in any order, English or Vietnamese names). */
export const parseBoardCsv = (text: string): { members: BoardMember[]; problems: ListProblem[] } => {
  const [header, ...rows] = parseCsv(text)
  const problems: ListProblem[] = []
  if (!header)
    return {
      members: [],
      problems: [
        { row: 1, field: 'board', message: 'Danh sách ban biên tập trống (cần dòng tiêu đề name,email,role).' },
      ],
    }
  const columns = header.map((h) => headerKey(BOARD_COLUMNS, h))
  for (const key of Object.keys(BOARD_COLUMNS))
    if (!columns.includes(key))
      problems.push({
        row: 1,
        field: 'board',
        message: `Danh sách ban biên tập: thiếu cột "${key}" (dòng tiêu đề cần có name,email,role).`,
      })
  if (problems.length) return { members: [], problems }
  const members: BoardMember[] = []
  rows.forEach((cells, i) => {
    const get = (key: string) => cells[columns.indexOf(key)] ?? ''
    const role = boardRoleOf(get('role'))
    if (!role) {
      problems.push({
        row: i + 2,
        field: 'role',
        message: `Dòng ${i + 2}: vai trò "${get('role')}" không hợp lệ (trưởng ban, biên tập hoặc cộng tác viên).`,
      })
      return
    }
    members.push({ name: normalizeText(get('name')), email: get('email').trim().toLowerCase(), role })
  })
  return { members, problems }
}

/** One unit of a list to provision, with the facts needed to create its district if missing (none: no district). */
export type UnitRow = {
  row: number
  /** Without a theme when the list gives none (the bulk run spreads the themes). */
  input: Omit<ProvisionInput, 'theme'> & { theme?: number; slug?: string }
  district: { name?: string; code?: string; type?: string; slug?: string; province?: string }
  /** The province a units file names (its name and code), remembered by the first run. */
  province?: { name: string; code: string }
}

const UNIT_COLUMNS = {
  name: ['name', 'ten', 'ten don vi'],
  type: ['type', 'loai', 'loai don vi'],
  code: ['code', 'ma', 'ma don vi'],
  district: ['district', 'huyen', 'district name'],
  districtCode: ['district code', 'districtcode', 'ma huyen'],
  theme: ['theme', 'giao dien'],
  domains: ['domains', 'domain', 'ten mien'],
}

const splitDomains = (value: string): string[] =>
  value
    .split(/[\s|]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)

/**
 * CSV with a header: name,type,code[,district,district_code,theme,domains]; domains separated by
 * spaces or "|". The district column may be missing or empty: no districts since 2025-07-01.
 */
export const parseUnitsCsv = (text: string): { units: UnitRow[]; problems: ListProblem[] } => {
  const [header, ...rows] = parseCsv(text)
  if (!header) return { units: [], problems: [{ row: 1, field: 'file', message: 'Danh sách đơn vị trống.' }] }
  const columns = header.map((h) => headerKey(UNIT_COLUMNS, h))
  const missing = ['name', 'code'].filter((k) => !columns.includes(k))
  if (missing.length)
    return {
      units: [],
      problems: [
        {
          row: 1,
          field: 'file',
          message: `Danh sách đơn vị: thiếu cột ${missing.join(', ')} (cần name,type,code; district nếu đơn vị thuộc huyện).`,
        },
      ],
    }
  const units = rows.map((cells, i): UnitRow => {
    const get = (key: string) => cells[columns.indexOf(key)] ?? ''
    const theme = get('theme')
    return {
      row: i + 2,
      input: {
        name: get('name'),
        type: communeTypeOf(get('type')),
        code: get('code'),
        district: get('districtCode') || get('district'),
        theme: theme === '' ? undefined : Number(theme),
        domains: splitDomains(get('domains')),
      },
      district: { name: get('district') || undefined, code: get('districtCode') || undefined },
    }
  })
  return { units, problems: [] }
}

type PlainUnit = {
  name?: unknown
  type?: unknown
  code?: unknown
  district?: unknown
  districtCode?: unknown
  theme?: unknown
  domains?: unknown
  slug?: unknown
}

/** JSON: the seed format ({province, districts, communes}) or an array of {name,type,code,district?,theme,domains}. */
export const parseUnitsJson = (text: string, file = '<input>'): { units: UnitRow[]; problems: ListProblem[] } => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    return {
      units: [],
      problems: [{ row: 0, field: 'file', message: `Tệp ${file} không phải JSON hợp lệ (${(err as Error).message}).` }],
    }
  }
  if (Array.isArray(data)) {
    const units = (data as PlainUnit[]).map((u, i): UnitRow => {
      const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')
      return {
        row: i + 1,
        input: {
          name: str(u?.name),
          type: communeTypeOf(str(u?.type)),
          code: str(u?.code),
          district: str(u?.districtCode) || str(u?.district),
          theme: u?.theme === undefined || u?.theme === null || u?.theme === '' ? undefined : Number(u.theme),
          domains: Array.isArray(u?.domains)
            ? u.domains.map(str).map((d) => d.toLowerCase())
            : splitDomains(str(u?.domains)),
          slug: str(u?.slug) || undefined,
        },
        district: { name: str(u?.district) || undefined, code: str(u?.districtCode) || undefined },
      }
    })
    return { units, problems: [] }
  }
  try {
    return { units: unitRowsOfSeed(parseSeedUnits(data, file)), problems: [] }
  } catch (err) {
    return { units: [], problems: [{ row: 0, field: 'file', message: `Tệp ${file}: ${(err as Error).message}` }] }
  }
}

/** The units of the seed format, each with its district's facts and the slug the list assigns. */
export const unitRowsOfSeed = (seed: SeedUnits): UnitRow[] => {
  const districts = new Map(seed.districts.map((d) => [d.code, d]))
  return seed.communes.map((c, i): UnitRow => {
    const d = c.districtCode ? districts.get(c.districtCode) : undefined
    return {
      row: i + 1,
      input: { name: c.name, type: communeTypeOf(c.type), code: c.code, district: d?.code ?? '', slug: c.slug },
      district: d ? { name: d.name, code: d.code, type: d.type, slug: d.slug, province: seed.province.name } : {},
      province: { name: seed.province.name, code: seed.province.code },
    }
  })
}

export const parseUnitsFile = (text: string, file: string): { units: UnitRow[]; problems: ListProblem[] } =>
  /\.json$/i.test(file) ? parseUnitsJson(text, file) : parseUnitsCsv(text)
