'use client'
import { formatDateVi } from '../calendar'
import { SITE_STATE_LABELS, visitsStatusText } from '../labels'
import type { OversightRow } from '../rows'
import type { VisitsSnapshot } from '../visits'
import styles from './OversightTable.module.scss'
import { monthLabel } from './view-model'

type Props = {
  rows: OversightRow[]
  months: string[]
  sections: { key: string; label: string }[]
  adminRoute: string
  visitsStatus: VisitsSnapshot['status']
}

const EmptySections = ({ keys, labels }: { keys: string[]; labels: Map<string, string> }) =>
  keys.length === 0 ? (
    <span className={styles.ok}>Đủ</span>
  ) : (
    <details>
      <summary>{keys.length} mục</summary>
      <ul className={styles.sections}>
        {keys.map((k) => (
          <li key={k}>{labels.get(k) ?? k}</li>
        ))}
      </ul>
    </details>
  )

const Months = ({ row, months }: { row: OversightRow; months: string[] }) => (
  <ol className={styles.months} aria-label={`Số tin theo tháng của ${row.commune}`}>
    {months.map((m) => (
      <li key={m} title={`Tháng ${monthLabel(m)}`}>
        <span className={styles.monthName}>{monthLabel(m).slice(0, 2)}</span>
        {row.publishedByMonth[m] ?? 0}
      </li>
    ))}
  </ol>
)

/** One row per commune; the name opens the commune's record in the admin. */
export const OversightTable = ({ rows, months, sections, adminRoute, visitsStatus }: Props) => {
  const labels = new Map(sections.map((s) => [s.key, s.label]))
  return (
    <div className={styles.scroller}>
      <table className={styles.table} id="oversight-table">
        <caption>Tình hình cập nhật của từng đơn vị (tháng {months.map(monthLabel).join(', ')})</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Huyện</th>
            <th scope="col">Đăng gần nhất</th>
            <th scope="col">Tin 30 ngày</th>
            <th scope="col">Tin theo tháng (12 tháng)</th>
            <th scope="col">Mục bắt buộc còn trống</th>
            <th scope="col">Công khai trễ hạn</th>
            <th scope="col">Công khai quá hạn</th>
            <th scope="col">Câu hỏi quá 15 ngày</th>
            <th scope="col">Trang</th>
            <th scope="col">Truy cập 30 ngày</th>
            <th scope="col">Điểm</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.id)} data-slug={r.slug} data-stale={r.stale ? 'true' : 'false'}>
              <th scope="row">
                <a href={`${adminRoute}/collections/communes/${String(r.id)}`}>{r.commune}</a>
                {r.stale && <span className={styles.stale}>Không cập nhật 30 ngày</span>}
              </th>
              <td>{r.district}</td>
              <td>{formatDateVi(r.lastPublishedAt) || 'Chưa có'}</td>
              <td className={styles.number}>{r.published30d}</td>
              <td>
                <Months row={r} months={months} />
              </td>
              <td>
                <EmptySections keys={r.emptySections} labels={labels} />
              </td>
              <td className={styles.number}>{r.lateDisclosures}</td>
              <td className={styles.number}>{r.overdueDisclosures}</td>
              <td className={styles.number}>{r.unansweredQuestions}</td>
              <td>{SITE_STATE_LABELS[r.siteState] ?? r.siteState}</td>
              <td className={styles.number}>
                {r.visits30d === null ? (
                  <span className={styles.muted}>{visitsStatusText(visitsStatus)}</span>
                ) : (
                  r.visits30d
                )}
              </td>
              <td className={styles.number}>
                <strong>{r.score}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
