import type { CollectionConfig, Field, Plugin } from 'payload'

/**
 * `firstPublishedAt`: when an item first went live, stamped by the server and never cleared.
 * "Never published" must survive unpublishing and archiving (the role table lets editors and
 * contributors delete only their own never-published drafts), and versions cannot tell: only
 * the latest 50 are kept. `publishedAt` cannot either: the board may set it on a draft.
 */
export const firstPublishedAtField = (): Field => ({
  name: 'firstPublishedAt',
  type: 'date',
  label: { vi: 'Xuất bản lần đầu', en: 'First published' },
  // Nobody writes it through any API; the hook below is the only writer.
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ originalDoc, siblingData }) =>
        (originalDoc as { firstPublishedAt?: string | null } | undefined)?.firstPublishedAt ??
        ((siblingData as { _status?: string })._status === 'published' ? new Date().toISOString() : null),
    ],
  },
})

const hasWorkflow = (collection: CollectionConfig) =>
  Boolean(typeof collection.versions === 'object' && collection.versions?.drafts) &&
  collection.fields.some((field) => 'name' in field && field.name === 'workflowStatus')

/** Adds the field to every collection with drafts and the editorial workflow. */
export const firstPublishedPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasWorkflow(collection) && !collection.fields.some((field) => 'name' in field && field.name === 'firstPublishedAt')
      ? { ...collection, fields: [...collection.fields, firstPublishedAtField()] }
      : collection,
  ),
})
