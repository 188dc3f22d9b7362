import type { ReactNode } from 'react'
import styles from './CommunePicker.module.scss'

type Choice = { slug: string; name: string }

/**
 * The "Đơn vị" choice of an admin page that shows one commune at a time (royalties, news from
 * the province): a plain GET form, so the chosen commune is in the address and survives a
 * reload. `children` adds the page's own choices (a month...) before the "Xem" button.
 */
export const CommunePicker = ({
  communes,
  chosen,
  children,
}: {
  communes: Choice[]
  chosen: string
  children?: ReactNode
}) => (
  <form method="get" className={styles.picker}>
    <label>
      Đơn vị{' '}
      <select name="commune" defaultValue={chosen}>
        {communes.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
    {children}
    <button type="submit" className="btn btn--style-secondary btn--size-medium">
      Xem
    </button>
  </form>
)
