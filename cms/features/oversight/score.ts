import { REQUIRED_SECTIONS } from './required-sections'

/** Items in the last 30 days that count as a site kept fresh (one a week). */
const FRESH_ITEMS = 4
/** Questions left unanswered that take the whole responsiveness part away. */
const UNANSWERED_CAP = 5
/** Below this score a commune is "not compliant" (the province's weekly digest lists it). */
export const NON_COMPLIANT_BELOW = 60

export type ScoreInput = {
  emptySections: number
  /** Disclosures published on time and those due (published ones plus overdue ones). */
  onTimeDisclosures: number
  dueDisclosures: number
  published30d: number
  unansweredQuestions: number
}

/** The formula as the page shows it (Vietnamese), beside the scores. */
export const SCORE_FORMULA = [
  `Điểm tuân thủ (0-100) = 40 × (số mục bắt buộc đã có / ${REQUIRED_SECTIONS.length})`,
  '+ 30 × (nội dung công khai đúng hạn / nội dung công khai đến hạn; 1 khi chưa có)',
  `+ 20 × (số tin đăng trong 30 ngày, tính tối đa ${FRESH_ITEMS}) / ${FRESH_ITEMS}`,
  `+ 10 × (1 − (số câu hỏi chưa trả lời quá 15 ngày, tính tối đa ${UNANSWERED_CAP}) / ${UNANSWERED_CAP}).`,
  `Dưới ${NON_COMPLIANT_BELOW} điểm: chưa đạt.`,
].join(' ')

/** The compliance score, 0-100, rounded to a whole number. */
export const complianceScore = (input: ScoreInput): number => {
  const total = REQUIRED_SECTIONS.length
  const completeness = (total - Math.min(input.emptySections, total)) / total
  const timeliness = input.dueDisclosures > 0 ? input.onTimeDisclosures / input.dueDisclosures : 1
  const freshness = Math.min(input.published30d, FRESH_ITEMS) / FRESH_ITEMS
  const responsiveness = 1 - Math.min(input.unansweredQuestions, UNANSWERED_CAP) / UNANSWERED_CAP
  return Math.round(40 * completeness + 30 * timeliness + 20 * freshness + 10 * responsiveness)
}
