/**
 * Active content in an Office Open XML package (DOCX, XLSX; PPTX only when embedded in one):
 * macros, ActiveX, OLE objects, anything fetched from elsewhere when the file opens (external
 * templates, linked objects, frames, data connections, external workbook links), and DDE, which
 * runs commands (Word fields, Excel formulas). Hyperlinks the reader clicks stay allowed
 * (http, https, mailto, tel), and so do charts (their data is an embedded XLSX, checked too).
 *
 * Three places are read, each of which alone can switch such content on: the part names, the
 * content types and the relationships; then the XML of Word's fields and Excel's formulas.
 */
import { type ActiveContentFinding, uninspectable, UninspectableError } from './finding'
import { isUnsafeLink, linkTarget } from './links'
import { readZipEntry, zipEntries, type ZipEntry } from './zip'

type Rule = { test: RegExp; code: ActiveContentFinding['code']; vi: string; en: string }

const MACROS = { code: 'office-macros', vi: 'macro (VBA hoặc macro Excel 4.0)', en: 'macros' } as const

/** Part names (lower case, decoded) that are active content by their place in the package. */
const PART_RULES: Rule[] = [
  { test: /(^|\/)vba(project|data)[^/]*$/, ...MACROS },
  { test: /(^|\/)(macrosheets|dialogsheets)\//, ...MACROS },
  { test: /(^|\/)attachedtoolbars\.bin$/, ...MACROS },
  { test: /(^|\/)activex\//, code: 'office-active-content', vi: 'điều khiển ActiveX', en: 'ActiveX controls' },
  {
    test: /(^|\/)externallinks\//,
    code: 'office-active-content',
    vi: 'liên kết tới sổ tính bên ngoài (External Links, DDE)',
    en: 'external workbook links',
  },
  {
    test: /(^|\/)connections\.xml$/,
    code: 'office-active-content',
    vi: 'kết nối dữ liệu bên ngoài (Data Connections)',
    en: 'data connections',
  },
  {
    test: /(^|\/)querytables\//,
    code: 'office-active-content',
    vi: 'truy vấn dữ liệu từ web (Query Tables)',
    en: 'query tables',
  },
  {
    test: /(^|\/)customui[^/]*\//,
    code: 'office-active-content',
    vi: 'tùy biến giao diện gọi macro (customUI)',
    en: 'custom UI (macro callbacks)',
  },
]

/** Content types that declare macros or active objects, whatever the part is called. */
const CONTENT_TYPE_RULES: Rule[] = [
  { test: /macroenabled|vbaproject|vbadata|macrosheet|keymapcustomizations|attachedtoolbars/i, ...MACROS },
  { test: /activex/i, code: 'office-active-content', vi: 'điều khiển ActiveX', en: 'ActiveX content type' },
  { test: /oleobject/i, code: 'office-active-content', vi: 'đối tượng OLE nhúng', en: 'OLE object content type' },
]

/** Relationship types (last segment, lower case) that load or run something. */
const REFUSED_RELATIONSHIPS: Record<string, { vi: string; macros?: true }> = {
  attachedtemplate: { vi: 'mẫu (template) đính kèm, có thể tải từ bên ngoài' },
  oleobject: { vi: 'đối tượng OLE nhúng hoặc liên kết' },
  control: { vi: 'điều khiển ActiveX' },
  activexcontrolbinary: { vi: 'điều khiển ActiveX' },
  subdocument: { vi: 'tài liệu con liên kết (subDocument)' },
  frame: { vi: 'khung (frame) tải nội dung bên ngoài' },
  afchunk: { vi: 'nội dung nhập từ định dạng khác (altChunk)' },
  externallink: { vi: 'liên kết tới sổ tính bên ngoài' },
  externallinkpath: { vi: 'liên kết tới sổ tính bên ngoài' },
  connections: { vi: 'kết nối dữ liệu bên ngoài' },
  querytable: { vi: 'truy vấn dữ liệu từ web' },
  extensibility: { vi: 'tùy biến giao diện gọi macro (customUI)' },
  vbaproject: { vi: 'macro (VBA)', macros: true },
  wordvbadata: { vi: 'macro (VBA)', macros: true },
  keymapcustomizations: { vi: 'phím tắt gọi macro', macros: true },
  attachedtoolbars: { vi: 'thanh công cụ gọi macro', macros: true },
  xlmacrosheet: { vi: 'macro Excel 4.0', macros: true },
  xlintlmacrosheet: { vi: 'macro Excel 4.0', macros: true },
  dialogsheet: { vi: 'hộp thoại macro Excel', macros: true },
}

/** Embedded packages allowed inside (a chart's data is an XLSX); each is checked the same way. */
const EMBEDDABLE = /\.(docx|xlsx|pptx)$/
/** A path on a local drive (C:\..., file:///C:/...), never a server share or a URL. */
const LOCAL_DRIVE_PATH = /^(file:\/\/\/)?[a-z]:[\\/](?![\\/])/i

const MB = 1024 * 1024
/** Inflated bytes read from one package in all (each part is also capped by readZipEntry). */
const TOTAL_BUDGET = 512 * MB

const decodeXml = (buf: Buffer): string => {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2)
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le')
  if (buf[0] === 0x3c && buf[1] === 0x00) return buf.toString('utf16le')
  if (buf[0] === 0x00 && buf[1] === 0x3c)
    return Buffer.from(buf.subarray(0, buf.length & ~1))
      .swap16()
      .toString('utf16le')
  return buf.toString('utf8')
}

/** Character data as an XML parser delivers it: CDATA unwrapped, entities and character references decoded. */
export const xmlText = (raw: string): string =>
  raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
            const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
            if (e[0] !== '#') return named[e.toLowerCase()] ?? ''
            const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
            return code <= 0x10ffff ? String.fromCodePoint(code) : ''
          }),
    )
    .join('')

