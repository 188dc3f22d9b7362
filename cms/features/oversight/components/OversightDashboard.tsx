'use client'
import { useMemo, useState } from 'react'
import { formatDateTimeVi } from '../calendar'
import { compareDistricts, visitsStatusText } from '../labels'
import type { OversightReport } from '../rows'
import { OversightCharts } from './OversightCharts'
import styles from './OversightDashboard.module.scss'
import { OversightFilters } from './OversightFilters'
import { OversightTable } from './OversightTable'
import { type Filters, visibleRows } from './view-model'

type Props = {
  report: OversightReport
  formula: string
  sections: { key: string; label: string }[]
  adminRoute: string
  apiRoute: string
  wholeProvince: boolean
  /** A viewer of chosen communes (with or without a district): named so, not by districts. */
  followed: boolean
}

/** The "Giám sát" page: summary, filters, the table, the charts and the spreadsheet link. */
export const OversightDashboard = ({
  report,
  formula,
  sections,
  adminRoute,
  apiRoute,
  wholeProvince,
  followed,
}: Props) => {
  const [filters, setFilters] = useState<Filters>({ district: '', staleOnly: false, maxScore: null, sort: 'district' })
  const rows = useMemo(() => visibleRows([...report.rows], filters), [report.rows, filters])
  const districts = useMemo(
    () => [...new Set(report.rows.map((r) => r.district))].sort(compareDistricts),
    [report.rows],
  )
  const stale = report.rows.filter((r) => r.stale).length
  const visits =
    report.visits.status === 'ok'
      ? `Số liệu truy cập từ Matomo lúc ${formatDateTimeVi(report.visits.fetchedAt)}.`
      : `${visitsStatusText(report.visits.status)}.`
  return (
    <div className={styles.dashboard}>
      <header className={styles.header}>
        <h1>Giám sát các trang thông tin điện tử cấp xã</h1>
        <p>
          {wholeProvince ? 'Toàn tỉnh' : followed ? 'Các đơn vị theo dõi' : `Huyện: ${districts.join(', ')}`}:{' '}
          {report.rows.length} đơn vị, {stale} đơn vị không đăng tin trong 30 ngày. Lập lúc{' '}
          {formatDateTimeVi(report.generatedAt)}. {visits}
        </p>
        <a className={styles.export} href={`${apiRoute}/oversight/communes.xlsx`} download>
          Tải bảng tính (.xlsx)
        </a>
      </header>
      <p className={styles.formula} id="oversight-formula">
        {formula}
      </p>
      <OversightFilters filters={filters} districts={districts} onChange={setFilters} shown={rows.length} />
      <OversightTable
        rows={rows}
        months={report.months}
        sections={sections}
        adminRoute={adminRoute}
        visitsStatus={report.visits.status}
      />
      <OversightCharts rows={rows} months={report.months} />
    </div>
  )
}
