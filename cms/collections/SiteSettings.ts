import type { CollectionConfig, Field } from 'payload'
import { HOMEPAGE_SECTIONS } from '../../contract/vocabulary'
import { communeContentAccess } from '../access/communeContentAccess'
import { linkUrlValidator } from '../fields/link-url'
import { communeHooks } from './shared'

/** A label and an address; `where` names the list in the message when the address is refused. */
const link = (where: string): Field[] => [
  { name: 'label', type: 'text', required: true, label: { vi: 'Nhãn', en: 'Label' } },
  {
    name: 'url',
    type: 'text',
    required: true,
    label: { vi: 'Địa chỉ', en: 'URL' },
    validate: linkUrlValidator(`Liên kết (${where})`),
  },
]

/** The main menu, two levels; also the commune template's (features/provisioning/commune-template.ts). */
export const mainMenuField = {
  name: 'mainMenu',
  type: 'array',
  label: { vi: 'Menu chính', en: 'Main menu' },
  labels: { singular: { vi: 'mục menu', en: 'menu item' }, plural: { vi: 'mục menu', en: 'menu items' } },
  fields: [
    ...link('Menu chính'),
    {
      name: 'children',
      type: 'array',
      label: { vi: 'Menu con', en: 'Sub-menu' },
      labels: { singular: { vi: 'mục menu con', en: 'sub-item' }, plural: { vi: 'mục menu con', en: 'sub-items' } },
      fields: link('Menu con'),
    },
  ],
} as const satisfies Field

/** One settings document per commune (the plugin's "global per tenant"): menus, home, footer. */
export const SiteSettings: CollectionConfig = {
  slug: 'site-settings',
  graphQL: { singularName: 'SiteSetting', pluralName: 'SiteSettings' },
  access: communeContentAccess({ writers: ['chief'], publicRead: true, drafts: false }),
  admin: { useAsTitle: 'siteTitle', group: { vi: 'Cấu hình', en: 'Settings' } },
  labels: {
    singular: { vi: 'Cấu hình trang', en: 'Site settings' },
    plural: { vi: 'Cấu hình trang', en: 'Site settings' },
  },
  fields: [
    { name: 'siteTitle', type: 'text', label: { vi: 'Tên trang', en: 'Site title' } },
    mainMenuField,
    {
      name: 'homepageSections',
      type: 'select',
      hasMany: true,
      label: { vi: 'Các khối trang chủ', en: 'Homepage sections' },
      options: HOMEPAGE_SECTIONS.map((o) => ({ ...o })),
    },
    {
      name: 'alert',
      type: 'group',
      label: { vi: 'Cảnh báo khẩn', en: 'Alert banner' },
      fields: [
        { name: 'active', type: 'checkbox', defaultValue: false, label: { vi: 'Hiển thị', en: 'Active' } },
        { name: 'text', type: 'text', label: { vi: 'Nội dung', en: 'Text' } },
      ],
    },
    {
      name: 'footer',
      type: 'group',
      label: { vi: 'Chân trang', en: 'Footer' },
      fields: [
        { name: 'responsiblePerson', type: 'text', label: { vi: 'Người chịu trách nhiệm', en: 'Responsible person' } },
        { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
        {
          name: 'links',
          type: 'array',
          label: { vi: 'Liên kết', en: 'Links' },
          labels: { singular: { vi: 'liên kết', en: 'link' }, plural: { vi: 'liên kết', en: 'links' } },
          fields: link('Chân trang'),
        },
      ],
    },
  ],
  hooks: communeHooks({ workflow: false }),
}
