import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import {
  ALLOWED_UPLOADS,
  UploadRejectedError,
  stripAndNormalizeImage,
  validateUpload,
} from '../../lib/upload-validation'

/**
 * Every upload is checked by content before Payload writes anything to disk, so a refused
 * upload leaves no file behind; accepted images are re-encoded without EXIF (GPS, camera).
 */
export const validateFile: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Without a file, Payload would fetch one from `data.url` (or copy one from the media folder)
  // when the request asks for a crop or a focal point: a file no one checked. Duplicating copies
  // a stored file, checked when it was uploaded.
  if (!req.file && operation === 'create' && !(args as { duplicateFromID?: unknown }).duplicateFromID)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'file',
            message: 'Tệp tải lên: hãy chọn một tệp trên máy để tải lên (không nhận tệp từ địa chỉ URL).',
          },
        ],
      },
      req.t,
    )
  if (!req.file) return args
  const data = (args.data ?? {}) as { alt?: string }
  try {
    const checked = await validateUpload({
      buffer: req.file.data,
      filename: req.file.name,
      mimetype: req.file.mimetype,
      alt: data.alt,
    })
    const buffer = ALLOWED_UPLOADS[checked.kind].isImage
      ? await stripAndNormalizeImage(req.file.data, checked.kind as 'jpeg' | 'png' | 'webp')
      : req.file.data
    req.file.data = buffer
    req.file.size = buffer.length
    req.file.name = checked.safeFilename
    req.file.mimetype = checked.mimeType
  } catch (err) {
    if (!(err instanceof UploadRejectedError)) throw err
    req.payload.logger.warn(`upload refused (${err.code}): ${err.message} file=${JSON.stringify(req.file.name)}`)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: err.field, message: err.messageVi }] },
      req.t,
    )
  }
  return args
}
