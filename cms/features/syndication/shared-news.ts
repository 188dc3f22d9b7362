import type { CollectionConfig, FieldAccess } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'
import { auditContentChange, auditContentDelete } from '../../hooks/auditContentChange'
import { readOffers } from './access'
import { propagateSharedNews } from './copies'
import { FEEDS_SLUG, SHARED_NEWS_SLUG } from './slugs'
import { communeTargetFields } from '../../fields/commune-target'
import { httpUrlOrEmpty } from './urls'

/** Set by the importer only. */
const importerOnly: { create: FieldAccess; update: FieldAccess } = {
  create: ({ req }) => Boolean(req.context?.syndicationImport),
  update: () => false,
}

const dateAdmin = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' },
}

/**
 * Tin từ tỉnh: articles of the province's newsroom and items its feeds bring, offered to the
 * communes they target. A board republishes one as its own news item ("Đăng lại"); a mandatory
 * one ("bắt buộc") is published on every targeted site at once. Corrections reach every copy.
 */
export const SharedNews: CollectionConfig = {
  slug: SHARED_NEWS_SLUG,
  graphQL: { singularName: 'SharedNewsItem', pluralName: 'SharedNews' },
  labels: {
    singular: { vi: 'Tin từ tỉnh', en: 'Shared news item' },
    plural: { vi: 'Tin từ tỉnh', en: 'Shared news' },
  },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'origin', 'mandatory', 'target', 'publishedAt'],
    hidden: ({ user }) => !isProvinceAdmin(user),
    description: {
      vi: 'Tin bài của tỉnh và tin lấy từ các nguồn tin (RSS/Atom) gửi tới các xã, phường. Ban biên tập đăng lại ở mục "Tin từ tỉnh"; tin bắt buộc được đăng ngay trên trang của các đơn vị được chọn. Sửa tin ở đây thì mọi bản đăng lại được cập nhật theo.',
      en: 'Province articles and feed items offered to communes; mandatory ones are published on every targeted site.',
    },
  },
  defaultSort: '-publishedAt',
  access: { read: readOffers, create: provinceAdminOnly, update: provinceAdminOnly, delete: provinceAdminOnly },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', maxLength: 1000, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Content' } },
    {
      name: 'imageUrl',
      type: 'text',
      maxLength: 2000,
      validate: httpUrlOrEmpty('Ảnh đại diện'),
      label: { vi: 'Ảnh đại diện (địa chỉ http/https)', en: 'Image (http/https address)' },
    },
    {
      name: 'link',
      type: 'text',
      maxLength: 2000,
      validate: httpUrlOrEmpty('Liên kết bài gốc'),
      label: { vi: 'Liên kết bài gốc', en: 'Original article' },
      admin: { description: { vi: 'Bản đăng lại dẫn về địa chỉ này (canonical).', en: 'Copies point here.' } },
    },
    {
      name: 'source',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Nguồn', en: 'Source' },
      admin: { description: { vi: 'Ví dụ: Cổng TTĐT tỉnh An Giang.', en: 'E.g. the provincial portal.' } },
    },
    {
      name: 'mandatory',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Bắt buộc đăng', en: 'Mandatory' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Đăng ngay trên trang của mọi đơn vị được chọn, không cần ban biên tập bấm; ban biên tập được thông báo.',
          en: 'Published on every targeted site without a click; boards are notified.',
        },
      },
    },
    ...communeTargetFields(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { vi: 'Ngày đăng', en: 'Published' },
      admin: { position: 'sidebar', ...dateAdmin },
    },
    {
      name: 'origin',
      type: 'select',
      defaultValue: 'newsroom',
      label: { vi: 'Loại tin', en: 'Origin' },
      options: [
        { value: 'newsroom', label: { vi: 'Tin của tỉnh', en: 'Newsroom' } },
        { value: 'feed', label: { vi: 'Từ nguồn tin RSS/Atom', en: 'From a feed' } },
      ],
      access: importerOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'feed',
      type: 'relationship',
      relationTo: FEEDS_SLUG as never,
      label: { vi: 'Nguồn tin', en: 'Feed' },
      access: importerOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.origin === 'feed' },
    },
    {
      name: 'guid',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã tin trong nguồn', en: 'Feed item ID' },
      access: importerOnly,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.origin === 'feed' },
    },
  ],
  hooks: {
    afterChange: [auditContentChange, propagateSharedNews],
    afterDelete: [auditContentDelete],
  },
}
