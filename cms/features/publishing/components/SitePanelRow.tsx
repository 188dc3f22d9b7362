import type { ReactNode } from 'react'
import styles from './SitePanelRow.module.scss'

/** One fact of the site panel: its label on the left, its value on the right. */
export const SitePanelRow = ({ label, children, name }: { label: string; children: ReactNode; name: string }) => (
  <div className={`site-panel__row site-panel__${name} ${styles.row}`}>
    <span className={styles.label}>{label}</span>
    <span className={`site-panel__value ${styles.value}`}>{children}</span>
  </div>
)
