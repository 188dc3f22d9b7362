import type { CollectionBeforeChangeHook } from 'payload'

/** The public date of an item is the moment it first went live, unless the board set one. */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
