/**
 * Active content in a PDF: scripts, actions that run or reach out on their own, forms that
 * carry scripts, files and media carried inside.
 *
 * A filter, not a reader: it must see every object a reader could ever load, so it does not
 * follow the cross-reference table as pdf.js or pdf-lib do (they see the latest revision only,
 * and repair broken files each in its own way). Instead every `N G obj` header anywhere in the
 * file is parsed (all revisions of an incremental update, objects hidden inside another
 * object's stream data or string, which a forged xref offset can point at), and every object
 * stream is inflated and parsed too. Names are compared after `#xx` decoding, the way readers
 * read them (`/J#61vaScript` is `/JavaScript`). What cannot be inspected is refused.
 */
import { constants, inflateSync } from 'node:zlib'
import { type ActiveContentFinding, uninspectable, UninspectableError } from './finding'
import { isUnsafeLink, linkTarget } from './links'

class Name {
  constructor(readonly name: string) {}
}
class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
/** A string's bytes, as latin1 characters, escapes already decoded. */
class Str {
  constructor(readonly bytes: string) {}
}
/** A bare word (true, R, obj, stream...) or a closing delimiter. */
class Word {
  constructor(readonly word: string) {}
}
type Dict = Map<string, Value>
type Value = number | Name | Ref | Str | Word | Value[] | Dict

/** Names that are active content wherever they appear, as a key or as a value. */
const FORBIDDEN_NAMES: Record<string, { vi: string; en: string }> = {
  JavaScript: { vi: 'mã JavaScript (/JavaScript)', en: 'JavaScript' },
  JS: { vi: 'mã JavaScript (/JS)', en: 'JavaScript (/JS)' },
  Launch: { vi: 'lệnh khởi chạy chương trình (/Launch)', en: 'Launch action' },
  SubmitForm: { vi: 'lệnh gửi dữ liệu biểu mẫu ra ngoài (/SubmitForm)', en: 'SubmitForm action' },
  ImportData: { vi: 'lệnh nhập dữ liệu từ tệp khác (/ImportData)', en: 'ImportData action' },
  GoToR: { vi: 'lệnh mở một tệp khác (/GoToR)', en: 'GoToR action' },
  GoToE: { vi: 'lệnh mở tệp nhúng (/GoToE)', en: 'GoToE action' },
  XFA: { vi: 'biểu mẫu XFA (có thể chứa mã lệnh)', en: 'XFA form' },
  EmbeddedFile: { vi: 'tệp nhúng bên trong (/EmbeddedFile)', en: 'embedded file' },
  EmbeddedFiles: { vi: 'tệp nhúng bên trong (/EmbeddedFiles)', en: 'embedded files' },
  FileAttachment: { vi: 'tệp đính kèm bên trong (/FileAttachment)', en: 'file attachment annotation' },
  RichMedia: { vi: 'nội dung đa phương tiện nhúng (/RichMedia)', en: 'RichMedia' },
  RichMediaExecute: { vi: 'lệnh chạy nội dung đa phương tiện (/RichMediaExecute)', en: 'RichMediaExecute action' },
  Rendition: { vi: 'nội dung đa phương tiện (/Rendition)', en: 'Rendition action' },
  Movie: { vi: 'nội dung đa phương tiện (/Movie)', en: 'Movie' },
  Sound: { vi: 'nội dung âm thanh nhúng (/Sound)', en: 'Sound' },
  '3D': { vi: 'nội dung 3D nhúng (/3D)', en: '3D annotation' },
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00
const isDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25
const MAX_NESTING = 200
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }

/** The PDF object syntax (ISO 32000 7.3), leniently, over a latin1 string; reports every name it reads. */
class Parser {
  pos = 0
  constructor(
    readonly s: string,
    readonly onName: (name: string) => void,
  ) {}

