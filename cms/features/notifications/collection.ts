import type { CollectionConfig } from 'payload'
import { nobody, ownNotices } from './access'

export const NOTICE_KINDS = ['submitted', 'returned', 'published'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_KIND_LABELS: Record<NoticeKind, { vi: string; en: string }> = {
  submitted: { vi: 'Gửi duyệt', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
}

/** Written once by the hooks; through the API only `read` may change (and only to one's own notices). */
const fixed = { create: nobody, update: nobody }

/**
 * Notices of the editorial workflow: an item was submitted (to the commune's chiefs), returned
 * (to its author, with the comment) or published (to its author, with the live link).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  graphQL: { singularName: 'Notification', pluralName: 'Notifications' },
  access: { read: ownNotices, update: ownNotices, create: nobody, delete: nobody },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['kind', 'itemTitle', 'commune', 'read', 'createdAt'],
    group: { vi: 'Tài khoản', en: 'Account' },
    description: {
      vi: 'Thông báo về tin bài được gửi duyệt, trả lại hoặc xuất bản.',
      en: 'Notices of items submitted, returned or published.',
    },
  },
  // "Thông báo" alone names the commune's announcements.
  labels: {
    singular: { vi: 'Thông báo công việc', en: 'Notification' },
    plural: { vi: 'Thông báo công việc', en: 'Notifications' },
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['recipient', 'read'] }, { fields: ['recipient', 'createdAt'] }],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Người nhận', en: 'Recipient' },
      access: fixed,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: NOTICE_KINDS.map((value) => ({ value, label: NOTICE_KIND_LABELS[value] })),
      access: fixed,
    },
    {
      name: 'itemCollection',
      type: 'text',
      required: true,
      label: { vi: 'Loại nội dung', en: 'Content type' },
      access: fixed,
    },
    { name: 'itemId', type: 'text', required: true, label: { vi: 'Mã nội dung', en: 'Item ID' }, access: fixed },
    { name: 'itemTitle', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, access: fixed },
    {
      name: 'commune',
      type: 'relationship',
      relationTo: 'communes',
      label: { vi: 'Đơn vị', en: 'Commune' },
      access: fixed,
    },
    { name: 'actorName', type: 'text', label: { vi: 'Người thực hiện', en: 'By' }, access: fixed },
    { name: 'comment', type: 'textarea', label: { vi: 'Ý kiến duyệt', en: 'Review comment' }, access: fixed },
    { name: 'liveUrl', type: 'text', label: { vi: 'Địa chỉ trên trang', en: 'Live page' }, access: fixed },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đã đọc', en: 'Read' },
      access: { create: nobody },
    },
  ],
  timestamps: true,
}
