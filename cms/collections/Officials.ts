import type { CollectionConfig } from 'payload'
import { ORGANS } from '../../contract/vocabulary'
import { communeContentAccess } from '../access/communeContentAccess'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { communeHooks } from './shared'

/** Leaders of the commune: Nghị định 42/2022 asks for photo, duties and a short biography. */
export const Officials: CollectionConfig = {
  slug: 'officials',
  graphQL: { singularName: 'Official', pluralName: 'Officials' },
  access: communeContentAccess({ writers: ['chief', 'editor'], publicRead: true, drafts: false }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'organ', 'order'],
    group: { vi: 'Tổ chức bộ máy', en: 'Organisation' },
  },
  labels: { singular: { vi: 'Lãnh đạo', en: 'Official' }, plural: { vi: 'Lãnh đạo', en: 'Officials' } },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
    { name: 'position', type: 'text', required: true, label: { vi: 'Chức vụ', en: 'Position' } },
    {
      name: 'organ',
      type: 'select',
      required: true,
      label: { vi: 'Cơ quan', en: 'Body' },
      options: ORGANS.map((o) => ({ ...o })),
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    { name: 'duties', type: 'textarea', label: { vi: 'Nhiệm vụ được phân công', en: 'Duties' } },
    { name: 'biography', type: 'textarea', label: { vi: 'Tiểu sử tóm tắt', en: 'Short biography' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
    { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: false }),
}
