/** Vietnamese formats of the statement (page and spreadsheet): dates dd/MM/yyyy HH:mm, money with dots. */
const VN_OFFSET_MS = 7 * 3_600_000

export const formatDateTimeVi = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const t = new Date(iso).getTime()
  if (Number.isNaN(t)) return ''
  const d = new Date(t + VN_OFFSET_MS).toISOString()
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`
}

export const formatMoney = (amount: number): string => new Intl.NumberFormat('vi-VN').format(amount)

export const monthVi = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`

/** The signature lines a finance office expects under a payment list. */
export const SIGNATURES = ['Người lập', 'Trưởng ban biên tập', 'Thủ trưởng đơn vị'] as const

export const capText = (cap: { cap: number; uncappedTotal: number; ratio: number } | null): string =>
  cap
    ? `Tổng theo điểm ${formatMoney(cap.uncappedTotal)} đồng vượt mức chi tối đa ${formatMoney(cap.cap)} đồng/tháng: mỗi người được nhân với hệ số ${cap.ratio.toFixed(4).replace('.', ',')} (làm tròn xuống đến đồng).`
    : ''

/** An item's title on the statement; announcements are marked (news items are the usual case). */
export const itemTitle = (item: { collection: string; title: string; syndicated?: boolean }): string =>
  item.collection === 'announcements'
    ? `Thông báo: ${item.title}`
    : item.syndicated
      ? `${item.title} (Đăng lại tin từ tỉnh, không tính nhuận bút)`
      : item.title
