import type { CollectionConfig } from 'payload'
import { createdByField } from '../fields/createdBy'
import { creditsField } from '../fields/credits'
import { demoField } from '../fields/demo'
import { publishedAtField } from '../fields/published-at'
import { slugField } from '../fields/slug'
import { workflowFields } from '../fields/workflow'
import { populatePublishedAt } from '../hooks/populatePublishedAt'
import { communeHooks, editorialAccess, editorialAdmin, editorialVersions, slugPerCommune } from './shared'

/** Thông báo: notices with a validity window; expired ones leave the home page. */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  graphQL: { singularName: 'Announcement', pluralName: 'Announcements' },
  access: editorialAccess(),
  admin: editorialAdmin(['title', 'urgency', 'validUntil', 'workflowStatus']),
  labels: { singular: { vi: 'Thông báo', en: 'Announcement' }, plural: { vi: 'Thông báo', en: 'Announcements' } },
  indexes: slugPerCommune,
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField('title', { numbered: true }),
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    {
      name: 'urgency',
      type: 'select',
      defaultValue: 'normal',
      label: { vi: 'Mức độ', en: 'Urgency' },
      options: [
        { value: 'normal', label: { vi: 'Bình thường', en: 'Normal' } },
        { value: 'important', label: { vi: 'Quan trọng', en: 'Important' } },
        { value: 'emergency', label: { vi: 'Khẩn cấp', en: 'Emergency' } },
      ],
    },
    { name: 'validFrom', type: 'date', label: { vi: 'Hiệu lực từ', en: 'Valid from' } },
    {
      name: 'validUntil',
      type: 'date',
      index: true,
      label: { vi: 'Hiệu lực đến', en: 'Valid until' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        value && siblingData?.validFrom && new Date(String(value)) < new Date(String(siblingData.validFrom))
          ? 'Hiệu lực đến: phải sau ngày bắt đầu hiệu lực.'
          : true,
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { vi: 'Tệp đính kèm', en: 'Attachments' },
    },
    creditsField(),
    publishedAtField(),
    ...workflowFields(),
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: true, beforeChange: [populatePublishedAt] }),
  versions: editorialVersions,
}
