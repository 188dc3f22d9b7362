/** The plan as the province reads it, in Vietnamese: one paragraph per new unit, then the problems. */
import type { Plan } from './plan'

const ddMMyyyy = (iso: string) => iso.split('-').reverse().join('/')
const n = (v: number) => v.toLocaleString('vi-VN')
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

export const planText = (plan: Plan): string => {
  const lines: string[] = []
  const t = plan.totals
  lines.push(
    `Kế hoạch sắp xếp đơn vị hành chính: ${plan.province.name} (mã ${plan.province.code}), hiệu lực từ ${ddMMyyyy(plan.effectiveDate)}.`,
  )
  lines.push(
    `${n(t.newUnits)} đơn vị mới: ${n(t.merged)} hình thành từ ${n(t.oldCommunes)} trang hiện có, ${n(t.provisioned)} khởi tạo mới; ${n(t.items)} mục nội dung được chuyển, không mục nào bị xóa.`,
  )
  lines.push('')
  for (const [i, u] of plan.units.entries()) {
    const head = `${i + 1}. ${u.name} (${u.code}), địa chỉ ${u.slug}`
    if (u.action === 'provision') {
      lines.push(`${head}: khởi tạo mới (không có trang cũ), giao diện ${u.theme}.`)
      continue
    }
    const from = u.from
      .filter((f) => f.slug)
      .map(
        (f) =>
          `${f.name} (${f.code}${f.code === u.keep ? ', giữ bản ghi' : ''}${f.content ? `, ${n(total(f.counts))} mục` : ', chỉ liên kết'}${f.share === 'partial' ? ', một phần' : ''}${f.proposed ? ', đề xuất: không có trong bảng sáp nhập' : ''})`,
      )
    lines.push(`${head} ← ${from.join(' + ')}`)
    const chief = u.board.filter((m) => m.role === 'chief').map((m) => m.email)
    lines.push(
      `   Giao diện ${u.theme}; trưởng ban: ${chief.join(', ') || 'chưa có'}; ${u.board.length} thành viên; tên miền: ${u.domains.join(', ') || 'không'}.`,
    )
    if (u.mergedCategories.length) lines.push(`   Gộp chuyên mục cùng tên: ${u.mergedCategories.join(', ')}.`)
    if (u.redirects.length) lines.push(`   Chuyển hướng 301 từ: ${u.redirects.join(', ')}.`)
  }
  if (plan.problems.length) {
    lines.push('')
    lines.push(`Vấn đề cần xem (${plan.problems.length}):`)
    for (const p of plan.problems) lines.push(`- ${p.unit}: ${p.problem} → ${p.resolution}`)
  }
  return lines.join('\n')
}
