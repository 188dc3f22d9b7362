import type { Field } from 'payload'

/**
 * Who wrote an item and where it comes from: its authors with their shares, its photographers,
 * its genre and whether it is original or a reprint (with its source). News items carry it, and
 * announcements too, so the royalty statement can pay for them where the province allows.
 */
export const creditsField = (): Field => ({
  type: 'collapsible',
  label: { vi: 'Tác giả và nhuận bút', en: 'Authors and royalties' },
  fields: [
    {
      name: 'authors',
      type: 'array',
      label: { vi: 'Tác giả', en: 'Authors' },
      labels: { singular: { vi: 'tác giả', en: 'author' }, plural: { vi: 'tác giả', en: 'authors' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Tài khoản', en: 'Account' } },
        {
          name: 'share',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 100,
          label: { vi: 'Tỷ lệ (%)', en: 'Share (%)' },
        },
      ],
      validate: (rows: unknown) => {
        const list = Array.isArray(rows) ? (rows as { share?: number }[]) : []
        if (list.length === 0) return true
        const total = list.reduce((sum, row) => sum + (Number(row.share) || 0), 0)
        return total === 100 ? true : `Tác giả: tổng tỷ lệ nhuận bút phải bằng 100% (hiện là ${total}%).`
      },
    },
    {
      name: 'photographers',
      type: 'array',
      label: { vi: 'Người chụp ảnh', en: 'Photographers' },
      labels: {
        singular: { vi: 'người chụp ảnh', en: 'photographer' },
        plural: { vi: 'người chụp ảnh', en: 'photographers' },
      },
      fields: [{ name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } }],
    },
    {
      name: 'genre',
      type: 'select',
      label: { vi: 'Thể loại', en: 'Genre' },
      defaultValue: 'tin',
      options: [
        { value: 'tin', label: { vi: 'Tin', en: 'News item' } },
        { value: 'bai', label: { vi: 'Bài', en: 'Article' } },
        { value: 'phong-su', label: { vi: 'Phóng sự', en: 'Feature' } },
        { value: 'anh', label: { vi: 'Ảnh', en: 'Photo' } },
      ],
    },
    {
      name: 'origin',
      type: 'select',
      label: { vi: 'Nguồn gốc', en: 'Origin' },
      defaultValue: 'original',
      options: [
        { value: 'original', label: { vi: 'Tự viết', en: 'Original' } },
        { value: 'reprint', label: { vi: 'Sưu tầm, đăng lại', en: 'Reprint' } },
      ],
    },
    {
      name: 'source',
      type: 'text',
      label: { vi: 'Nguồn (khi đăng lại)', en: 'Source (for reprints)' },
      admin: { condition: (data) => data?.origin === 'reprint' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.origin === 'reprint' && !String(value ?? '').trim()
          ? 'Nguồn: cần ghi nguồn của bài đăng lại.'
          : true,
    },
  ],
})