const attribute = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)
  return m ? xmlText(m[1] ?? m[2] ?? '') : undefined
}

/** A Word field instruction that runs DDE (a command line) when the field updates. */
const isDdeField = (instruction: string): boolean =>
  /^DDE(AUTO)?(?![A-Za-z0-9])/i.test(instruction.replace(/^[\s"'\\{}]+/, ''))

/**
 * Word fields: an instruction may be split over many w:instrText runs between the field's
 * begin and separate/end marks (fields nest), or sit in a w:fldSimple's w:instr attribute.
 */
export function wordHasDdeField(xml: string): boolean {
  if (!/instrText|fldSimple/.test(xml)) return false
  const open: string[] = []
  const tag = /<(?:[\w.-]+:)?(fldChar|instrText|fldSimple)(?=[\s/>])([^>]*)>/g
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, kind, attrs = ''] = m
    if (kind === 'fldSimple') {
      if (isDdeField(attribute(attrs, 'instr') ?? '')) return true
    } else if (kind === 'fldChar') {
      const type = attribute(attrs, 'fldCharType')
      if (type === 'begin') open.push('')
      else if (type === 'separate' || type === 'end') {
        if (isDdeField(open.at(-1) ?? '')) return true
        if (type === 'end') open.pop()
      }
    } else if (!attrs.endsWith('/')) {
      const close = /<\/(?:[\w.-]+:)?instrText\s*>/g
      close.lastIndex = tag.lastIndex
      const end = close.exec(xml)
      const text = xmlText(xml.slice(tag.lastIndex, end ? end.index : xml.length))
      if (open.length) open[open.length - 1] += text
      else if (isDdeField(text)) return true
      if (end) tag.lastIndex = close.lastIndex
    }
  }
  return open.some(isDdeField)
}

/**
 * Excel formulas (cells, shared formulas, defined names) that call a DDE server:
 * `=cmd|'/c calc'!A1`. Outside string literals and quoted sheet names, `|` means only that.
 */
export function excelHasDdeFormula(xml: string): boolean {
  if (!xml.includes('|') && !xml.includes('&#')) return false
  const formula = /<(?:[\w.-]+:)?(f|definedName)(?=[\s>])[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?\1\s*>/g
  for (let m = formula.exec(xml); m; m = formula.exec(xml)) {
    const text = xmlText(m[2] ?? '')
      .replace(/"(?:[^"]|"")*"/g, '""')
      .replace(/'(?:[^']|'')*'/g, "''")
    if (text.includes('|')) return true
  }
  return false
}

