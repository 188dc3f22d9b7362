import type { CollectionConfig, Config, Plugin } from 'payload'
import { withCollections } from '../../collections/extend'
import { shrinkPhoto } from './hooks'
import { clientLimits, PHOTO_MAX_BYTES, TOO_LARGE_PHOTO } from './limits'

const GUARD = '/features/photo-uploads/components/UploadSizeGuard#UploadSizeGuard'

/**
 * The media collection: its uploads go through shrinkPhoto before its own checks, and above its
 * fields the browser checks each chosen file's size before anything is sent.
 */
const withPhotoUploads = (media: CollectionConfig): CollectionConfig => ({
  ...media,
  fields: [
    {
      name: 'uploadSizeGuard',
      type: 'ui',
      label: { vi: 'Kiểm tra dung lượng ảnh', en: 'Photo size check' },
      admin: { components: { Field: { path: GUARD, clientProps: { limits: clientLimits() } } } },
    },
    ...media.fields,
  ],
  hooks: { ...media.hooks, beforeOperation: [shrinkPhoto, ...(media.hooks?.beforeOperation ?? [])] },
})

/** The request limit for uploads becomes the photo limit; the door lets it through only to the upload routes. */
const photoUploadLimit = (upload: Config['upload']): Config['upload'] => ({
  ...upload,
  limits: { ...upload?.limits, fileSize: PHOTO_MAX_BYTES },
  responseOnLimit: TOO_LARGE_PHOTO,
})

/** Phone photos up to 50 MB, stored downscaled without EXIF (issue 11). */
export const photoUploadsPlugin = (): Plugin => (config) => ({
  ...config,
  upload: photoUploadLimit(config.upload),
  collections: withCollections(config, { media: withPhotoUploads }),
})
