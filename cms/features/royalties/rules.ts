import type { GlobalConfig } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { signedIn } from './access'

export const RULES_SLUG = 'royalty-rules'

const vnd = { vi: 'đồng', en: 'VND' }

/**
 * The province's royalty rules (they change: Nghị định 18/2014 is repealed from 2026-09-01).
 * Genres and their points are a collection of their own (royalty-genres) so items can point at them.
 */
export const RoyaltyRules: GlobalConfig = {
  slug: RULES_SLUG,
  label: { vi: 'Quy định nhuận bút', en: 'Royalty rules' },
  graphQL: { name: 'RoyaltyRules' },
  admin: { group: { vi: 'Nhuận bút', en: 'Royalties' } },
  access: { read: signedIn, update: provinceAdminOnly },
  fields: [
    {
      name: 'pointValue',
      type: 'number',
      required: true,
      min: 0,
      max: 100_000_000,
      defaultValue: 0,
      label: { vi: 'Giá trị một điểm (đồng)', en: 'Value of a point (VND)' },
      admin: { description: vnd },
    },
    {
      name: 'reprintPercent',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      defaultValue: 50,
      label: { vi: 'Tin bài đăng lại được trả (% nhuận bút)', en: 'Reprints paid (% of the royalty)' },
    },
    {
      name: 'photoPoints',
      type: 'number',
      min: 0,
      max: 1000,
      defaultValue: 0,
      label: { vi: 'Điểm ảnh minh họa mỗi tin bài (chia đều cho người chụp)', en: 'Points for photos per item' },
    },
    {
      name: 'includeAnnouncements',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Trả nhuận bút cho thông báo', en: 'Pay royalties for announcements' },
      admin: {
        description: {
          vi: 'Khi chọn, thông báo có tác giả và được Trưởng ban chấm điểm cũng vào bảng kê như tin bài.',
          en: 'Announcements with authors, scored by the chief, are paid as news items.',
        },
      },
    },
    {
      name: 'monthlyCap',
      type: 'number',
      min: 0,
      max: 10_000_000_000,
      defaultValue: 0,
      label: { vi: 'Mức chi tối đa mỗi tháng mỗi đơn vị (đồng, 0 = không giới hạn)', en: 'Monthly cap per commune' },
    },
    {
      name: 'classCoefficients',
      type: 'group',
      label: { vi: 'Hệ số theo loại đơn vị', en: 'Coefficient per class of commune' },
      fields: [
        { name: 'xa', type: 'number', min: 0, max: 10, defaultValue: 1, label: { vi: 'Xã', en: 'Commune' } },
        { name: 'phuong', type: 'number', min: 0, max: 10, defaultValue: 1, label: { vi: 'Phường', en: 'Ward' } },
        {
          name: 'thiTran',
          type: 'number',
          min: 0,
          max: 10,
          defaultValue: 1,
          label: { vi: 'Thị trấn', en: 'Township' },
        },
      ],
    },
    {
      name: 'communeCoefficients',
      type: 'array',
      label: { vi: 'Hệ số riêng của từng đơn vị (thay hệ số theo loại)', en: 'Coefficient per commune' },
      labels: { singular: { vi: 'đơn vị', en: 'commune' }, plural: { vi: 'đơn vị', en: 'communes' } },
      maxRows: 500,
      fields: [
        {
          name: 'commune',
          type: 'relationship',
          relationTo: 'communes',
          required: true,
          label: { vi: 'Đơn vị', en: 'Commune' },
        },
        {
          name: 'coefficient',
          type: 'number',
          required: true,
          min: 0,
          max: 10,
          label: { vi: 'Hệ số', en: 'Coefficient' },
        },
      ],
    },
  ],
}