const partName = (name: string): string => {
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {
    /* not percent-encoded */
  }
  return decoded.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase()
}

/** Checks one DOCX/XLSX (or an embedded package, one level deep); null when nothing active was found. */
export function findOfficeActiveContent(buf: Buffer, depth = 0): ActiveContentFinding | null {
  try {
    return inspect(buf, depth, { left: TOTAL_BUDGET })
  } catch (err) {
    if (err instanceof UninspectableError) return uninspectable(err)
    throw err
  }
}

/** What a finding says, before it is told where it was found. */
type Described = Omit<Rule, 'test'>
type Found = (rule: Described, where: string) => ActiveContentFinding
type Budget = { left: number }

const EMBEDDED_OBJECT: Described = {
  code: 'office-active-content',
  vi: 'đối tượng nhúng (OLE, tệp chương trình hoặc tài liệu khác)',
  en: 'embedded object',
}
const DDE_FIELD: Described = {
  code: 'office-active-content',
  vi: 'trường DDE chạy lệnh (DDE, DDEAUTO)',
  en: 'DDE field',
}
const DDE_FORMULA: Described = {
  code: 'office-active-content',
  vi: 'công thức gọi lệnh DDE (dấu |)',
  en: 'DDE formula',
}

function inspect(buf: Buffer, depth: number, budget: Budget): ActiveContentFinding | null {
  const entries = zipEntries(buf)
  if (!entries) throw new UninspectableError('tệp nén (ZIP) bị hỏng', 'not a well-formed ZIP')
  refuseDuplicateParts(entries)
  const inside = depth ? ' (trong một tài liệu nhúng)' : ''
  const found: Found = (rule, where) => ({ code: rule.code, vi: `${rule.vi}${inside}`, en: `${rule.en} (${where})` })
  const readXml = (entry: ZipEntry): string => {
    const data = inflate(buf, entry, budget)
    if (budget.left <= 0)
      throw new UninspectableError(
        'tệp quá lớn khi giải nén, không kiểm tra được',
        'package inflates beyond the inspection budget',
      )
    return decodeXml(data)
  }
  return findInPartNames(buf, entries, depth, budget, found) ?? findInPartContents(entries, readXml, found)
}

/** One part inflated, its size taken from the package's budget. */
const inflate = (buf: Buffer, entry: ZipEntry, budget: Budget): Buffer => {
  const data = readZipEntry(buf, entry, Math.min(128 * MB, Math.max(1, budget.left)))
  budget.left -= data.length
  return data
}

/** Office refuses a package with two parts of one name; which one another reader takes is anyone's guess. */
function refuseDuplicateParts(entries: ZipEntry[]): void {
  const seen = new Set<string>()
  for (const entry of entries) {
    const name = partName(entry.name)
    if (seen.has(name))
      throw new UninspectableError(
        `tệp nén có hai phần cùng tên "${entry.name.slice(0, 80)}"`,
        `duplicate ZIP entry ${JSON.stringify(entry.name)}`,
      )
    seen.add(name)
  }
}

