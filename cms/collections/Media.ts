import path from 'node:path'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { communeContentAccess } from '../access/communeContentAccess'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { dataDir } from '../runtime/data-dir'
import { ALLOWED_UPLOADS, UploadRejectedError, stripAndNormalizeImage, validateUpload } from '../lib/upload-validation'
import { communeHooks } from './shared'

const webp = (name: string, width: number) => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'webp' as const, options: { quality: 72 } },
})

/**
 * Every upload is checked by content before Payload writes anything to disk, so a refused
 * upload leaves no file behind; accepted images are re-encoded without EXIF (GPS, camera).
 */
const validateFile: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
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

export const Media: CollectionConfig = {
  slug: 'media',
  graphQL: { singularName: 'Media', pluralName: 'AllMedia' },
  access: communeContentAccess({ writers: ['chief', 'editor', 'contributor'], publicRead: true, drafts: false }),
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  labels: { singular: { vi: 'Tệp', en: 'Media' }, plural: { vi: 'Thư viện tệp', en: 'Media' } },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: Object.values(ALLOWED_UPLOADS).map((kind) => kind.mimeType),
    imageSizes: [webp('thumbnail', 400), webp('medium', 800), webp('large', 1280)],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { vi: 'Văn bản thay thế (alt)', en: 'Alt text' },
      admin: {
        description: {
          vi: 'Bắt buộc với ảnh: mô tả ảnh cho người khiếm thị.',
          en: 'Required for images: describes the image for screen readers.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        String(siblingData?.mimeType ?? '').startsWith('image/') && !String(value ?? '').trim()
          ? 'Văn bản thay thế (alt): bắt buộc với ảnh.'
          : true,
    },
    { name: 'caption', type: 'text', label: { vi: 'Chú thích', en: 'Caption' } },
    createdByField(),
    demoField(),
  ],
  hooks: { ...communeHooks({ workflow: false }), beforeOperation: [validateFile] },
}
