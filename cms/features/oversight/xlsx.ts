import ExcelJS from 'exceljs'
import { formatDateTimeVi, formatDateVi } from './calendar'
import { sectionLabel } from './required-sections'
import type { OversightReport } from './rows'
import { SCORE_FORMULA } from './score'
import { SITE_STATE_LABELS, visitsStatusText } from './labels'

const monthLabel = (key: string): string => `${key.slice(5, 7)}/${key.slice(0, 4)}`

/** The columns of the sheet, in Vietnamese; months follow "Số tin 30 ngày". */
const columnsOf = (months: string[]): string[] => [
  'STT',
  'Đơn vị',
  'Huyện/thị xã/thành phố',
  'Ngày đăng gần nhất',
  'Số tin 30 ngày',
  ...months.map((m) => `Tháng ${monthLabel(m)}`),
  'Mục bắt buộc còn trống',
  'Công khai trễ hạn',
  'Công khai quá hạn chưa đăng',
  'Câu hỏi chưa trả lời quá 15 ngày',
  'Trạng thái trang',
  'Lượt truy cập 30 ngày',
  'Không cập nhật 30 ngày',
  'Điểm tuân thủ',
]

/**
 * The oversight table as a spreadsheet: a title, the date range and the generation time in
 * the header rows, then one row per commune, and the score's formula under the table.
 */
export const oversightWorkbook = async (report: OversightReport, scopeName: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng thông tin cấp xã'
  workbook.created = new Date(report.generatedAt)
  const sheet = workbook.addWorksheet('Giám sát')
  const first = report.months[0] ?? ''
  const columns = columnsOf(report.months)
  sheet.addRow([`Giám sát trang thông tin điện tử cấp xã: ${scopeName}`]).font = { bold: true, size: 14 }
  sheet.addRow([
    `Khoảng thời gian: từ 01/${monthLabel(first)} đến ${formatDateVi(report.generatedAt)} (12 tháng gần nhất)`,
  ])
  sheet.addRow([`Thời điểm lập: ${formatDateTimeVi(report.generatedAt)}`])
  sheet.addRow([])
  const header = sheet.addRow(columns)
  header.font = { bold: true }
  report.rows.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      row.commune,
      row.district,
      formatDateVi(row.lastPublishedAt) || 'Chưa có',
      row.published30d,
      ...report.months.map((m) => row.publishedByMonth[m] ?? 0),
      row.emptySections.map(sectionLabel).join('; '),
      row.lateDisclosures,
      row.overdueDisclosures,
      row.unansweredQuestions,
      SITE_STATE_LABELS[row.siteState] ?? row.siteState,
      row.visits30d ?? visitsStatusText(report.visits.status),
      row.stale ? 'Có' : 'Không',
      row.score,
    ])
  })
  sheet.addRow([])
  sheet.addRow([SCORE_FORMULA])
  sheet.getColumn(2).width = 28
  sheet.getColumn(3).width = 24
  sheet.getColumn(columns.indexOf('Mục bắt buộc còn trống') + 1).width = 60
  sheet.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
