import ExcelJS from 'exceljs'
import { capText, formatDateTimeVi, itemTitle, monthVi, SIGNATURES } from './format'
import type { Statement } from './statement'

const MONEY = '#,##0'

/**
 * The month's statement as a spreadsheet: a title, one row per person of each item (item, genre,
 * points, role, share, amount), the totals per person, the cap when it applied, the signature lines.
 */
export const statementWorkbook = async (s: Statement): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng thông tin cấp xã'
  const sheet = workbook.addWorksheet(`Nhuận bút ${s.month}`)
  sheet.addRow([`BẢNG KÊ NHUẬN BÚT THÁNG ${monthVi(s.month)}`]).font = { bold: true, size: 14 }
  sheet.addRow([`Đơn vị: ${s.communeName}`])
  sheet.addRow([s.locked ? `Đã chốt lúc ${formatDateTimeVi(s.lockedAt)}` : 'Chưa chốt (số liệu tạm tính)'])
  sheet.addRow([])
  const head = sheet.addRow([
    'STT',
    'Tin bài',
    'Ngày đăng',
    'Thể loại',
    'Điểm',
    'Người hưởng',
    'Vai trò',
    'Tỷ lệ (%)',
    'Số tiền (đồng)',
  ])
  head.font = { bold: true }
  s.items.forEach((item, index) => {
    const lines = item.lines.length ? item.lines : [{ name: '', role: 'author' as const, share: 0, amount: 0 }]
    for (const line of lines) {
      const row = sheet.addRow([
        index + 1,
        itemTitle(item),
        formatDateTimeVi(item.publishedAt),
        item.genre ?? 'Chưa chấm',
        item.points,
        line.name || 'Chưa có tác giả',
        line.role === 'photographer' ? 'Chụp ảnh' : 'Tác giả',
        Number(line.share.toFixed(2)),
        line.amount,
      ])
      row.getCell(9).numFmt = MONEY
    }
  })
  sheet.addRow([])
  sheet.addRow(['', 'TỔNG HỢP THEO NGƯỜI HƯỞNG']).font = { bold: true }
  sheet.addRow(['STT', 'Họ tên', 'Số tiền (đồng)', 'Ký nhận']).font = { bold: true }
  s.people.forEach((p, i) => {
    sheet.addRow([i + 1, p.name, p.amount]).getCell(3).numFmt = MONEY
  })
  const total = sheet.addRow(['', 'Tổng cộng', s.total])
  total.font = { bold: true }
  total.getCell(3).numFmt = MONEY
  if (s.cap) sheet.addRow(['', capText(s.cap)])
  sheet.addRow([])
  sheet.addRow(SIGNATURES.flatMap((title) => [title, '', ''])).font = { bold: true }
  sheet.addRow(SIGNATURES.flatMap(() => ['(Ký, ghi rõ họ tên)', '', '']))
  sheet.columns.forEach((column, i) => {
    column.width = [6, 48, 18, 16, 8, 28, 12, 10, 16][i] ?? 12
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
