/**
 * Validation of every upload to the `media` collection.
 *
 * Principle: the bytes decide. The claimed MIME type and the file extension come
 * from the client and are only accepted when they agree with what the content
 * really is (sniffed from magic bytes), so a script, HTML page or SVG renamed
 * `.jpg` can never be stored and later served from our origin.
 */
import sharp, { type Metadata } from 'sharp'
import type { ActiveContentFinding } from './active-content/finding'
import { findOfficeActiveContent } from './active-content/ooxml'
import { findPdfActiveContent } from './active-content/pdf'
import { zipEntries } from './active-content/zip'
import { slugify } from './vietnamese'

export type UploadKind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'docx' | 'xlsx'
export type ImageKind = Extract<UploadKind, 'jpeg' | 'png' | 'webp'>

export interface UploadKindSpec {
  /** Human label used in messages. */
  readonly label: string
  /** The MIME type we store and serve, whatever the client claimed. */
  readonly mimeType: string
  /** Other MIME types real browsers send for the same kind. */
  readonly mimeAliases: readonly string[]
  /** Accepted extensions, lower case, no dot; the first is canonical. */
  readonly extensions: readonly string[]
  readonly maxBytes: number
  readonly isImage: boolean
}

const MB = 1024 * 1024

export const ALLOWED_UPLOADS = {
  jpeg: {
    label: 'JPEG',
    mimeType: 'image/jpeg',
    mimeAliases: ['image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg'],
    maxBytes: 15 * MB,
    isImage: true,
  },
  png: {
    label: 'PNG',
    mimeType: 'image/png',
    mimeAliases: ['image/x-png'],
    extensions: ['png'],
    maxBytes: 15 * MB,
    isImage: true,
  },
  webp: {
    label: 'WebP',
    mimeType: 'image/webp',
    mimeAliases: [],
    extensions: ['webp'],
    maxBytes: 15 * MB,
    isImage: true,
  },
  pdf: {
    label: 'PDF',
    mimeType: 'application/pdf',
    mimeAliases: [],
    extensions: ['pdf'],
    maxBytes: 30 * MB,
    isImage: false,
  },
  docx: {
    label: 'DOCX',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    mimeAliases: [],
    extensions: ['docx'],
    maxBytes: 20 * MB,
    isImage: false,
  },
  xlsx: {
    label: 'XLSX',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    mimeAliases: [],
    extensions: ['xlsx'],
    maxBytes: 20 * MB,
    isImage: false,
  },
} as const satisfies Record<UploadKind, UploadKindSpec>

/** 40 megapixels: a large camera photo; anything bigger is a likely decompression bomb. */
export const MAX_IMAGE_PIXELS = 40_000_000
/** Per side, so a 1 x 40M "strip" cannot slip under the pixel budget. */
export const MAX_IMAGE_DIMENSION = 12_000

/**
 * Claims that say nothing about the type. Windows browsers without Office send
 * DOCX/XLSX as octet-stream; since the content decides anyway, such a "no claim"
 * is not a disagreement.
 */
const GENERIC_MIME_TYPES = new Set(['', 'application/octet-stream'])

const ACCEPTED_LIST = 'JPEG, PNG, WebP, PDF, DOCX, XLSX'
const FIELD_LABEL_VI = { file: 'Tệp tải lên', alt: 'Văn bản thay thế (alt)' } as const

export type UploadRejectionCode =
  | 'empty'
  | 'unsupported-type'
  | 'extension-mismatch'
  | 'mime-mismatch'
  | 'too-large'
  | 'image-too-large'
  | 'image-unreadable'
  | 'pdf-active-content'
  | 'office-macros'
  | 'office-active-content'
  | 'office-legacy'
  | 'uninspectable'
  | 'alt-missing'

export class UploadRejectedError extends Error {
  override readonly name = 'UploadRejectedError'
  /** Form field the editor must fix: 'file' or 'alt'. */
  readonly field: 'file' | 'alt'
  /** Message shown to editors, prefixed with the field's Vietnamese label. */
  readonly messageVi: string
  /** Stable machine-readable reason (tests, logs, metrics). */
  readonly code: UploadRejectionCode

  constructor(code: UploadRejectionCode, field: 'file' | 'alt', messageVi: string, message: string) {
    super(message)
    this.code = code
    this.field = field
    this.messageVi = `${FIELD_LABEL_VI[field]}: ${messageVi}`
  }
}

function reject(code: UploadRejectionCode, vi: string, en: string, field: 'file' | 'alt' = 'file'): never {
  throw new UploadRejectedError(code, field, vi, en)
}

// ---------------------------------------------------------------------------
// Content sniffing
// ---------------------------------------------------------------------------

const startsWith = (buf: Buffer, sig: readonly number[], at = 0): boolean =>
  buf.length >= at + sig.length && sig.every((b, i) => buf[at + i] === b)

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

