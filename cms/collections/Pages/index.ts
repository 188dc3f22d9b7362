import type { CollectionConfig } from 'payload'
import { createdByField } from '../../fields/createdBy'
import { demoField } from '../../fields/demo'
import { slugField } from '../../fields/slug'
import { workflowFields } from '../../fields/workflow'
import { communeHooks, editorialAccess, editorialAdmin, editorialVersions, slugPerCommune } from '../shared'
import { computePath } from './hooks'

export const Pages: CollectionConfig = {
  slug: 'pages',
  graphQL: { singularName: 'Page', pluralName: 'Pages' },
  access: editorialAccess(),
  admin: editorialAdmin(['title', 'path', 'workflowStatus', 'updatedAt']),
  labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Trang', en: 'Pages' } },
  indexes: slugPerCommune,
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField('title', { numbered: true }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: { vi: 'Trang cha', en: 'Parent page' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      label: { vi: 'Đường dẫn đầy đủ', en: 'Path' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Thứ tự', en: 'Order' },
      admin: { position: 'sidebar' },
    },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    ...workflowFields(),
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: true, beforeChange: [computePath] }),
  versions: editorialVersions,
}
