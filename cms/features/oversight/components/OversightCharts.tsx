'use client'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { OversightRow } from '../rows'
import { ChartFigure } from './ChartFigure'
import styles from './OversightCharts.module.scss'
import { publicationsByDistrict, scoreDistribution, visitsByMonth } from './view-model'

/** Distinct colours for up to 12 districts (Okabe-Ito and Tableau tones, readable on white and dark). */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#4E79A7',
  '#59A14F',
  '#B07AA1',
  '#9C755F',
  '#76B7B2',
]

const number = (n: number) => n.toLocaleString('vi-VN')

/** Publications per month by district, compliance distribution and visits per month, each with its table. */
export const OversightCharts = ({ rows, months }: { rows: OversightRow[]; months: string[] }) => {
  const pubs = publicationsByDistrict(rows, months)
  const scores = scoreDistribution(rows)
  const visits = visitsByMonth(rows, months)
  return (
    <section className={styles.charts} aria-label="Biểu đồ">
      <h2>Biểu đồ</h2>
      <ChartFigure
        id="chart-publications"
        title={pubs.grouped ? 'Số tin đăng theo tháng, theo huyện' : 'Số tin đăng theo tháng'}
        chart={
          <ResponsiveContainer width="100%" height={320}>
            <BarChart data={pubs.data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip formatter={(v) => number(Number(v))} />
              <Legend />
              {pubs.districts.map((d, i) => (
                <Bar key={d} dataKey={d} stackId="pubs" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
        columns={['Tháng', ...pubs.districts]}
        rows={pubs.data.map((p) => [String(p.month), ...pubs.districts.map((d) => Number(p[d] ?? 0))])}
      />
      <ChartFigure
        id="chart-scores"
        title="Phân bố điểm tuân thủ (số đơn vị)"
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={scores}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="band" name="Điểm" />
              <YAxis allowDecimals={false} />
              <Tooltip formatter={(v) => [number(Number(v)), 'Số đơn vị']} />
              <Bar dataKey="communes" name="Số đơn vị" fill="#0072B2" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        columns={['Điểm', 'Số đơn vị']}
        rows={scores.map((s) => [s.band, s.communes])}
      />
      {visits ? (
        <ChartFigure
          id="chart-visits"
          title="Lượt truy cập theo tháng"
          chart={
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={visits}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} />
                <Tooltip formatter={(v) => [number(Number(v)), 'Lượt truy cập']} />
                <Line dataKey="visits" name="Lượt truy cập" stroke="#D55E00" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          }
          columns={['Tháng', 'Lượt truy cập']}
          rows={visits.map((v) => [v.month, v.visits])}
        />
      ) : (
        <p className={styles.noVisits} id="chart-visits">
          Lượt truy cập theo tháng: chưa có số liệu truy cập từ Matomo.
        </p>
      )}
    </section>
  )
}
