'use client'
import styles from './OversightFilters.module.scss'
import { type Filters, SORTS, type SortKey } from './view-model'

type Props = { filters: Filters; districts: string[]; onChange: (f: Filters) => void; shown: number }

/** District, stale-only, score and order of the table. */
export const OversightFilters = ({ filters, districts, onChange, shown }: Props) => (
  <form className={styles.filters} aria-label="Lọc bảng giám sát" onSubmit={(e) => e.preventDefault()}>
    <label>
      Huyện/thị xã/thành phố
      <select value={filters.district} onChange={(e) => onChange({ ...filters, district: e.target.value })}>
        <option value="">Tất cả</option>
        {districts.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
    <label>
      Điểm tuân thủ
      <select
        value={filters.maxScore === null ? '' : String(filters.maxScore)}
        onChange={(e) => onChange({ ...filters, maxScore: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">Tất cả</option>
        <option value="60">Dưới 60 (chưa đạt)</option>
        <option value="40">Dưới 40</option>
        <option value="20">Dưới 20</option>
      </select>
    </label>
    <label className={styles.check}>
      <input
        type="checkbox"
        checked={filters.staleOnly}
        onChange={(e) => onChange({ ...filters, staleOnly: e.target.checked })}
      />
      Chỉ đơn vị không cập nhật 30 ngày
    </label>
    <label>
      Sắp xếp
      <select value={filters.sort} onChange={(e) => onChange({ ...filters, sort: e.target.value as SortKey })}>
        {SORTS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
    <output className={styles.count} aria-live="polite">
      {shown} đơn vị
    </output>
  </form>
)
