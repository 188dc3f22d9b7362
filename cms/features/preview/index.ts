import type { CollectionConfig, Config, Plugin } from 'payload'
import { withCollections } from '../../collections/extend'
import { previewEndpoints } from './endpoints'
import { PREVIEW_COLLECTIONS } from './item'
import { removeOldPreviews } from './previews'

/**
 * The edit view of a workflow collection gets "Xem trước": Payload's preview slot (enabled by
 * `admin.preview`) with our button, which opens /api/preview/open/<collection>/<id>; that
 * makes a fresh signed link and follows it.
 */
const withPreviewButton = (collection: CollectionConfig): CollectionConfig => {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      preview: (doc, { req }) =>
        doc?.id ? `${req.payload.config.routes.api}/preview/open/${collection.slug}/${String(doc.id)}` : null,
      components: {
        ...components,
        edit: { ...components.edit, PreviewButton: '/features/preview/components/PreviewButton#PreviewButton' },
      },
    },
  }
}

/**
 * "Xem trước": a private, expiring preview of a draft as the commune's site will show it, in its
 * theme, without publishing it (issue 11). The draft is overlaid on the commune's published
 * content and built by the publishing feature's generator into a private folder
 * (publishing/private-build.ts); the live site is never touched. The theme picker uses the same
 * door for a home page in another theme.
 */
export const previewPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withCollections(
      config,
      Object.fromEntries(PREVIEW_COLLECTIONS.map((slug) => [slug, withPreviewButton])),
    ),
    endpoints: [...(config.endpoints ?? []), ...previewEndpoints],
    // Folders of previews that expired while the server was down go at the next start.
    onInit: async (payload) => {
      await config.onInit?.(payload)
      removeOldPreviews()
    },
  })
