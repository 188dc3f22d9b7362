import type { Plan } from '../plan'
import styles from './PlanUnitsTable.module.scss'
import { actionLabel, chiefOf, oldUnitLabel } from './reorganisation-text'

type Props = {
  plan: Plan
  sitesDomain: string
  /** Whether the buttons wait (a run is starting or running, or an action is under way). */
  disabled: boolean
  onApply: (code: string, name: string) => void
}

/** The plan's new units: one row each, with the old units that go into it and its own "Thực hiện". */
export const PlanUnitsTable = ({ plan, sitesDomain, disabled, onApply }: Props) => (
  <div className={styles.scroller}>
    <table className={styles.table} id="reorganisation-units">
      <caption>Các đơn vị mới ({plan.units.length.toLocaleString('vi-VN')})</caption>
      <thead>
        <tr>
          <th scope="col">Đơn vị mới</th>
          <th scope="col">Mã</th>
          <th scope="col">Địa chỉ</th>
          <th scope="col">Đơn vị cũ và số mục nội dung</th>
          <th scope="col">Trưởng ban</th>
          <th scope="col" className={styles.number}>
            Thành viên
          </th>
          <th scope="col">Thao tác</th>
        </tr>
      </thead>
      <tbody>
        {plan.units.map((unit) => (
          <tr key={unit.code} data-code={unit.code} data-action={unit.action}>
            <th scope="row">{unit.name}</th>
            <td>{unit.code}</td>
            <td>
              <span className={styles.address}>
                {unit.slug}.{sitesDomain}
              </span>
              {unit.domains.map((d) => (
                <span key={d} className={styles.address}>
                  {d}
                </span>
              ))}
              {unit.redirects.length > 0 && (
                <span className={styles.muted}>Chuyển hướng từ: {unit.redirects.join(', ')}</span>
              )}
            </td>
            <td>
              {unit.from.length ? (
                <ul className={styles.olds}>
                  {unit.from.map((old) => (
                    <li key={old.code}>{oldUnitLabel(old, unit)}</li>
                  ))}
                </ul>
              ) : (
                <span className={styles.muted}>Không có</span>
              )}
            </td>
            <td>{chiefOf(unit)}</td>
            <td className={styles.number}>{unit.board.length.toLocaleString('vi-VN')}</td>
            <td>
              <span className={styles.action}>{actionLabel(unit)}</span>
              <button
                type="button"
                className={styles.apply}
                disabled={disabled}
                aria-label={`Thực hiện: ${unit.name}`}
                onClick={() => onApply(unit.code, unit.name)}
              >
                Thực hiện
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
