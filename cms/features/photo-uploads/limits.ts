import { ALLOWED_UPLOADS } from '../../lib/upload-validation'

const MB = 1024 * 1024

/** A phone photo as it comes: accepted up to this size, then stored downscaled. */
export const PHOTO_MAX_BYTES = 50 * MB
/** The longest side of a stored photo: sharp on a large screen, a fraction of the phone's bytes. */
export const PHOTO_MAX_SIDE = 2560
/** Phones reach 200 megapixels; JPEG is shrunk while it is decoded, so this costs little memory. */
export const PHOTO_MAX_PIXELS = 210_000_000

/** What the browser checks before an upload: per extension, the largest file the server takes. */
export type ClientLimits = { extensions: Record<string, number>; photoMb: number }

export const clientLimits = (): ClientLimits => ({
  photoMb: PHOTO_MAX_BYTES / MB,
  extensions: Object.fromEntries(
    Object.values(ALLOWED_UPLOADS).flatMap((kind) =>
      kind.extensions.map((ext) => [ext, kind.isImage ? PHOTO_MAX_BYTES : kind.maxBytes]),
    ),
  ),
})

export const TOO_LARGE_PHOTO = `Tệp tải lên: ảnh vượt quá dung lượng tối đa ${PHOTO_MAX_BYTES / MB} MB.`
