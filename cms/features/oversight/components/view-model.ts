import { compareDistricts, NO_DISTRICT_LABEL } from '../labels'
import type { OversightRow } from '../rows'

export type SortKey = 'district' | 'score-asc' | 'score-desc' | 'last-published' | 'visits'
export type Filters = { district: string; staleOnly: boolean; maxScore: number | null; sort: SortKey }

export const SORTS: { value: SortKey; label: string }[] = [
  { value: 'district', label: 'Theo huyện, tên đơn vị' },
  { value: 'score-asc', label: 'Điểm tuân thủ thấp trước' },
  { value: 'score-desc', label: 'Điểm tuân thủ cao trước' },
  { value: 'last-published', label: 'Lâu chưa đăng trước' },
  { value: 'visits', label: 'Lượt truy cập nhiều trước' },
]

const byName = (a: OversightRow, b: OversightRow) =>
  compareDistricts(a.district, b.district) || a.commune.localeCompare(b.commune, 'vi')

const COMPARE: Record<SortKey, (a: OversightRow, b: OversightRow) => number> = {
  district: byName,
  'score-asc': (a, b) => a.score - b.score || byName(a, b),
  'score-desc': (a, b) => b.score - a.score || byName(a, b),
  'last-published': (a, b) => (a.lastPublishedAt ?? '').localeCompare(b.lastPublishedAt ?? '') || byName(a, b),
  visits: (a, b) => (b.visits30d ?? -1) - (a.visits30d ?? -1) || byName(a, b),
}

/** The rows the filters keep, in the chosen order. */
export const visibleRows = (rows: OversightRow[], f: Filters): OversightRow[] =>
  rows
    .filter((r) => (!f.district || r.district === f.district) && (!f.staleOnly || r.stale))
    .filter((r) => f.maxScore === null || r.score < f.maxScore)
    .sort(COMPARE[f.sort])

/** "MM/yyyy" of a "YYYY-MM" key. */
export const monthLabel = (key: string): string => `${key.slice(5, 7)}/${key.slice(0, 4)}`

/** The one series of a province without districts (since 2025-07-01). */
export const ALL_PUBLICATIONS = 'Số tin đăng'

/**
 * Publications per month, one series per district (the communes of no district last); without
 * districts at all, one series (`grouped` false).
 */
export const publicationsByDistrict = (rows: OversightRow[], months: string[]) => {
  const found = [...new Set(rows.map((r) => r.district))].sort(compareDistricts)
  const grouped = !(found.length === 1 && found[0] === NO_DISTRICT_LABEL)
  const seriesOf = (r: OversightRow) => (grouped ? r.district : ALL_PUBLICATIONS)
  const districts = grouped ? found : [ALL_PUBLICATIONS]
  const data = months.map((m) => {
    const point: Record<string, string | number> = { month: monthLabel(m) }
    for (const d of districts) point[d] = 0
    for (const r of rows) point[seriesOf(r)] = Number(point[seriesOf(r)] ?? 0) + (r.publishedByMonth[m] ?? 0)
    return point
  })
  return { districts, data, grouped }
}

export const SCORE_BANDS = [
  { from: 0, to: 19 },
  { from: 20, to: 39 },
  { from: 40, to: 59 },
  { from: 60, to: 79 },
  { from: 80, to: 100 },
]

/** How many communes score in each band. */
export const scoreDistribution = (rows: OversightRow[]) =>
  SCORE_BANDS.map((b) => ({
    band: `${b.from}-${b.to}`,
    communes: rows.filter((r) => r.score >= b.from && r.score <= b.to).length,
  }))

/** Visits per month over the communes shown (null when Matomo gave no figures). */
export const visitsByMonth = (rows: OversightRow[], months: string[]) => {
  if (!rows.some((r) => r.visitsByMonth)) return null
  return months.map((m) => ({
    month: monthLabel(m),
    visits: rows.reduce((sum, r) => sum + (r.visitsByMonth?.[m] ?? 0), 0),
  }))
}
