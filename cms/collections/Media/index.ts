import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { communeContentAccess } from '../../access/communeContentAccess'
import { createdByField } from '../../fields/createdBy'
import { demoField } from '../../fields/demo'
import { ALLOWED_UPLOADS } from '../../lib/upload-validation'
import { dataDir } from '../../runtime/data-dir'
import { communeHooks } from '../shared'
import { validateFile } from './hooks'

const webp = (name: string, width: number) => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'webp' as const, options: { quality: 72 } },
})

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