  private skipSpace(): void {
    const s = this.s
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos)
      if (isWhite(c)) this.pos++
      else if (c === 0x25) {
        while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos++
      } else break
    }
  }

  private regular(): string {
    const start = this.pos
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos)
      if (isWhite(c) || isDelimiter(c)) break
      this.pos++
    }
    return this.s.slice(start, this.pos)
  }

  private literal(): Str {
    const s = this.s
    let depth = 1
    let out = ''
    this.pos++ // (
    while (this.pos < s.length) {
      const ch = s[this.pos++]!
      if (ch === '\\') {
        const e = s[this.pos++] ?? ''
        if (Object.hasOwn(ESCAPES, e)) out += ESCAPES[e]
        else if (/[0-7]/.test(e)) {
          let oct = e
          while (oct.length < 3 && /[0-7]/.test(s[this.pos] ?? '')) oct += s[this.pos++]
          out += String.fromCharCode(parseInt(oct, 8) & 0xff)
        } else if (e === '\r') {
          if (s[this.pos] === '\n') this.pos++
        } else if (e !== '\n') out += e
      } else if (ch === '(') {
        depth++
        out += ch
      } else if (ch === ')') {
        if (--depth === 0) break
        out += ch
      } else out += ch
    }
    return new Str(out)
  }

  private hex(): Str {
    const end = this.s.indexOf('>', this.pos)
    const digits = this.s.slice(this.pos + 1, end < 0 ? this.s.length : end).replace(/[^0-9a-fA-F]/g, '')
    this.pos = end < 0 ? this.s.length : end + 1
    let out = ''
    for (let i = 0; i < digits.length; i += 2)
      out += String.fromCharCode(parseInt(digits[i]! + (digits[i + 1] ?? '0'), 16))
    return new Str(out)
  }

  /** Items up to the closing `close`, with `num gen R` turned into references. */
  private items(close: string, depth: number): Value[] {
    const items: Value[] = []
    for (;;) {
      const v = this.value(depth + 1)
      if (v === null || (v instanceof Word && v.word === close)) return items
      if (v instanceof Word && v.word === 'R' && typeof items.at(-1) === 'number' && typeof items.at(-2) === 'number') {
        const gen = items.pop() as number
        items.push(new Ref(items.pop() as number, gen))
      } else items.push(v)
    }
  }

  /** The next value, or null at the end of the input. */
  value(depth = 0): Value | null {
    if (depth > MAX_NESTING)
      throw new UninspectableError(
        'cấu trúc lồng nhau quá sâu, không kiểm tra được',
        `PDF nesting deeper than ${MAX_NESTING}`,
      )
    this.skipSpace()
    const s = this.s
    if (this.pos >= s.length) return null
    const c = s[this.pos]!
    if (c === '/') {
      this.pos++
      const raw = this.regular()
      const name = raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      this.onName(name)
      return new Name(name)
    }
    if (c === '(') return this.literal()
    if (c === '<') {
      if (s[this.pos + 1] !== '<') return this.hex()
      this.pos += 2
      const items = this.items('>>', depth)
      const dict: Dict = new Map()
      for (let i = 0; i < items.length; i++) {
        const key = items[i]
        if (key instanceof Name && i + 1 < items.length) dict.set(key.name, items[++i]!)
      }
      return dict
    }
    if (c === '[') {
      this.pos++
      return this.items(']', depth)
    }
    if (c === '>' && s[this.pos + 1] === '>') {
      this.pos += 2
      return new Word('>>')
    }
    if (c === ']' || c === ')' || c === '>' || c === '{' || c === '}') {
      this.pos++
      return new Word(c)
    }
    const word = this.regular()
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word)
    return new Word(word)
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/**
 * Every `num gen obj` header, as a reader's lexer reads one when an xref offset points at it:
 * any amount of white space or comments between the three tokens. Found from each `obj`
 * backwards (a regular expression would backtrack over long runs of white space).
 */
function* objectHeaders(s: string): Generator<{ num: number; start: number; end: number }> {
  for (let i = s.indexOf('obj'); i >= 0; i = s.indexOf('obj', i + 3)) {
    let p = i - 1
    const space = (): boolean => {
      const from = p
      for (;;) {
        const before = p
        while (p >= 0 && isWhite(s.charCodeAt(p))) p--
        if (p === before || p < 0 || isDigit(s.charCodeAt(p))) break
        // After a line end, a regular character may close a comment: a % earlier on its line.
        let q = p
        while (q >= 0 && s.charCodeAt(q) !== 0x25 && s.charCodeAt(q) !== 0x0a && s.charCodeAt(q) !== 0x0d) q--
        if (q < 0 || s.charCodeAt(q) !== 0x25) break
        p = q - 1
      }
      return p < from
    }
    const digits = (): string | null => {
      const end = p + 1
      while (p >= 0 && isDigit(s.charCodeAt(p))) p--
      return p + 1 < end ? s.slice(p + 1, end) : null
    }
    if (!space() || digits() === null || !space()) continue
    const num = digits()
    if (num !== null) yield { num: Number(num), start: p + 1, end: i + 3 }
  }
}

