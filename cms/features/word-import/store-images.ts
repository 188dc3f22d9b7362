import { type PayloadRequest, ValidationError } from 'payload'
import { sniffKind } from '../../lib/upload-validation'
import { slugify } from '../../lib/vietnamese'
import type { WordImage } from './docx-to-html'
import { imageMarker } from './docx-to-html'
import { importText, PLACEHOLDER_ALT_PREFIX } from './messages'

export type StoredImage = { id: number | string; alt: string; needsAlt: boolean }

const EXTENSION = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const

/** The first refusal message of a failed media save, without its field prefix. */
const refusalOf = (err: unknown): string => {
  const data = err instanceof ValidationError ? (err.data as { errors?: { message?: string }[] }) : null
  return data?.errors?.[0]?.message ?? (err as Error).message
}

/**
 * The Word file's images become media of the commune, saved by the importing user (the media
 * collection's access, upload checks and EXIF stripping apply as to any upload). An image
 * without alt text in Word gets a placeholder marked "Cần mô tả ảnh:" that the editor replaces;
 * the answer lists them. Images in formats the site cannot show (EMF, WMF, GIF…) are skipped
 * and named in the warnings.
 */
export const storeWordImages = async (
  req: PayloadRequest,
  { images, tenant, filename }: { images: WordImage[]; tenant: number | string; filename: string },
) => {
  const markers = new Map<string, number | string>()
  const stored: StoredImage[] = []
  const warnings: string[] = []
  const stem = slugify(filename.replace(/\.[^.]*$/, '')).slice(0, 60) || 'word'
  for (const image of images) {
    const kind = sniffKind(image.buffer)
    if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') {
      warnings.push(importText.imageSkipped(image.index, image.contentType))
      continue
    }
    const described = image.altText.trim().slice(0, 300)
    const alt = described || importText.placeholderAlt(filename, image.index)
    try {
      const media = await req.payload.create({
        collection: 'media',
        data: { alt, tenant } as never,
        file: {
          data: image.buffer,
          mimetype: `image/${kind}`,
          name: `${stem}-anh-${image.index}.${EXTENSION[kind]}`,
          size: image.buffer.length,
        },
        overrideAccess: false,
        user: req.user,
        req,
      })
      markers.set(imageMarker(image.index), media.id)
      stored.push({ id: media.id, alt, needsAlt: alt.startsWith(PLACEHOLDER_ALT_PREFIX) })
    } catch (err) {
      warnings.push(importText.imageRefused(image.index, refusalOf(err)))
    }
  }
  return { markers, stored, warnings }
}

/** Removes the media of an import that failed afterwards, so a refused import leaves nothing behind. */
export const removeStoredImages = async (req: PayloadRequest, stored: StoredImage[]): Promise<void> => {
  for (const image of stored)
    await req.payload.delete({ collection: 'media', id: image.id, overrideAccess: true, req }).catch(() => undefined)
}
