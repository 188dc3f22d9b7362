import type { CollectionConfig } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'

/**
 * One row per old site that no longer answers itself: its addresses (<fromSlug>.<SITES_DOMAIN>
 * and its own domains) answer 301 to the site of `to`, each page to the same item there
 * (`paths`: old path → new path, written when its items moved), anything else to the home page.
 * A unit split between successors (`alsoTo`) answers a page listing them all.
 * Data, not configuration: kept for years, listed in the admin, read by the site server.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  graphQL: { singularName: 'Redirect', pluralName: 'Redirects' },
  access: { read: provinceAdminOnly, create: provinceAdminOnly, update: provinceAdminOnly, delete: provinceAdminOnly },
  admin: {
    useAsTitle: 'fromName',
    defaultColumns: ['fromName', 'fromSlug', 'to', 'kind'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    hidden: ({ user }) => !isProvinceAdmin(user),
  },
  labels: {
    singular: { vi: 'Chuyển hướng địa chỉ cũ', en: 'Redirect' },
    plural: { vi: 'Chuyển hướng địa chỉ cũ', en: 'Redirects' },
  },
  defaultSort: 'fromName',
  fields: [
    { name: 'fromName', type: 'text', required: true, label: { vi: 'Đơn vị cũ', en: 'Old unit' } },
    { name: 'fromCode', type: 'text', required: true, label: { vi: 'Mã đơn vị cũ', en: 'Old code' } },
    {
      name: 'fromSlug',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Địa chỉ cũ (tên miền con)', en: 'Old slug' },
    },
    {
      name: 'fromDomains',
      type: 'array',
      label: { vi: 'Tên miền cũ', en: 'Old domains' },
      labels: { singular: { vi: 'tên miền', en: 'domain' }, plural: { vi: 'tên miền', en: 'domains' } },
      fields: [{ name: 'domain', type: 'text', required: true }],
    },
    {
      name: 'to',
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      label: { vi: 'Chuyển đến', en: 'To' },
    },
    {
      name: 'alsoTo',
      type: 'relationship',
      relationTo: 'communes',
      hasMany: true,
      label: { vi: 'Các đơn vị kế thừa khác (chia tách)', en: 'Other successors (split)' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'merged',
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'merged', label: { vi: 'Sáp nhập', en: 'Merged' } },
        { value: 'renamed', label: { vi: 'Đổi tên', en: 'Renamed' } },
        { value: 'split', label: { vi: 'Chia tách', en: 'Split' } },
      ],
    },
    {
      name: 'paths',
      type: 'json',
      label: { vi: 'Trang cũ → trang mới', en: 'Old path → new path' },
      admin: { readOnly: true },
    },
  ],
}