/** Parts that are active by their name, and embedded packages (each inspected in turn, one level deep). */
function findInPartNames(
  buf: Buffer,
  entries: ZipEntry[],
  depth: number,
  budget: Budget,
  found: Found,
): ActiveContentFinding | null {
  for (const entry of entries) {
    const name = partName(entry.name)
    const rule = PART_RULES.find((r) => r.test.test(name))
    if (rule) return found(rule, `part ${entry.name}`)
    if (/(^|\/)embeddings\//.test(name) && !name.endsWith('/')) {
      if (depth > 0 || !EMBEDDABLE.test(name)) return found(EMBEDDED_OBJECT, `part ${entry.name}`)
      const nested = inspect(inflate(buf, entry, budget), depth + 1, budget)
      if (nested) return nested
    }
  }
  return null
}

/** The content types, the relationships, Word's fields and Excel's formulas, part by part in package order. */
function findInPartContents(
  entries: ZipEntry[],
  readXml: (entry: ZipEntry) => string,
  found: Found,
): ActiveContentFinding | null {
  for (const entry of entries) {
    const name = partName(entry.name)
    let finding: ActiveContentFinding | null = null
    if (name === '[content_types].xml') finding = findInContentTypes(readXml(entry), found)
    else if (name.endsWith('.rels')) finding = findInRelationships(readXml(entry), entry.name, found)
    else if (/^word\/.*\.xml$/.test(name)) {
      if (wordHasDdeField(readXml(entry))) finding = found(DDE_FIELD, `part ${entry.name}`)
    } else if (/^xl\/(worksheets\/[^/]*|workbook)\.xml$/.test(name)) {
      if (excelHasDdeFormula(readXml(entry))) finding = found(DDE_FORMULA, `part ${entry.name}`)
    }
    if (finding) return finding
  }
  return null
}

function findInContentTypes(xml: string, found: Found): ActiveContentFinding | null {
  for (const m of xml.matchAll(/ContentType\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const type = xmlText(m[1] ?? m[2] ?? '')
    const rule = CONTENT_TYPE_RULES.find((r) => r.test.test(type))
    if (rule) return found(rule, `content type ${type}`)
  }
  return null
}

function findInRelationships(xml: string, part: string, found: Found): ActiveContentFinding | null {
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])([^>]*)>/g)) {
    const finding = checkRelationship(m[1] ?? '', part, found)
    if (finding) return finding
  }
  return null
}

/** One relationship: refused by its type, or external and not a safe hyperlink. */
function checkRelationship(attrs: string, part: string, found: Found): ActiveContentFinding | null {
  const type = (attribute(attrs, 'Type') ?? '').trim()
  const kind = type.toLowerCase().split('/').at(-1) ?? ''
  const target = attribute(attrs, 'Target') ?? ''
  const external = (attribute(attrs, 'TargetMode') ?? '').trim().toLowerCase() === 'external'
  const refused = Object.hasOwn(REFUSED_RELATIONSHIPS, kind) ? REFUSED_RELATIONSHIPS[kind] : undefined
  const where = `${part} -> ${target}`
  // Word records the template a document was made from (a path on the author's disk, as in
  // offices working from their own templates): nothing to fetch, and harmless where absent.
  if (kind === 'attachedtemplate' && LOCAL_DRIVE_PATH.test(target.trim())) return null
  if (refused)
    return found(
      refused.macros
        ? { ...MACROS, vi: refused.vi }
        : { code: 'office-active-content', vi: refused.vi, en: `relationship ${kind}` },
      where,
    )
  if (!external) return null
  if (kind !== 'hyperlink')
    return found(
      {
        code: 'office-active-content',
        vi: `tham chiếu tới tài nguyên bên ngoài (${kind || 'không rõ loại'}), được tải khi mở tệp`,
        en: `external ${kind} relationship`,
      },
      where,
    )
  const link = linkTarget(target)
  if (isUnsafeLink(link))
    return found(
      {
        code: 'office-active-content',
        vi: `liên kết không an toàn (${link.slice(0, 40)}); chỉ cho phép http, https, mailto, tel`,
        en: 'unsafe hyperlink',
      },
      where,
    )
  return null
}
