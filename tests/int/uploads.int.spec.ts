import fs from 'node:fs'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { crc32, makeDocx, makePdf } from '../support/active-content-fixtures'
import { loginAs, rest, type Reply } from '../support/api'

/**
 * Uploads to `media` through the REST API exactly as a client does it: multipart with a `file`
 * part and a `_payload` JSON part holding the other fields. The server is the real one, so what
 * is checked on disk is what Payload really wrote under DATA_DIR/media.
 */
const OWN = 'my-binh'
const OTHER = 'my-long'

let adminToken = ''
let editorToken = ''
let contributorToken = ''
const communeIds = new Map<string, number>()

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  editorToken = (await loginAs('editor', OWN)).token
  contributorToken = (await loginAs('contributor', OWN)).token
  for (const slug of [OWN, OTHER]) {
    const reply = await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=0`, { token: adminToken })
    expect(reply.status).toBe(200)
    communeIds.set(slug, reply.body.docs[0].id)
  }
})

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const mediaDir = () => path.join(inject('dataDir'), 'media')
const mediaFiles = (): string[] => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).sort() : [])

let counter = 0
/** A marker unique to one upload, put in alt/caption so the document can be looked up afterwards. */
const marker = (label: string) => `${label} ${Date.now().toString(36)}-${++counter}`

const upload = (
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
  token: string | undefined,
): Promise<Reply> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', '/api/media', { token, body: form })
}

/** Field errors of a Payload ValidationError reply: [{ path, message }]. */
const fieldErrors = (reply: Reply): { path: string; message: string }[] =>
  (reply.body?.errors ?? []).flatMap(
    (e: { data?: { errors?: { path: string; message: string }[] } }) => e.data?.errors ?? [],
  )

/** Media documents whose caption is `caption`, seen by the province admin (who sees every commune). */
const countByCaption = async (caption: string): Promise<number> => {
  const reply = await rest('GET', `/api/media?where[caption][equals]=${encodeURIComponent(caption)}&depth=0&limit=0`, {
    token: adminToken,
  })
  expect(reply.status).toBe(200)
  return reply.body.totalDocs
}

/** Vietnamese letters that do not occur in English text. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

// ---------------------------------------------------------------------------
// Fixture builders (all made here, in code)
// ---------------------------------------------------------------------------

const GPS_EXIF = {
  IFD0: { Make: 'TestCam', Model: 'SecretModel' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 42/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 7/1 0/1' },
}

/** A real 1600×1200 JPEG with EXIF (camera + GPS). */
const makeJpegWithGps = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg({ quality: 80 })
    .withExif(GPS_EXIF)
    .toBuffer()

const makeSmallJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .toBuffer()

const pngChunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([len, typeAndData, crc])
}

/** A PNG whose header declares width × height but which holds almost no data: a decompression bomb header. */
const makePngBombHeader = (width: number, height: number): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(65))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const content = 'BT /F1 12 Tf 72 720 Td (Thong bao) Tj ET'
const PDF_OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]
const makePlainPdf = () => makePdf(PDF_OBJECTS)
const makeJavaScriptPdf = () =>
  makePdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>',
    ...PDF_OBJECTS.slice(1),
    '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>',
  ])

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

// ---------------------------------------------------------------------------
// Accepted uploads
// ---------------------------------------------------------------------------

describe('accepted uploads (editor of my-binh)', () => {
  it('a JPEG with EXIF/GPS is stored without EXIF, with WebP sizes, under a sanitised name', async () => {
    const jpeg = await makeJpegWithGps()
    // The fixture really carries EXIF with a GPS IFD, otherwise the check below proves nothing.
    const before = await sharp(jpeg).metadata()
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true) // tag 0x8825 GPSInfo
    expect(jpeg.includes('SecretModel')).toBe(true)

    const caption = marker('jpeg-gps')
    const reply = await upload(
      { data: jpeg, name: 'Ảnh Hội nghị tổng kết.JPG', type: 'image/jpeg' },
      { alt: 'Hội nghị tổng kết năm của xã', caption, tenant: communeIds.get(OWN) },
      editorToken,
    )
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(201)
    const doc = reply.body.doc
    expect(doc.filename).toMatch(/^anh-hoi-nghi-tong-ket(-\d+)?\.jpg$/)
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.alt).toBe('Hội nghị tổng kết năm của xã')
    expect(doc.tenant === communeIds.get(OWN) || doc.tenant?.id === communeIds.get(OWN)).toBe(true)

    // The original on disk: same picture, no EXIF (no GPS, no camera).
    const original = path.join(mediaDir(), doc.filename)
    expect(fs.existsSync(original)).toBe(true)
    const stored = await sharp(original).metadata()
    expect(stored.format).toBe('jpeg')
    expect({ w: stored.width, h: stored.height }).toEqual({ w: 1600, h: 1200 })
    expect(stored.exif).toBeUndefined()
    expect(fs.readFileSync(original).includes('SecretModel')).toBe(false)

    // WebP sizes: in the reply and on disk, each really a WebP of the announced width.
    for (const [name, width] of [
      ['thumbnail', 400],
      ['medium', 800],
      ['large', 1280],
    ] as const) {
      const size = doc.sizes?.[name]
      expect(size?.mimeType, `${name} in ${JSON.stringify(doc.sizes)}`).toBe('image/webp')
      expect(size.width).toBe(width)
      expect(size.filename).toMatch(/\.webp$/)
      const file = path.join(mediaDir(), size.filename)
      expect(fs.existsSync(file), file).toBe(true)
      const meta = await sharp(file).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(width)
      expect(meta.exif).toBeUndefined()
    }

    // What the file URL serves is the stripped original (to the board: no published content
    // uses this file yet, so citizens do not get it; see security-media).
    const served = await fetch(`${inject('baseUrl')}/api/media/file/${doc.filename}`, {
      headers: { Authorization: `JWT ${editorToken}` },
    })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\/jpeg/)
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined()
  })

  it('a second upload of the same name gets a suffixed name and does not overwrite the first', async () => {
    const name = 'Ảnh trùng tên.jpg'
    const first = await upload(
      { data: await makeSmallJpeg(), name, type: 'image/jpeg' },
      { alt: 'Ảnh thứ nhất', tenant: communeIds.get(OWN) },
      editorToken,
    )
    const second = await upload(
      { data: await makeSmallJpeg(), name, type: 'image/jpeg' },
      { alt: 'Ảnh thứ hai', tenant: communeIds.get(OWN) },
      editorToken,
    )
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.body.doc.filename).toMatch(/^anh-trung-ten(-\d+)?\.jpg$/)
    expect(second.body.doc.filename).toMatch(/^anh-trung-ten-\d+\.jpg$/)
    expect(second.body.doc.filename).not.toBe(first.body.doc.filename)
    expect(fs.existsSync(path.join(mediaDir(), first.body.doc.filename))).toBe(true)
    expect(fs.existsSync(path.join(mediaDir(), second.body.doc.filename))).toBe(true)
  })

  it('a PDF and a DOCX are accepted without alt text', async () => {
    for (const file of [
      {
        data: makePlainPdf(),
        name: 'Kế hoạch năm 2025.pdf',
        type: 'application/pdf',
        expected: /^ke-hoach-nam-2025(-\d+)?\.pdf$/,
      },
      {
        data: makeDocx(),
        name: 'Thông báo lịch họp.docx',
        type: DOCX_MIME,
        expected: /^thong-bao-lich-hop(-\d+)?\.docx$/,
      },
    ]) {
      const reply = await upload(file, { tenant: communeIds.get(OWN) }, editorToken)
      expect(reply.status, `${file.name}: ${JSON.stringify(reply.body).slice(0, 500)}`).toBe(201)
      expect(reply.body.doc.mimeType).toBe(file.type)
      expect(reply.body.doc.filename).toMatch(file.expected)
      const stored = path.join(mediaDir(), reply.body.doc.filename)
      expect(fs.readFileSync(stored).equals(file.data)).toBe(true)
    }
  })
})

// ---------------------------------------------------------------------------
// Refused uploads
// ---------------------------------------------------------------------------

type RefusedUpload = {
  title: string
  file: () => Promise<Buffer> | Buffer
  name: string
  type: string
  alt?: string
  field: 'file' | 'alt'
  says?: RegExp
}
const REFUSED_UPLOADS: RefusedUpload[] = [
  {
    title: 'a <script> named x.jpg sent as image/jpeg',
    file: () => Buffer.from('<script>alert(document.cookie)</script>\n'),
    name: 'x.jpg',
    type: 'image/jpeg',
    alt: 'Ảnh',
    field: 'file',
    says: /chỉ chấp nhận/,
  },
  {
    title: 'an SVG',
    file: () =>
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
      ),
    name: 'logo.svg',
    type: 'image/svg+xml',
    alt: 'Biểu trưng',
    field: 'file',
    says: /chỉ chấp nhận/,
  },
  {
    title: 'a PNG declaring 30000×30000 (decompression bomb)',
    file: () => makePngBombHeader(30_000, 30_000),
    name: 'bom.png',
    type: 'image/png',
    alt: 'Ảnh lớn',
    field: 'file',
    says: /quá lớn/,
  },
  {
    title: 'an image without alt text',
    file: makeSmallJpeg,
    name: 'khong-alt.jpg',
    type: 'image/jpeg',
    field: 'alt',
    says: /Văn bản thay thế \(alt\)/,
  },
  {
    title: 'an image with blank alt text',
    file: makeSmallJpeg,
    name: 'alt-trang.jpg',
    type: 'image/jpeg',
    alt: '   ',
    field: 'alt',
    says: /Văn bản thay thế \(alt\)/,
  },
  {
    title: 'a PDF with /JavaScript',
    file: makeJavaScriptPdf,
    name: 'bieu-mau.pdf',
    type: 'application/pdf',
    field: 'file',
    says: /JavaScript/,
  },
  {
    title: 'a Windows executable',
    file: () =>
      Buffer.concat([
        Buffer.from('MZ'),
        Buffer.alloc(58),
        Buffer.from([0x80, 0, 0, 0]),
        Buffer.from('This program cannot be run in DOS mode.'),
      ]),
    name: 'setup.exe',
    type: 'application/x-msdownload',
    field: 'file',
    says: /chỉ chấp nhận/,
  },
  {
    title: 'an HTML page',
    file: () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
    name: 'trang.html',
    type: 'text/html',
    field: 'file',
    says: /chỉ chấp nhận/,
  },
  {
    title: 'an HTML page named .pdf and sent as application/pdf',
    file: () => Buffer.from('<html><script>alert(1)</script></html>'),
    name: 'van-ban.pdf',
    type: 'application/pdf',
    field: 'file',
    says: /chỉ chấp nhận/,
  },
]

describe('refused uploads leave nothing behind', () => {
  it.each(REFUSED_UPLOADS)(
    '$title → 400 naming "$field", in Vietnamese, no file, no document',
    async ({ file, name, type, alt, field, says }) => {
      const caption = marker(name)
      const filesBefore = mediaFiles()
      const reply = await upload(
        { data: await file(), name, type },
        { ...(alt === undefined ? {} : { alt }), caption, tenant: communeIds.get(OWN) },
        editorToken,
      )
      const body = JSON.stringify(reply.body).slice(0, 500)
      expect(reply.status, body).toBe(400)
      expect(mediaFiles()).toEqual(filesBefore)
      expect(await countByCaption(caption)).toBe(0)
      // The editor is told, in Vietnamese, which field to fix and why.
      const errors = fieldErrors(reply)
      expect(
        errors.map((e) => e.path),
        body,
      ).toEqual([field])
      const label = field === 'alt' ? 'Văn bản thay thế (alt)' : 'Tệp tải lên'
      expect(errors[0]!.message.startsWith(`${label}: `), errors[0]!.message).toBe(true)
      expect(errors[0]!.message).toMatch(VIETNAMESE)
      if (says) expect(errors[0]!.message).toMatch(says)
    },
  )
})

// ---------------------------------------------------------------------------
// Who may upload where
// ---------------------------------------------------------------------------

describe('who may upload', () => {
  it('a contributor of my-binh can upload to my-binh', async () => {
    const caption = marker('contributor-own')
    const reply = await upload(
      { data: await makeSmallJpeg(), name: 'cong-tac-vien.jpg', type: 'image/jpeg' },
      { alt: 'Ảnh của cộng tác viên', caption, tenant: communeIds.get(OWN) },
      contributorToken,
    )
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(201)
    expect(fs.existsSync(path.join(mediaDir(), reply.body.doc.filename))).toBe(true)
    expect(await countByCaption(caption)).toBe(1)
  })

  it('a contributor of my-binh cannot upload to my-long, and nothing is left behind', async () => {
    const caption = marker('contributor-other')
    const filesBefore = mediaFiles()
    const reply = await upload(
      { data: await makeSmallJpeg(), name: 'sang-xa-khac.jpg', type: 'image/jpeg' },
      { alt: 'Ảnh gửi nhầm xã', caption, tenant: communeIds.get(OTHER) },
      contributorToken,
    )
    expect([400, 403], JSON.stringify(reply.body).slice(0, 500)).toContain(reply.status)
    expect(mediaFiles()).toEqual(filesBefore)
    expect(await countByCaption(caption)).toBe(0)
  })

  it('an anonymous client cannot upload, and nothing is left behind', async () => {
    const caption = marker('anonymous')
    const filesBefore = mediaFiles()
    const reply = await upload(
      { data: await makeSmallJpeg(), name: 'an-danh.jpg', type: 'image/jpeg' },
      { alt: 'Ảnh ẩn danh', caption, tenant: communeIds.get(OWN) },
      undefined,
    )
    expect([401, 403], JSON.stringify(reply.body).slice(0, 500)).toContain(reply.status)
    expect(mediaFiles()).toEqual(filesBefore)
    expect(await countByCaption(caption)).toBe(0)
  })
})
