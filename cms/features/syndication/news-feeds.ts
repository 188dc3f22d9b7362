import type { CollectionConfig, Field } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'
import { auditContentChange, auditContentDelete } from '../../hooks/auditContentChange'
import { FEEDS_SLUG } from './slugs'
import { httpUrlOrEmpty } from './urls'

/** Written by the fetch job only. */
const jobOnly = { create: () => false, update: () => false }

const status = (name: string, vi: string, en: string, type: 'date' | 'text' | 'number'): Field =>
  ({
    name,
    type,
    label: { vi, en },
    access: jobOnly,
    admin: {
      readOnly: true,
      position: 'sidebar',
      ...(type === 'date'
        ? { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } }
        : {}),
    },
  }) as Field

/**
 * Nguồn tin: the RSS/Atom feeds the province takes news from (the provincial portal, the
 * government portal). Fetched every hour; a feed that is down or malformed keeps its error
 * here (lastError) and is skipped until it answers again.
 */
export const NewsFeeds: CollectionConfig = {
  slug: FEEDS_SLUG,
  graphQL: { singularName: 'NewsFeed', pluralName: 'NewsFeeds' },
  labels: {
    singular: { vi: 'Nguồn tin RSS/Atom', en: 'News feed' },
    plural: { vi: 'Nguồn tin RSS/Atom', en: 'News feeds' },
  },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'active', 'lastFetchedAt', 'lastItemCount', 'lastError'],
    hidden: ({ user }) => !isProvinceAdmin(user),
    description: {
      vi: 'Mỗi giờ hệ thống lấy tin mới từ các nguồn đang bật và gửi tới các xã, phường ở mục "Tin từ tỉnh" (chỉ tiêu đề, tóm tắt, ảnh và liên kết mà nguồn công bố). Nguồn bị lỗi được ghi ở cột "Lỗi lần lấy gần nhất" và bỏ qua.',
      en: 'Fetched hourly; new items are offered to communes. A failing feed shows its error and is skipped.',
    },
  },
  defaultSort: 'name',
  access: { read: provinceAdminOnly, create: provinceAdminOnly, update: provinceAdminOnly, delete: provinceAdminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { vi: 'Tên nguồn', en: 'Name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: httpUrlOrEmpty('Địa chỉ nguồn tin'),
      label: { vi: 'Địa chỉ nguồn tin (RSS/Atom)', en: 'Feed address (RSS/Atom)' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { vi: 'Đang lấy tin', en: 'Active' } },
    status('lastFetchedAt', 'Lấy tin lần cuối', 'Last fetched', 'date'),
    status('lastItemCount', 'Số tin mới lần cuối', 'New items last time', 'number'),
    status('lastError', 'Lỗi lần lấy gần nhất', 'Last error', 'text'),
  ],
  hooks: { afterChange: [auditContentChange], afterDelete: [auditContentDelete] },
}