type Stream = { dict: Dict; start: number }

/** All objects (every definition of each number) and the dictionaries outside them (trailers). */
type Document = { objects: Map<number, Value[]>; roots: Value[]; streams: Stream[] }

const define = (doc: Document, num: number, value: Value) => {
  const list = doc.objects.get(num)
  if (list) list.push(value)
  else doc.objects.set(num, [value])
}

/** Every definition of a value: a reference stands for each object of that number ever written. */
const resolve = (doc: Document, v: Value | undefined, seen = new Set<number>()): Value[] => {
  if (v === undefined) return []
  if (!(v instanceof Ref)) return [v]
  if (seen.has(v.num)) return []
  seen.add(v.num)
  return (doc.objects.get(v.num) ?? []).flatMap((d) => resolve(doc, d, seen))
}

const nameOf = (v: Value | undefined): string | undefined => (v instanceof Name ? v.name : undefined)

/** PNG predictors (DecodeParms /Predictor 10-15), as object streams written by some tools use them. */
const unpredictPng = (data: Buffer, columns: number, colors: number, bits: number): Buffer => {
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8))
  const rowLength = Math.ceil((columns * colors * bits) / 8)
  const rows = Math.floor(data.length / (rowLength + 1))
  const out = Buffer.alloc(rows * rowLength)
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!
    const row = data.subarray(r * (rowLength + 1) + 1, (r + 1) * (rowLength + 1))
    const o = r * rowLength
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? out[o + i - bpp]! : 0
      const up = r > 0 ? out[o - rowLength + i]! : 0
      const upLeft = r > 0 && i >= bpp ? out[o - rowLength + i - bpp]! : 0
      let pred = 0
      if (type === 1) pred = left
      else if (type === 2) pred = up
      else if (type === 3) pred = (left + up) >> 1
      else if (type === 4) {
        const p = left + up - upLeft
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
        pred = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      }
      out[o + i] = (row[i]! + pred) & 0xff
    }
  }
  return out
}

const ascii85 = (data: Buffer): Buffer => {
  const text = data.toString('latin1').replace(/\s/g, '').replace(/^<~/, '')
  const end = text.indexOf('~>')
  const body = end < 0 ? text : text.slice(0, end)
  const out: number[] = []
  let group: number[] = []
  const flush = (n: number) => {
    while (group.length < 5) group.push(84)
    let v = 0
    for (const d of group) v = v * 85 + d
    const bytes = [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]
    out.push(...bytes.slice(0, n))
    group = []
  }
  for (const ch of body) {
    if (ch === 'z' && !group.length) out.push(0, 0, 0, 0)
    else {
      group.push(ch.charCodeAt(0) - 33)
      if (group.length === 5) flush(4)
    }
  }
  if (group.length) flush(group.length - 1)
  return Buffer.from(out)
}

const cannotDecode = (why: string) =>
  new UninspectableError(
    'luồng đối tượng nén không giải mã được (bị mã hóa hoặc dùng bộ lọc lạ), không kiểm tra được',
    `object stream cannot be decoded: ${why}`,
  )

