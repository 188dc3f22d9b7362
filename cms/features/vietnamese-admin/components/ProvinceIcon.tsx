import styles from './ProvinceIcon.module.scss'
import { ProvinceEmblem } from './ProvinceEmblem'

/** The navigation's icon (top left, links to the dashboard): the emblem, named for screen readers. */
export const ProvinceIcon = ({ province }: { province: string }) => (
  <span className={styles.icon} title={province}>
    <ProvinceEmblem className={styles.emblem} />
    <span className={styles.hidden}>{province}</span>
  </span>
)
