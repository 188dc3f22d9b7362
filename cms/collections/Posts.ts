import type { CollectionConfig } from 'payload'
import { createdByField } from '../fields/createdBy'
import { creditsField } from '../fields/credits'
import { demoField } from '../fields/demo'
import { publishedAtField } from '../fields/published-at'
import { slugField } from '../fields/slug'
import { workflowFields } from '../fields/workflow'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { communeHooks, editorialAccess, editorialAdmin, editorialVersions, slugPerCommune } from './shared'

export const Posts: CollectionConfig = {
  slug: 'posts',
  graphQL: { singularName: 'Post', pluralName: 'Posts' },
  access: editorialAccess(),
  admin: editorialAdmin(['title', 'workflowStatus', 'publishedAt', 'updatedAt']),
  labels: { singular: { vi: 'Tin bài', en: 'Post' }, plural: { vi: 'Tin bài', en: 'Posts' } },
  indexes: [
    ...(slugPerCommune ?? []),
    // A commune's latest posts (the CMS list, API clients, site exports) are read from this index
    // in order instead of sorting all the commune's posts on every request. Payload builds the
    // same index on the versions table, which the admin's list reads (drafts).
    { fields: ['tenant', 'publishedAt'] },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' }, maxLength: 300 },
    slugField('title', { numbered: true }),
    { name: 'excerpt', type: 'textarea', label: { vi: 'Tóm tắt', en: 'Excerpt' }, maxLength: 1000 },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Cover image' } },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: { vi: 'Chuyên mục', en: 'Categories' },
    },
    { name: 'featured', type: 'checkbox', label: { vi: 'Tin nổi bật', en: 'Featured' }, defaultValue: false },
    creditsField(),
    publishedAtField(),
    ...workflowFields(),
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: true, beforeChange: [populatePublishedAt] }),
  versions: editorialVersions,
}
