import type { CollectionConfig } from 'payload'
import { communeContentAccess } from '../access/communeContentAccess'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { slugField } from '../fields/slug'
import { communeHooks, slugPerCommune } from './shared'

export const Categories: CollectionConfig = {
  slug: 'categories',
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  access: communeContentAccess({ writers: ['chief', 'editor'], publicRead: true, drafts: false }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Nội dung', en: 'Content' } },
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  indexes: slugPerCommune,
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField('name'),
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: false }),
}
