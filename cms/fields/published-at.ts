import type { Field } from 'payload'

/**
 * The date an item shows as published (news, announcements): the board may set it; when left
 * empty, populatePublishedAt (cms/hooks) stamps the publish time. Indexed: lists sort by it.
 */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { vi: 'Ngày đăng', en: 'Published at' },
  admin: { position: 'sidebar' },
})
