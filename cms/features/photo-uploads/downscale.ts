import sharp from 'sharp'
import { ALLOWED_UPLOADS, type ImageKind } from '../../lib/upload-validation'
import { PHOTO_MAX_PIXELS, PHOTO_MAX_SIDE } from './limits'

/**
 * A photo made small enough to store: orientation applied, longest side at most 2,560 px,
 * re-encoded in its own format without any metadata (sharp writes none unless asked: no EXIF,
 * GPS or camera). Null when the photo needs nothing (already small; the upload checks still
 * strip its metadata) or cannot be read (the upload checks then refuse it with their message).
 */
export const downscalePhoto = async (buffer: Buffer, kind: ImageKind): Promise<Buffer | null> => {
  let width: number
  let height: number
  try {
    const meta = await sharp(buffer, { limitInputPixels: PHOTO_MAX_PIXELS }).metadata()
    width = meta.autoOrient?.width ?? meta.width ?? 0
    height = meta.autoOrient?.height ?? meta.height ?? 0
  } catch {
    return null
  }
  if (!width || !height) return null
  if (Math.max(width, height) <= PHOTO_MAX_SIDE && buffer.length <= ALLOWED_UPLOADS[kind].maxBytes) return null
  try {
    const image = sharp(buffer, { limitInputPixels: PHOTO_MAX_PIXELS })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    if (kind === 'jpeg') return await image.jpeg({ quality: 88, mozjpeg: true }).toBuffer()
    if (kind === 'png') return await image.png({ compressionLevel: 9 }).toBuffer()
    return await image.webp({ quality: 88 }).toBuffer()
  } catch {
    return null
  }
}
