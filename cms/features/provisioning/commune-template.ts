import type { GlobalConfig, Validate } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'
import { HOMEPAGE_SECTIONS } from '../../../contract/vocabulary'
import { mainMenuField } from '../../collections/SiteSettings'
import { DEFAULT_TEMPLATE, TEMPLATE_TOKENS, type TemplatePage } from './template-defaults'

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const tokensHelp = `Có thể dùng: ${TEMPLATE_TOKENS.map((t) => `${t.token} ${t.vi}`).join('; ')}.`

type Rows<T> = { pages?: T[] | null; categories?: T[] | null }

/** A slug of the template: optional for categories (made from the name), unique in its list. */
const uniqueSlugIn =
  (list: 'pages' | 'categories', required: boolean): Validate =>
  (value: unknown, { data }: { data: unknown }) => {
    if (value === undefined || value === null || value === '') return required ? 'Đường dẫn: bắt buộc.' : true
    if (typeof value !== 'string' || !SLUG_RE.test(value))
      return 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'
    const rows = ((data as Rows<{ slug?: string | null }>)?.[list] ?? []).filter((r) => r?.slug === value)
    return rows.length > 1 ? `Đường dẫn "${value}" bị trùng.` : true
  }

/** The parent of a template page is another page of the template, named by its slug. */
const parentInTemplate: Validate = (value: unknown, { data, siblingData }: { data: unknown; siblingData: unknown }) => {
  if (value === undefined || value === null || value === '') return true
  const pages = (data as Rows<TemplatePage>)?.pages ?? []
  if (value === (siblingData as TemplatePage | undefined)?.slug)
    return 'Trang cha: một trang không thể là trang cha của chính nó.'
  return pages.some((p) => p?.slug === value)
    ? true
    : `Trang cha: không có trang nào của mẫu có đường dẫn "${String(value)}".`
}

/**
 * What every new commune's site starts with (provision.ts copies it): news
 * categories, introduction pages, main menu, homepage blocks, footer note. Only the province
 * edits it; a change applies to communes provisioned afterwards, never to existing ones.
 */
export const CommuneTemplate: GlobalConfig = {
  slug: 'commune-template',
  label: { vi: 'Mẫu trang đơn vị mới', en: 'New commune template' },
  access: { read: provinceAdminOnly, update: provinceAdminOnly },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    hidden: ({ user }) => !isProvinceAdmin(user),
    description: {
      vi: `Nội dung ban đầu của trang mỗi đơn vị được khởi tạo từ nay (không thay đổi các đơn vị đã có). ${tokensHelp}`,
      en: 'What the site of every commune provisioned from now on starts with (existing communes are not changed). Texts may use the tokens listed in Vietnamese.',
    },
  },
  fields: [
    {
      name: 'siteTitle',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TEMPLATE.siteTitle,
      label: { vi: 'Tên trang', en: 'Site title' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Chuyên mục tin', en: 'News categories' },
          fields: [
            {
              name: 'categories',
              type: 'array',
              label: { vi: 'Chuyên mục', en: 'Categories' },
              labels: {
                singular: { vi: 'chuyên mục', en: 'category' },
                plural: { vi: 'chuyên mục', en: 'categories' },
              },
              defaultValue: DEFAULT_TEMPLATE.categories,
              fields: [
                { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
                {
                  name: 'slug',
                  type: 'text',
                  label: { vi: 'Đường dẫn (để trống: tạo từ tên)', en: 'Slug (empty: from the name)' },
                  validate: uniqueSlugIn('categories', false),
                },
                { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
              ],
            },
          ],
        },
        {
          label: { vi: 'Trang giới thiệu', en: 'Introduction pages' },
          fields: [
            {
              name: 'pages',
              type: 'array',
              label: { vi: 'Trang', en: 'Pages' },
              labels: { singular: { vi: 'trang', en: 'page' }, plural: { vi: 'trang', en: 'pages' } },
              defaultValue: DEFAULT_TEMPLATE.pages,
              fields: [
                { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
                {
                  name: 'slug',
                  type: 'text',
                  required: true,
                  label: { vi: 'Đường dẫn', en: 'Slug' },
                  validate: uniqueSlugIn('pages', true),
                },
                {
                  name: 'parent',
                  type: 'text',
                  label: { vi: 'Trang cha (đường dẫn của một trang ở trên)', en: 'Parent (slug of a page above)' },
                  validate: parentInTemplate,
                },
                { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
                { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
              ],
            },
          ],
        },
        {
          label: { vi: 'Menu, trang chủ, chân trang', en: 'Menu, home, footer' },
          fields: [
            {
              ...mainMenuField,
              admin: {
                description: {
                  vi: 'Mục "Giới thiệu" và "Tin tức" không có menu con sẽ nhận các trang giới thiệu và chuyên mục tin làm menu con.',
                  en: 'Introduction and news items without sub-items get the introduction pages and the news categories as sub-items.',
                },
              },
              defaultValue: DEFAULT_TEMPLATE.mainMenu,
            },
            {
              name: 'homepageSections',
              type: 'select',
              hasMany: true,
              label: { vi: 'Các khối trang chủ', en: 'Homepage sections' },
              defaultValue: DEFAULT_TEMPLATE.homepageSections,
              options: HOMEPAGE_SECTIONS.map((o) => ({ ...o })),
            },
            {
              name: 'footerNote',
              type: 'textarea',
              defaultValue: DEFAULT_TEMPLATE.footerNote,
              label: { vi: 'Ghi chú chân trang', en: 'Footer note' },
            },
          ],
        },
      ],
    },
  ],
}
