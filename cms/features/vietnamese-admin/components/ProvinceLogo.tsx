import styles from './ProvinceLogo.module.scss'
import { ProvinceEmblem } from './ProvinceEmblem'

/** The login page's logo: the emblem, the platform's name and the province's (replaces Payload's). */
export const ProvinceLogo = ({ province, platform }: { province: string; platform: string }) => (
  <div className={styles.logo}>
    <ProvinceEmblem className={styles.emblem} />
    <div className={styles.names}>
      <span className={styles.platform}>{platform}</span>
      <span className={styles.province}>{province}</span>
    </div>
  </div>
)
