/**
 * What the Word import answers, in Vietnamese: every refusal names the file, and where it
 * matters the commune and the kind of item, so the board knows what to fix.
 */
export const MAX_DOCX_MB = 20
export const MAX_IMAGES = 60

export type ImportKind = { slug: 'posts' | 'pages' | 'documents'; singular: string }

export const IMPORT_KINDS: readonly ImportKind[] = [
  { slug: 'posts', singular: 'tin bài' },
  { slug: 'pages', singular: 'trang' },
  { slug: 'documents', singular: 'văn bản' },
]

const named = (file: string) => `Tệp «${file}»`

export const importText = {
  signIn: 'Nhập từ Word: bạn cần đăng nhập để nhập tệp Word.',
  noFile: 'Nhập từ Word: hãy chọn một tệp Word (.docx) để nhập.',
  noTenant: (file: string) => `${named(file)}: hãy chọn đơn vị (xã, phường, thị trấn) để nhập vào.`,
  notYourCommune: (file: string, commune: string, kind: string) =>
    `${named(file)}: bạn không được tạo ${kind} trong đơn vị «${commune}».`,
  unknownCommune: (file: string) => `${named(file)}: không tìm thấy đơn vị đã chọn.`,
  tooLarge: (file: string) => `${named(file)}: tệp vượt quá dung lượng tối đa ${MAX_DOCX_MB} MB cho một tệp Word.`,
  notDocx: (file: string) =>
    `${named(file)}: không phải tệp Word .docx. Hãy mở tệp trong Word và chọn "Lưu thành" định dạng .docx rồi nhập lại.`,
  refused: (file: string, reason: string) => `${named(file)}: ${reason}`,
  broken: (file: string) =>
    `${named(file)}: tệp Word bị hỏng hoặc không đọc được. Hãy mở tệp trong Word, lưu lại rồi nhập lại.`,
  tooManyImages: (file: string) => `${named(file)}: có quá ${MAX_IMAGES} ảnh; hãy tách thành nhiều tệp nhỏ hơn.`,
  empty: (file: string) => `${named(file)}: tệp không có nội dung để nhập.`,
  placeholderAlt: (file: string, n: number) => `Cần mô tả ảnh: ảnh ${n} trong tệp «${file}»`,
  imageSkipped: (n: number, type: string) => `Ảnh ${n} (${type}) không nhập được: chỉ nhận ảnh JPEG, PNG hoặc WebP.`,
  done: (file: string, kind: string, missingAlt: number) =>
    `Đã nhập tệp «${file}» thành ${kind} nháp.` +
    (missingAlt ? ` Có ${missingAlt} ảnh cần viết mô tả (văn bản thay thế) trong Thư viện tệp.` : ''),
  forbidden: (kind: string) => `Nhập từ Word: bạn không được tạo ${kind} ở đây.`,
  failed: 'Nhập từ Word: có lỗi khi nhập tệp; hãy thử lại sau ít phút.',
  imageRefused: (n: number, reason: string) => `Ảnh ${n} không nhập được: ${reason}`,
} as const

/** A placeholder alt text marks an image whose description the editor still has to write. */
export const PLACEHOLDER_ALT_PREFIX = 'Cần mô tả ảnh:'
