import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { CommunePicker } from '../../../admin-ui/CommunePicker'
import { communeIdsWithRole, isProvinceAdmin } from '../../../access/roles'
import { monthRange } from '../compute'
import { capText, formatDateTimeVi, formatMoney, itemTitle, monthVi, SIGNATURES } from '../format'
import { type Commune, loadStatement, type Statement } from '../statement'
import { StatementActions } from './StatementActions'
import styles from './RoyaltiesView.module.scss'

/** The communes whose statements the user may see: all for the province, their own for a chief. */
const visibleCommunes = async (req: PayloadRequest): Promise<Commune[]> => {
  const own = communeIdsWithRole(req.user, ['chief'])
  if (!isProvinceAdmin(req.user) && own.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'communes',
    where: isProvinceAdmin(req.user) ? {} : { id: { in: own } },
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'name',
    overrideAccess: true,
    select: { name: true, slug: true, type: true },
  })
  return docs as unknown as Commune[]
}

const currentMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

/** The chosen month and the 24 months up to now, newest first (the browser's month input speaks its own language). */
const monthChoices = (chosen: string): string[] => {
  const months = new Set<string>([chosen])
  const [year, month] = currentMonth().split('-').map(Number) as [number, number]
  for (let i = 0; i < 24; i++) {
    const total = year * 12 + (month - 1) - i
    months.add(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`)
  }
  return [...months].sort().reverse()
}

const MonthChoice = ({ month }: { month: string }) => (
  <label>
    Tháng{' '}
    <select name="month" defaultValue={month}>
      {monthChoices(month).map((m) => (
        <option key={m} value={m}>
          {monthVi(m)}
        </option>
      ))}
    </select>
  </label>
)

const ItemsTable = ({ s }: { s: Statement }) => (
  <table className={styles.table}>
    <caption>Tin bài xuất bản trong tháng</caption>
    <thead>
      <tr>
        <th scope="col">STT</th>
        <th scope="col">Tin bài</th>
        <th scope="col">Ngày đăng</th>
        <th scope="col">Thể loại</th>
        <th scope="col">Điểm</th>
        <th scope="col">Người hưởng (tỷ lệ)</th>
        <th scope="col">Số tiền (đồng)</th>
      </tr>
    </thead>
    <tbody>
      {s.items.map((item, i) => (
        <tr key={`${item.collection}-${item.id}`}>
          <td>{i + 1}</td>
          <td>{itemTitle(item)}</td>
          <td>{formatDateTimeVi(item.publishedAt)}</td>
          <td>{item.genre ?? 'Chưa chấm'}</td>
          <td className={styles.number}>{item.points}</td>
          <td>
            {item.lines.length
              ? item.lines
                  .map(
                    (l) => `${l.name} (${l.role === 'photographer' ? 'ảnh, ' : ''}${Math.round(l.share * 100) / 100}%)`,
                  )
                  .join('; ')
              : 'Chưa có tác giả'}
          </td>
          <td className={styles.number}>{formatMoney(item.amount)}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

const PeopleTable = ({ s }: { s: Statement }) => (
  <table className={styles.table}>
    <caption>Tổng hợp theo người hưởng</caption>
    <thead>
      <tr>
        <th scope="col">STT</th>
        <th scope="col">Họ tên</th>
        <th scope="col">Số tiền (đồng)</th>
        <th scope="col">Ký nhận</th>
      </tr>
    </thead>
    <tbody>
      {s.people.map((p, i) => (
        <tr key={p.name}>
          <td>{i + 1}</td>
          <td>{p.name}</td>
          <td className={styles.number}>{formatMoney(p.amount)}</td>
          <td />
        </tr>
      ))}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row" colSpan={2}>
          Tổng cộng
        </th>
        <td className={styles.number}>{formatMoney(s.total)}</td>
        <td />
      </tr>
    </tfoot>
  </table>
)

const Sheet = ({ s }: { s: Statement }) => (
  <article className={styles.sheet} aria-label="Bảng kê nhuận bút">
    <p className={styles.unit}>{s.communeName}</p>
    <h1 className={styles.title}>Bảng kê nhuận bút tháng {monthVi(s.month)}</h1>
    <p className={styles.status}>
      {s.locked ? `Đã chốt lúc ${formatDateTimeVi(s.lockedAt)}` : 'Chưa chốt: số liệu tạm tính theo nội dung hiện tại.'}
    </p>
    <ItemsTable s={s} />
    <PeopleTable s={s} />
    {s.cap && <p className={styles.cap}>{capText(s.cap)}</p>}
    <p className={styles.rules}>
      Giá trị một điểm {formatMoney(s.rules.pointValue)} đồng; hệ số đơn vị {s.rules.coefficient}; tin bài đăng lại
      hưởng {s.rules.reprintPercent}%. Số tiền mỗi dòng làm tròn đến đồng.
    </p>
    <div className={styles.signatures}>
      {SIGNATURES.map((title) => (
        <div key={title}>
          <strong>{title}</strong>
          <span>(Ký, ghi rõ họ tên)</span>
        </div>
      ))}
    </div>
  </article>
)

/**
 * "Bảng nhuận bút" (/admin/nhuan-but): a commune's monthly statement as a printable page with
 * the signature lines, its spreadsheet and the chief's lock. Province admin: every commune;
 * a chief: their own; everybody else is refused.
 */
export const RoyaltiesView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/nhuan-but`)}`)
  const communes = await visibleCommunes(req)
  if (communes.length === 0)
    return (
      <AdminFrame view={view}>
        <h1>Bảng nhuận bút</h1>
        <p role="alert">Chỉ trưởng ban biên tập và quản trị tỉnh xem được bảng nhuận bút.</p>
      </AdminFrame>
    )
  const asked = view.searchParams ?? {}
  const slug = typeof asked.commune === 'string' ? asked.commune : ''
  const commune = communes.find((c) => c.slug === slug) ?? communes[0]!
  const month = typeof asked.month === 'string' && monthRange(asked.month) ? asked.month : currentMonth()
  const statement = await loadStatement(req.payload, commune, month)
  return (
    <AdminFrame view={view}>
      <div className={styles.screenOnly}>
        <CommunePicker communes={communes} chosen={commune.slug}>
          <MonthChoice month={month} />
        </CommunePicker>
        <StatementActions
          apiRoute={req.payload.config.routes.api}
          commune={commune.slug}
          month={month}
          locked={statement.locked}
        />
      </div>
      <Sheet s={statement} />
    </AdminFrame>
  )
}
