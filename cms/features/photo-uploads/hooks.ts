import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { sniffKind } from '../../lib/upload-validation'
import { downscalePhoto } from './downscale'
import { PHOTO_MAX_BYTES, TOO_LARGE_PHOTO } from './limits'

/**
 * Before the media collection's own upload checks (validateFile): a photo of up to 50 MB is
 * made small first, so those checks, with their limits per kind, see what will be stored.
 * Other files pass untouched and keep their limits.
 */
export const shrinkPhoto: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const kind = sniffKind(req.file.data)
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') return args
  if (req.file.data.length > PHOTO_MAX_BYTES)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'file', message: TOO_LARGE_PHOTO }] },
      req.t,
    )
  const started = Date.now()
  const smaller = await downscalePhoto(req.file.data, kind)
  if (!smaller) return args
  req.payload.logger.info(
    `photo downscaled: ${req.file.data.length} -> ${smaller.length} bytes in ${Date.now() - started} ms`,
  )
  req.file.data = smaller
  req.file.size = smaller.length
  return args
}