/** Decodes an object stream's data through its filters; what we cannot decode counts as unsafe. */
const decodeStream = (doc: Document, dict: Dict, data: Buffer, budget: { left: number }): Buffer => {
  const filters = resolve(doc, dict.get('Filter')).flatMap((f) =>
    Array.isArray(f) ? f.flatMap((x) => resolve(doc, x)) : [f],
  )
  const parms = resolve(doc, dict.get('DecodeParms')).flatMap((p) =>
    Array.isArray(p) ? p.flatMap((x) => resolve(doc, x)) : [p],
  )
  let out = data
  filters.forEach((f, i) => {
    const filter = nameOf(f)
    if (filter === 'FlateDecode' || filter === 'Fl') {
      try {
        out = inflateSync(out, { maxOutputLength: Math.max(1, budget.left), finishFlush: constants.Z_SYNC_FLUSH })
      } catch (err) {
        throw cannotDecode(`inflate: ${(err as Error).message}`)
      }
      budget.left -= out.length
      const p = parms[i]
      const predictor = p instanceof Map ? resolve(doc, p.get('Predictor'))[0] : undefined
      if (typeof predictor === 'number' && predictor >= 10 && p instanceof Map) {
        const num = (k: string, d: number) => {
          const v = resolve(doc, p.get(k))[0]
          return typeof v === 'number' ? v : d
        }
        out = unpredictPng(out, num('Columns', 1), num('Colors', 1), num('BitsPerComponent', 8))
      } else if (typeof predictor === 'number' && predictor > 1) throw cannotDecode(`predictor ${predictor}`)
    } else if (filter === 'ASCIIHexDecode' || filter === 'AHx') {
      const hex = out
        .toString('latin1')
        .replace(/>[\s\S]*$/, '')
        .replace(/[^0-9a-fA-F]/g, '')
      out = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')
    } else if (filter === 'ASCII85Decode' || filter === 'A85') out = ascii85(out)
    else throw cannotDecode(`filter ${String(filter)}`)
  })
  return out
}

/** The data of a stream: by its /Length when that lands on `endstream`, else up to the first `endstream`. */
const streamData = (doc: Document, buf: Buffer, s: string, { dict, start }: Stream): Buffer => {
  for (const length of resolve(doc, dict.get('Length'))) {
    if (typeof length !== 'number' || length < 0 || start + length > s.length) continue
    if (/^[\0\t\n\f\r ]*endstream/.test(s.slice(start + length, start + length + 32)))
      return buf.subarray(start, start + length)
  }
  const end = s.indexOf('endstream', start)
  let stop = end < 0 ? s.length : end
  if (s[stop - 1] === '\n') stop--
  if (s[stop - 1] === '\r') stop--
  return buf.subarray(start, Math.max(start, stop))
}

const isObjectStream = (dict: Dict): boolean =>
  nameOf(dict.get('Type')) === 'ObjStm' || (dict.has('N') && dict.has('First'))

/** Checks one PDF; null when nothing active was found. */
export function findPdfActiveContent(buf: Buffer): ActiveContentFinding | null {
  try {
    return inspect(buf)
  } catch (err) {
    if (err instanceof UninspectableError) return uninspectable(err)
    throw err
  }
}

function inspect(buf: Buffer): ActiveContentFinding | null {
  const s = buf.toString('latin1')
  const names = new Set<string>()
  const onName = (n: string) => {
    if (Object.hasOwn(FORBIDDEN_NAMES, n)) names.add(n)
  }
  const doc: Document = { objects: new Map(), roots: [], streams: [] }
  // Overlapping headers (one inside another's data) are each parsed from their own start; the
  // total parsed is bounded so that a file of nested headers cannot cost quadratic time.
  let work = 4 * s.length + 16 * 1024 * 1024
  const parser = new Parser(s, onName)
  for (const header of objectHeaders(s)) {
    parser.pos = header.end
    const value = parser.value()
    if (value === null) break
    define(doc, header.num, value)
    const at = parser.pos
    if (value instanceof Map) {
      const next = parser.value()
      if (next instanceof Word && next.word === 'stream') {
        let start = parser.pos
        if (s[start] === '\r') start++
        if (s[start] === '\n') start++
        doc.streams.push({ dict: value, start })
      }
    }
    work -= parser.pos - header.start
    parser.pos = at
    if (work < 0)
      throw new UninspectableError(
        'cấu trúc bất thường (các đối tượng chồng lên nhau), không kiểm tra được',
        'PDF objects overlap beyond the parse budget',
      )
  }
  for (const m of s.matchAll(/trailer/g)) {
    parser.pos = m.index + m[0].length
    const value = parser.value()
    if (value !== null) doc.roots.push(value)
  }

  const encrypted = [...doc.roots, ...[...doc.objects.values()].flat()].some(
    (v) => v instanceof Map && v.has('Encrypt'),
  )
  const budget = { left: 64 * 1024 * 1024 } // inflated bytes in all, so a flate bomb cannot exhaust memory
  for (const stream of doc.streams) {
    if (!isObjectStream(stream.dict)) continue
    if (encrypted) throw cannotDecode('the file is encrypted')
    const data = decodeStream(doc, stream.dict, streamData(doc, buf, s, stream), budget)
    const inner = new Parser(data.toString('latin1'), onName)
    const first = resolve(doc, stream.dict.get('First'))[0]
    const count = resolve(doc, stream.dict.get('N'))[0]
    const firstAt = typeof first === 'number' && first >= 0 ? first : 0
    // The header's pairs give each object's number and place; everything after /First is also
    // read in one sweep, so nothing between the announced places goes unseen.
    const header: number[] = []
    for (let i = 0; i < 2 * (typeof count === 'number' ? Math.min(count, 1_000_000) : 0); i++) {
      const v = inner.value()
      if (typeof v !== 'number') break
      header.push(v)
    }
    for (let i = 0; i + 1 < header.length; i += 2) {
      inner.pos = firstAt + header[i + 1]!
      const v = inner.value()
      if (v !== null) define(doc, header[i]!, v)
    }
    inner.pos = firstAt
    while (inner.value() !== null);
  }

  const found = [...names][0]
  if (found)
    return {
      code: 'pdf-active-content',
      vi: FORBIDDEN_NAMES[found]!.vi,
      en: `PDF contains ${FORBIDDEN_NAMES[found]!.en} (/${found})`,
    }
  return autoActionOrUnsafeLink(doc, encrypted)
}