/** Entry names from a ZIP's central directory, or null when the buffer is not a well-formed ZIP. */
export const zipEntryNames = (buf: Buffer): string[] | null => zipEntries(buf)?.map((e) => e.name) ?? null

/** An OLE compound file: legacy .doc/.xls/.ppt (macros live there unseen) or a password-protected Office file. */
const isOleCompoundFile = (buf: Buffer): boolean => startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** The kind of the content, by magic bytes only; null for anything we do not accept. */
export function sniffKind(buffer: Buffer): UploadKind | null {
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(buffer, ascii('RIFF')) && startsWith(buffer, ascii('WEBP'), 8)) return 'webp'
  // Offset 0 only: readers tolerate junk before %PDF-, which is how HTML/PDF polyglots work.
  if (startsWith(buffer, ascii('%PDF-'))) return 'pdf'
  const names = zipEntryNames(buffer)
  if (names?.includes('[Content_Types].xml')) {
    const word = names.some((n) => n.startsWith('word/'))
    const xl = names.some((n) => n.startsWith('xl/'))
    if (word !== xl) return word ? 'docx' : 'xlsx' // both or neither: not a document we know
  }
  return null
}

// ---------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------

/**
 * A storage-safe name: no path, ASCII [a-z0-9-] only (no dotfiles, no traversal,
 * no shell/URL surprises), and the extension forced to `ext` (the canonical one
 * of the sniffed kind) so the name never lies about the content.
 */
export function sanitizeFilename(name: string, ext: string): string {
  const last = name.split(/[\\/]/).pop() ?? ''
  const dot = last.lastIndexOf('.')
  const stem = dot > 0 ? last.slice(0, dot) : last // drop the client's extension
  const base = slugify(stem).slice(0, 80).replace(/-+$/, '') || 'tep'
  const cleanExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '')
  return cleanExt ? `${base}.${cleanExt}` : base
}

const extensionOf = (filename: string): string => {
  const last = filename.split(/[\\/]/).pop() ?? ''
  const dot = last.lastIndexOf('.')
  return dot > 0
    ? last
        .slice(dot + 1)
        .trim()
        .toLowerCase()
    : ''
}

// ---------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------

function imageTooLarge(detail: string): never {
  return reject(
    'image-too-large',
    `ảnh quá lớn (${detail}); tối đa ${MAX_IMAGE_DIMENSION} điểm ảnh mỗi cạnh và ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh.`,
    `Image too large (${detail}); limit ${MAX_IMAGE_DIMENSION} px per side, ${MAX_IMAGE_PIXELS} px total.`,
  )
}

function imageUnreadable(kind: ImageKind, cause: string): never {
  return reject(
    'image-unreadable',
    `không đọc được ảnh ${ALLOWED_UPLOADS[kind].label} (tệp hỏng hoặc không phải ảnh hợp lệ).`,
    `Image cannot be decoded as ${kind}: ${cause}`,
  )
}

/**
 * Dimensions from the header (sharp's metadata() does not decode pixels), checked
 * BEFORE any decode; then a full decode, still under limitInputPixels, proves the
 * image is not corrupt or a polyglot that only looks like an image.
 */
