import type { CollectionConfig, SanitizedConfig } from 'payload'

/**
 * The content types with the editorial workflow: drafts and a `workflowStatus` field (posts,
 * pages, announcements, documents, disclosures today). Read from the config, so a new workflow
 * collection is covered without a list to keep in step.
 */
export const hasWorkflow = (collection: Pick<CollectionConfig, 'versions' | 'fields'>): boolean =>
  Boolean(typeof collection.versions === 'object' && collection.versions?.drafts) &&
  collection.fields.some((field) => 'name' in field && field.name === 'workflowStatus')

/** Slugs of the workflow collections of a built config, in the config's order. */
export const workflowSlugs = (config: Pick<SanitizedConfig, 'collections'>): string[] =>
  config.collections.filter(hasWorkflow).map((collection) => collection.slug)

/** The Vietnamese singular name of a collection ("Tin bài"), for notices and emails. */
export const collectionNounVi = (config: Pick<SanitizedConfig, 'collections'>, slug: string): string => {
  const singular = config.collections.find((c) => c.slug === slug)?.labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && 'vi' in singular) return String(singular.vi)
  return 'Nội dung'
}
