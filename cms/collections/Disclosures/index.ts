import type { CollectionConfig } from 'payload'
import { createdByField } from '../../fields/createdBy'
import { demoField } from '../../fields/demo'
import { slugField } from '../../fields/slug'
import { workflowFields } from '../../fields/workflow'
import { DISCLOSURE_CATEGORIES } from '../../../contract/vocabulary'
import { communeHooks, editorialAccess, editorialAdmin, editorialVersions, slugPerCommune } from '../shared'
import { computeOnTime } from './hooks'

/** Công khai: the 14 grassroots-democracy disclosure categories. */
export const Disclosures: CollectionConfig = {
  slug: 'disclosures',
  graphQL: { singularName: 'Disclosure', pluralName: 'Disclosures' },
  access: editorialAccess(),
  admin: editorialAdmin(['title', 'category', 'decisionDate', 'publicationDate', 'publishedOnTime'], {
    vi: 'Công khai',
    en: 'Disclosure',
  }),
  labels: { singular: { vi: 'Nội dung công khai', en: 'Disclosure' }, plural: { vi: 'Công khai', en: 'Disclosures' } },
  indexes: slugPerCommune,
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField('title', { numbered: true }),
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Lĩnh vực công khai', en: 'Category' },
      options: DISCLOSURE_CATEGORIES.map((o) => ({ ...o })),
    },
    { name: 'decisionDate', type: 'date', required: true, label: { vi: 'Ngày quyết định', en: 'Decision date' } },
    { name: 'publicationDate', type: 'date', label: { vi: 'Ngày công khai', en: 'Publication date' } },
    {
      name: 'publishedOnTime',
      type: 'checkbox',
      label: { vi: 'Công khai trong 5 ngày làm việc', en: 'Published within 5 working days' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { vi: 'Tệp đính kèm', en: 'Attachments' },
    },
    ...workflowFields(),
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: true, beforeChange: [computeOnTime] }),
  versions: editorialVersions,
}