async function inspectImage(buffer: Buffer, kind: ImageKind): Promise<{ width: number; height: number }> {
  let meta: Metadata
  try {
    meta = await sharp(buffer, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata()
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    if (/pixel limit/i.test(msg)) imageTooLarge('vượt giới hạn điểm ảnh / exceeds pixel limit')
    return imageUnreadable(kind, msg)
  }
  const { width, height, format } = meta
  if (format !== kind || !width || !height) return imageUnreadable(kind, `header says ${format} ${width}x${height}`)
  if (width > MAX_IMAGE_DIMENSION || height > MAX_IMAGE_DIMENSION || width * height > MAX_IMAGE_PIXELS) {
    imageTooLarge(`${width}×${height}`)
  }
  try {
    // stats() streams through every pixel without keeping a full raster in memory;
    // failOn 'warning' turns truncated/damaged data into an error.
    await sharp(buffer, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' }).stats()
  } catch (e) {
    imageUnreadable(kind, e instanceof Error ? e.message : String(e))
  }
  // Report what will be stored: stripAndNormalizeImage applies the EXIF orientation.
  return { width: meta.autoOrient?.width ?? width, height: meta.autoOrient?.height ?? height }
}

/**
 * Re-encode in the same format with EXIF orientation applied and no metadata
 * (sharp writes none unless asked), so stored originals carry no EXIF/GPS/XMP.
 * Animated WebP keeps its first frame only (sharp's default), which is fine for a CMS.
 */
export async function stripAndNormalizeImage(buffer: Buffer, kind: ImageKind): Promise<Buffer> {
  const img = sharp(buffer, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' }).rotate()
  switch (kind) {
    case 'jpeg':
      return img.jpeg({ quality: 90 }).toBuffer()
    case 'png':
      return img.png().toBuffer()
    case 'webp':
      return img.webp({ quality: 90 }).toBuffer()
    default:
      throw new Error(`stripAndNormalizeImage: not an image kind: ${String(kind)}`)
  }
}

// ---------------------------------------------------------------------------
// Active content (cms/lib/active-content/)
// ---------------------------------------------------------------------------

function refuseActiveContent(label: string, finding: ActiveContentFinding): never {
  if (finding.code === 'uninspectable') {
    return reject(
      'uninspectable',
      `không kiểm tra được nội dung tệp ${label} (${finding.vi}) nên không được phép tải lên. Hãy lưu lại tệp ở dạng thông thường (không mật khẩu, không mã hóa) rồi tải lên lại.`,
      `${label} cannot be inspected: ${finding.en}`,
    )
  }
  const advice =
    label === 'PDF'
      ? 'Hãy xuất lại tệp PDF không có nội dung này (ví dụ dùng "In ra PDF").'
      : `Hãy gỡ nội dung này rồi lưu lại thành tệp ${label} thông thường.`
  return reject(
    finding.code,
    `tệp ${label} chứa ${finding.vi}, không được phép tải lên. ${advice}`,
    `${label} contains active content: ${finding.en}`,
  )
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

export interface UploadInput {
  buffer: Buffer
  filename: string
  mimetype?: string | null | undefined
  alt?: string | null | undefined
}

export interface ValidatedUpload {
  kind: UploadKind
  /** Canonical MIME type of the sniffed kind: store and serve this one. */
  mimeType: string
  safeFilename: string
  width?: number
  height?: number
}

const isImageKind = (k: UploadKind): k is ImageKind => ALLOWED_UPLOADS[k].isImage

/** Validate one upload; throws UploadRejectedError (field 'file' or 'alt') on the first problem. */
export async function validateUpload({ buffer, filename, mimetype, alt }: UploadInput): Promise<ValidatedUpload> {
  if (buffer.length === 0) reject('empty', 'tệp rỗng, vui lòng chọn lại tệp.', 'Empty file.')

  const kind = sniffKind(buffer)
  if (!kind && isOleCompoundFile(buffer)) {
    return reject(
      'office-legacy',
      `tệp Office định dạng cũ (.doc, .xls) hoặc tệp Office có đặt mật khẩu không được chấp nhận vì không kiểm tra được macro bên trong; hãy mở tệp, bỏ mật khẩu và lưu lại thành .docx hoặc .xlsx (chỉ chấp nhận ${ACCEPTED_LIST}).`,
      'OLE compound file (legacy .doc/.xls or encrypted Office file).',
    )
  }
  if (!kind) {
    return reject('unsupported-type', `chỉ chấp nhận ${ACCEPTED_LIST}.`, `Unsupported content (only ${ACCEPTED_LIST}).`)
  }
  const spec: UploadKindSpec = ALLOWED_UPLOADS[kind]

  // Size before any parsing/decoding, so oversize input costs nothing.
  if (buffer.length > spec.maxBytes) {
    reject(
      'too-large',
      `tệp ${spec.label} vượt quá dung lượng tối đa ${spec.maxBytes / MB} MB.`,
      `${spec.label} of ${buffer.length} bytes exceeds ${spec.maxBytes} bytes.`,
    )
  }

  const ext = extensionOf(filename)
  if (!spec.extensions.includes(ext)) {
    const wanted = spec.extensions.map((e) => `.${e}`).join(', ')
    reject(
      'extension-mismatch',
      `phần mở rộng "${ext ? `.${ext}` : '(không có)'}" không khớp với nội dung tệp (${spec.label}); hãy dùng ${wanted}.`,
      `Extension "${ext}" does not match ${spec.label} content.`,
    )
  }

  const claimed = (mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  if (!GENERIC_MIME_TYPES.has(claimed) && claimed !== spec.mimeType && !spec.mimeAliases.includes(claimed)) {
    reject(
      'mime-mismatch',
      `kiểu tệp khai báo (${claimed}) không khớp với nội dung tệp (${spec.label}).`,
      `Claimed MIME "${claimed}" does not match ${spec.label} content.`,
    )
  }

  const finding =
    kind === 'pdf'
      ? findPdfActiveContent(buffer)
      : kind === 'docx' || kind === 'xlsx'
        ? findOfficeActiveContent(buffer)
        : null
  if (finding) refuseActiveContent(spec.label, finding)

  const result: ValidatedUpload = {
    kind,
    mimeType: spec.mimeType,
    safeFilename: sanitizeFilename(filename, spec.extensions[0]!),
  }

  if (isImageKind(kind)) {
    Object.assign(result, await inspectImage(buffer, kind))
    // Accessibility (and Vietnamese e-government web rules): every image needs a text alternative.
    if (!alt?.trim()) {
      reject('alt-missing', 'bắt buộc nhập mô tả ảnh cho người khiếm thị.', 'Alt text is required for images.', 'alt')
    }
  }
  return result
}
