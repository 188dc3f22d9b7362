import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { provinceAdminOnly } from '../access/provinceAdminOnly'
import { isProvinceAdmin } from '../access/roles'
import { slugField } from '../fields/slug'

export const Districts: CollectionConfig = {
  slug: 'districts',
  graphQL: { singularName: 'District', pluralName: 'Districts' },
  access: { read: anyone, create: provinceAdminOnly, update: provinceAdminOnly, delete: provinceAdminOnly },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'type'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    // Boards never edit districts; the list would only be noise in their menu.
    hidden: ({ user }) => !isProvinceAdmin(user),
  },
  labels: {
    singular: { vi: 'Huyện/thị xã/thành phố', en: 'District' },
    plural: { vi: 'Huyện/thị xã/thành phố', en: 'Districts' },
  },
  defaultSort: 'code',
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    { name: 'type', type: 'text', required: true, label: { vi: 'Loại', en: 'Type' } },
    { name: 'code', type: 'text', required: true, unique: true, label: { vi: 'Mã', en: 'Code' } },
    slugField('name', { unique: true }),
    { name: 'province', type: 'text', label: { vi: 'Tỉnh', en: 'Province' } },
  ],
}