/**
 * Actions that run by themselves (the document's /OpenAction, any /AA trigger: page open,
 * field focus...) may only move within the document (/GoTo); a link the reader clicks may
 * only open http(s), mailto or tel.
 */
function autoActionOrUnsafeLink(doc: Document, encrypted: boolean): ActiveContentFinding | null {
  let finding: ActiveContentFinding | null = null
  const checkAuto = (v: Value | undefined, seen: Set<number>): void => {
    for (const action of resolve(doc, v, seen)) {
      if (!(action instanceof Map)) continue // a destination array: a place in this document
      const type = nameOf(action.get('S'))
      if (type !== undefined && type !== 'GoTo') {
        finding ??= {
          code: 'pdf-active-content',
          vi: `hành động tự chạy khi mở tệp hoặc trang (/${type})`,
          en: `PDF runs a /${type} action automatically (OpenAction/AA)`,
        }
        return
      }
      const next = action.get('Next')
      for (const n of Array.isArray(next) ? next : [next]) checkAuto(n, seen)
    }
  }
  const visit = (v: Value): void => {
    if (finding) return
    if (Array.isArray(v)) {
      for (const x of v) visit(x)
      return
    }
    if (!(v instanceof Map)) return
    if (v.has('OpenAction')) checkAuto(v.get('OpenAction'), new Set())
    if (v.has('AA'))
      for (const triggers of resolve(doc, v.get('AA')))
        if (triggers instanceof Map) for (const action of triggers.values()) checkAuto(action, new Set())
    if (nameOf(v.get('S')) === 'URI' && !encrypted) {
      // Strings of an encrypted file are ciphertext: its links cannot be read (its names can).
      for (const uri of resolve(doc, v.get('URI'))) {
        if (!(uri instanceof Str)) continue
        const text = uri.bytes.startsWith('\xfe\xff')
          ? Buffer.from(uri.bytes.slice(2), 'latin1').swap16().toString('utf16le')
          : uri.bytes
        const target = linkTarget(text)
        if (isUnsafeLink(target)) {
          const scheme = /^[^:]*:?/.exec(target)![0].slice(0, 20)
          finding ??= {
            code: 'pdf-active-content',
            vi: `liên kết không an toàn (${scheme}); chỉ cho phép http, https, mailto, tel`,
            en: `PDF link with unsafe target ${JSON.stringify(target.slice(0, 60))}`,
          }
        }
      }
    }
    for (const x of v.values()) visit(x)
  }
  for (const v of [...doc.roots, ...[...doc.objects.values()].flat()]) visit(v)
  return finding
}
