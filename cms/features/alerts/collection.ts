import type { CollectionConfig, Where } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'
import { auditContentChange, auditContentDelete } from '../../hooks/auditContentChange'
import { communeTargetFields } from '../../fields/commune-target'
import { ALERT_LEVELS } from './levels'

export const ALERTS_SLUG = 'alerts'

/** What anyone but the province admin reads: the alerts live now (they are on the public sites anyway). */
const liveNow = (): Where => {
  const now = new Date().toISOString()
  return { and: [{ startsAt: { less_than_equal: now } }, { endsAt: { greater_than: now } }] }
}

const after =
  (field: 'startsAt') =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
    value && siblingData?.[field] && new Date(String(value)) <= new Date(String(siblingData[field]))
      ? 'Kết thúc: phải sau thời điểm bắt đầu.'
      : true

const onlyHttp = (value: unknown) =>
  !value ||
  /^https?:\/\/[^\s]+$/i.test(String(value)) ||
  (String(value).startsWith('/') && !String(value).startsWith('//'))
    ? true
    : 'Liên kết: phải là địa chỉ http(s):// hoặc đường dẫn bắt đầu bằng /.'

/**
 * Cảnh báo của tỉnh: one notice from the province to all communes, some districts or regions,
 * or a list of communes. It needs no board approval: the sites show it from `startsAt` to
 * `endsAt` (the sites server adds it to every page as it serves them: cms/serving/alerts.ts), and it
 * leaves them at its end time without a rebuild.
 */
export const Alerts: CollectionConfig = {
  slug: ALERTS_SLUG,
  graphQL: { singularName: 'Alert', pluralName: 'Alerts' },
  labels: {
    singular: { vi: 'Cảnh báo của tỉnh', en: 'Province alert' },
    plural: { vi: 'Cảnh báo của tỉnh', en: 'Province alerts' },
  },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'startsAt', 'endsAt', 'target'],
    hidden: ({ user }) => !isProvinceAdmin(user),
    description: {
      vi: 'Cảnh báo hiện ngay trên mọi trang của các trang thông tin điện tử được chọn và trên bảng tin điện tử công cộng, không cần ban biên tập duyệt; tự gỡ khi hết thời gian.',
      en: 'Shown on every page of the targeted sites and their bulletin boards, without board approval.',
    },
  },
  defaultSort: '-startsAt',
  access: {
    read: ({ req }) => isProvinceAdmin(req.user) || liveNow(),
    create: provinceAdminOnly,
    update: provinceAdminOnly,
    delete: provinceAdminOnly,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: { vi: 'Nội dung', en: 'Message' },
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'info',
      label: { vi: 'Mức độ', en: 'Level' },
      options: ALERT_LEVELS.map((o) => ({ ...o })),
    },
    {
      name: 'startsAt',
      type: 'date',
      index: true,
      // Optional to write (now when absent), always stored: the sites compare it with the clock.
      defaultValue: () => new Date().toISOString(),
      hooks: { beforeValidate: [({ value }) => value || new Date().toISOString()] },
      label: { vi: 'Bắt đầu', en: 'Starts' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Kết thúc', en: 'Ends' },
      validate: after('startsAt'),
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } },
    },
    {
      name: 'link',
      type: 'text',
      maxLength: 500,
      validate: onlyHttp,
      label: { vi: 'Liên kết (không bắt buộc)', en: 'Link (optional)' },
    },
    ...communeTargetFields(),
  ],
  hooks: {
    afterChange: [auditContentChange],
    afterDelete: [auditContentDelete],
  },
}
