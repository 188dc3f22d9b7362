import type { CollectionConfig } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { asRoleUser } from '../../access/roles'
import { clearCalendarCache } from './calendar'
import { HOLIDAY_KINDS, localDayKey } from './kinds'

export const HOLIDAYS_SLUG = 'holidays'

/**
 * Lịch nghỉ lễ: what the government announces each year on top of the statutory days the
 * calendar computes itself (days moved, days off in lieu, make-up Saturdays). The province
 * writes it; every signed-in board member reads it (deadlines are counted with it).
 */
export const Holidays: CollectionConfig = {
  slug: HOLIDAYS_SLUG,
  graphQL: { singularName: 'Holiday', pluralName: 'Holidays' },
  labels: {
    singular: { vi: 'Ngày trong lịch nghỉ lễ', en: 'Calendar day' },
    plural: { vi: 'Lịch nghỉ lễ', en: 'Holiday calendar' },
  },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    useAsTitle: 'day',
    defaultColumns: ['day', 'kind', 'note'],
    description: {
      vi: 'Ngày nghỉ lễ theo luật (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh) và ngày nghỉ bù khi lễ trùng cuối tuần được tính tự động. Ở đây nhập phương án nghỉ lễ Chính phủ công bố hằng năm: ngày nghỉ thêm, ngày nghỉ bù, ngày làm bù (một ngày làm bù là ngày làm việc, kể cả thứ Bảy).',
      en: 'Statutory holidays and days off in lieu are computed. Enter the yearly government announcement here.',
    },
  },
  defaultSort: '-date',
  access: {
    read: ({ req }) => asRoleUser(req.user) !== null,
    create: provinceAdminOnly,
    update: provinceAdminOnly,
    delete: provinceAdminOnly,
  },
  fields: [
    {
      name: 'date',
      type: 'date',
      required: true,
      label: { vi: 'Ngày', en: 'Date' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'day',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Ngày (theo giờ Việt Nam)', en: 'Day (Vietnam time)' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
      hooks: {
        beforeChange: [({ siblingData }) => (siblingData.date ? localDayKey(siblingData.date) : undefined)],
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: HOLIDAY_KINDS.map((o) => ({ ...o })),
    },
    { name: 'note', type: 'text', maxLength: 300, label: { vi: 'Ghi chú', en: 'Note' } },
  ],
  hooks: {
    afterChange: [() => clearCalendarCache()],
    afterDelete: [() => clearCalendarCache()],
  },
}
