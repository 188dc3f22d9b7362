import type { CollectionConfig, Field, Plugin } from 'payload'
import { uploadedFileHeaders } from '../../lib/uploaded-file-headers'
import { withPublicFilesRead } from './access'
import { rememberLiveMedia, updateMediaVisibility, updateMediaVisibilityAfterDelete } from './hooks'
import { MEDIA } from './references'
import { mediaSourceOf } from './refresh'

export { backfillMediaVisibility } from './refresh'

/** Kept by the server, never by a person: a value sent through any door is ignored. */
const publicField: Field = {
  name: 'public',
  type: 'checkbox',
  index: true,
  label: { vi: 'Công khai', en: 'Public' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableBulkEdit: true,
    description: {
      vi: 'Tự động: tệp được nội dung đã xuất bản của đơn vị đang hoạt động sử dụng thì ai cũng xem được; nếu không, chỉ ban biên tập xem được.',
      en: 'Automatic: a file used by published content of a live commune is public; otherwise only the board sees it.',
    },
  },
  hooks: {
    beforeChange: [
      ({ operation, originalDoc }) =>
        operation === 'create' ? false : ((originalDoc as { public?: boolean | null } | undefined)?.public ?? null),
    ],
  },
}

const withMediaRules = (media: CollectionConfig): CollectionConfig => ({
  ...media,
  fields: [...media.fields, publicField],
  access: { ...media.access, read: withPublicFilesRead(media.access?.read) },
  upload: {
    ...(typeof media.upload === 'object' ? media.upload : {}),
    modifyResponseHeaders: ({ headers }) => {
      for (const [name, value] of Object.entries(uploadedFileHeaders(headers.get('Content-Type'))))
        headers.set(name, value)
      return headers
    },
  },
})

const withVisibilityHooks = (collection: CollectionConfig): CollectionConfig => {
  const source = mediaSourceOf(collection)
  if (!source) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberLiveMedia(source)],
      afterChange: [...(collection.hooks?.afterChange ?? []), updateMediaVisibility(source)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), updateMediaVisibilityAfterDelete(source)],
    },
  }
}

/**
 * Who may download an upload (issue 9, item 4). Every file carries a `public` flag the server
 * keeps: set when published content of the file's commune uses it (cover images, attachments,
 * photos, logos, rich text upload nodes, in any field), worked out again when content stops
 * using it; citizens see only public files of live communes (a suspended commune's files stop
 * at once, the flag is kept for when it is resumed). Goes after the multi-tenant plugin, so it
 * wraps that plugin's access rule and sees the `tenant` fields it adds.
 */
export const mediaVisibilityPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === MEDIA ? withMediaRules(collection) : withVisibilityHooks(collection),
  ),
})
