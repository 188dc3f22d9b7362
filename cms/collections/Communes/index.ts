import type { CollectionConfig } from 'payload'
import { isDomainName } from '../../../contract/site-urls'
import { SOCIAL_PLATFORMS } from '../../../contract/vocabulary'
import { THEMES } from '../../../themes/index'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { auditContentChange, auditContentDelete } from '../../hooks/auditContentChange'
import { linkUrlValidator } from '../../fields/link-url'
import { slugField } from '../../fields/slug'
import { readCommunes, updateCommunes } from './access'
import { ownImage, ownImages } from './own-media'

export const COMMUNE_STATUSES = ['provisioning', 'live', 'suspended', 'merged'] as const
export const THEME_COUNT = THEMES.length

export const Communes: CollectionConfig = {
  slug: 'communes',
  graphQL: { singularName: 'Commune', pluralName: 'Communes' },
  access: { read: readCommunes, create: provinceAdminOnly, update: updateCommunes, delete: provinceAdminOnly },
  admin: {
    useAsTitle: 'name',
    // Publishing adds the site's state columns; the theme column gave way to them (it stays
    // one click away under "Hiển thị cột").
    defaultColumns: ['name', 'code', 'district', 'status'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
  },
  labels: { singular: { vi: 'Đơn vị cấp xã', en: 'Commune' }, plural: { vi: 'Đơn vị cấp xã', en: 'Communes' } },
  defaultSort: 'code',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Tên đơn vị', en: 'Name' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: { vi: 'Loại đơn vị', en: 'Type' },
      access: { update: provinceAdminOnly },
      options: [
        { value: 'xa', label: { vi: 'Xã', en: 'Commune (xã)' } },
        { value: 'phuong', label: { vi: 'Phường', en: 'Ward (phường)' } },
        { value: 'thi-tran', label: { vi: 'Thị trấn', en: 'Township (thị trấn)' } },
        { value: 'dac-khu', label: { vi: 'Đặc khu', en: 'Special zone (đặc khu)' } },
      ],
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Mã đơn vị hành chính', en: 'Official code' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      // Optional: provinces have had no districts since 2025-07-01 (a region may take its place).
      index: true,
      label: { vi: 'Huyện/thị xã/thành phố', en: 'District' },
      access: { update: provinceAdminOnly },
    },
    slugField('name', { unique: true, access: { update: provinceAdminOnly } }),
    {
      name: 'domains',
      type: 'array',
      label: { vi: 'Tên miền', en: 'Domains' },
      labels: { singular: { vi: 'tên miền', en: 'domain' }, plural: { vi: 'tên miền', en: 'domains' } },
      access: { update: provinceAdminOnly },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            isDomainName(value) ? true : 'Tên miền không hợp lệ (ví dụ: myhoa.longxuyen.angiang.gov.vn).',
        },
      ],
    },
    {
      name: 'theme',
      type: 'number',
      min: 1,
      max: THEME_COUNT,
      defaultValue: 1,
      label: { vi: 'Giao diện (1-25)', en: 'Theme (1-25)' },
      admin: { description: THEMES.map((t) => `${t.number}. ${t.name}`).join(' · ') },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Biểu trưng', en: 'Logo' },
      filterOptions: ownImages,
      validate: ownImage,
      admin: {
        description: {
          vi: 'Ảnh của đơn vị, hiện bên trái tên ở đầu trang. Để trống: biểu trưng kiểu quốc huy (nền đỏ, sao vàng, bông lúa).',
          en: 'Shown left of the name in the header. Empty: an emblem in the national emblem style.',
        },
      },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh bìa (đầu trang)', en: 'Cover photo (header)' },
      filterOptions: ownImages,
      validate: ownImage,
      admin: {
        description: {
          vi: 'Ảnh ngang hiện mờ phía sau tên đơn vị ở đầu mọi trang (nên rộng từ 1600 điểm ảnh, ví dụ trụ sở hoặc cảnh quan của đơn vị). Văn bản thay thế (alt) lấy từ thư viện tệp. Để trống: đầu trang một màu theo giao diện.',
          en: 'A landscape photo shown, veiled, behind the unit name at the top of every page (1600 px wide or more). Alt text comes from the media library. Empty: a plain header in the theme colour.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'spokesperson',
      type: 'group',
      label: { vi: 'Người phát ngôn', en: 'Spokesperson' },
      fields: [
        { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'socialAccounts',
      type: 'array',
      label: { vi: 'Tài khoản mạng xã hội chính thức', en: 'Official social accounts' },
      labels: { singular: { vi: 'tài khoản', en: 'account' }, plural: { vi: 'tài khoản', en: 'accounts' } },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: SOCIAL_PLATFORMS.map((o) => ({ ...o })),
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: linkUrlValidator('Địa chỉ tài khoản mạng xã hội', { httpsOnly: true }),
        },
      ],
    },
    {
      name: 'matomoSiteId',
      type: 'number',
      min: 1,
      label: { vi: 'Mã trang Matomo (idsite)', en: 'Matomo site ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'emcSiteId',
      type: 'text',
      label: { vi: 'Mã EMC', en: 'EMC site ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'trustBadgeId',
      type: 'text',
      label: { vi: 'Mã tín nhiệm mạng', en: 'Trust badge ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'provisioning',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      access: { update: provinceAdminOnly },
      options: [
        { value: 'provisioning', label: { vi: 'Đang khởi tạo', en: 'Provisioning' } },
        { value: 'live', label: { vi: 'Đang hoạt động', en: 'Live' } },
        { value: 'suspended', label: { vi: 'Tạm dừng', en: 'Suspended' } },
        { value: 'merged', label: { vi: 'Đã sáp nhập', en: 'Merged' } },
      ],
    },
    // Publishing adds the site's state (`site`) last.
  ],
  // Publishing, lifecycle and provisioning add their hooks and endpoints after these.
  hooks: {
    afterChange: [auditContentChange],
    afterDelete: [auditContentDelete],
  },
}
