/** What the page says about the plan and the run, in Vietnamese (the province admin's page). */
import type { RunStatus } from '../current-plan'
import type { Plan, PlanOld, PlanUnit } from '../plan'
import { durationVi, formatVietnamTime } from '../vietnam-time'

const n = (v: number) => v.toLocaleString('vi-VN')
export const itemCount = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
const ddMMyyyy = (isoDate: string) => isoDate.split('-').reverse().join('/')

/** The plan's two summary lines. */
export const planSummary = (plan: Plan): [string, string] => {
  const t = plan.totals
  return [
    `${plan.province.name || 'Tỉnh'}${plan.province.code ? ` (mã ${plan.province.code})` : ''}, hiệu lực từ ${ddMMyyyy(plan.effectiveDate)}; lập lúc ${formatVietnamTime(plan.createdAt)}.`,
    `${n(t.newUnits)} đơn vị mới: ${n(t.merged)} hình thành từ ${n(t.oldCommunes)} trang hiện có, ${n(t.provisioned)} khởi tạo mới; ${n(t.items)} mục nội dung được chuyển, không mục nào bị xóa.`,
  ]
}

/** One old unit in the table: "Phường Bình Khánh (30292): 120 mục, giữ bản ghi". */
export const oldUnitLabel = (old: PlanOld, unit: PlanUnit): string => {
  const notes: string[] = []
  if (!old.slug) notes.push('không có trang')
  else if (old.content) notes.push(`${n(itemCount(old.counts))} mục`)
  else notes.push('chỉ liên kết, nội dung về đơn vị khác')
  if (old.code === unit.keep) notes.push('giữ bản ghi')
  if (old.share === 'partial') notes.push('một phần')
  return `${old.name} (${old.code}): ${notes.join(', ')}`
}

export const actionLabel = (unit: PlanUnit): string => (unit.action === 'merge' ? 'Sáp nhập' : 'Khởi tạo mới')

export const chiefOf = (unit: PlanUnit): string =>
  unit.board
    .filter((m) => m.role === 'chief')
    .map((m) => m.name || m.email)
    .join(', ') || 'Chưa có'

const scope = (status: RunStatus) => (status.only ? `${status.only.length} đơn vị mới` : 'tất cả đơn vị mới')

/** The run in one sentence. */
export const runHeadline = (status: RunStatus): string => {
  switch (status.state) {
    case 'scheduled':
      return status.at
        ? `Đã lên lịch thực hiện ${scope(status)} lúc ${formatVietnamTime(status.at)} (giờ Việt Nam).`
        : `Đang chờ bắt đầu thực hiện ${scope(status)}…`
    case 'running':
      return `Đang thực hiện ${scope(status)}: ${n(status.done)}/${n(status.total)} đơn vị xong.`
    case 'done':
      return `Đã thực hiện xong ${scope(status)} lúc ${formatVietnamTime(status.finishedAt)}.`
    case 'stopped':
      return `Đã dừng giữa chừng lúc ${formatVietnamTime(status.finishedAt)}; thực hiện lại để tiếp tục.`
    case 'cancelled':
      return `Đã hủy lịch thực hiện${status.at ? ` lúc ${formatVietnamTime(status.at)}` : ''}.`
    case 'interrupted':
      return 'Lần thực hiện bị gián đoạn (máy chủ dừng giữa chừng); thực hiện lại để tiếp tục từ chỗ đã dừng.'
    case 'failed':
      return status.error ?? 'Thực hiện dừng do lỗi.'
  }
}

/** "Đang xử lý: Phường Bình Đức (30292); còn khoảng 3 phút." */
export const runDetail = (status: RunStatus): string | null => {
  if (status.state !== 'running') return null
  const parts: string[] = []
  if (status.current) parts.push(`Đang xử lý: ${status.current.name} (${status.current.code})`)
  if (status.secondsLeft !== null) parts.push(`còn khoảng ${durationVi(status.secondsLeft)}`)
  return parts.length ? `${parts.join('; ')}.` : null
}

/** The report's totals, once the run has ended. */
export const reportLine = (status: RunStatus): string | null => {
  const r = status.report
  if (!r) return null
  return `Kết quả: ${n(r.changed)} đơn vị thay đổi, ${n(r.units.length - r.changed)} đã xong từ trước; mất ${durationVi(r.seconds)}.`
}
