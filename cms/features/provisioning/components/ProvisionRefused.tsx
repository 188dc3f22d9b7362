import styles from './ProvisionRefused.module.scss'
import { useProvisionText } from './provision-text'

/** What anyone but the province admin sees at /admin/provision: the title and why there is no form. */
export const ProvisionRefused = () => {
  const { text } = useProvisionText()
  return (
    <div className={`provision-view provision-view--refused ${styles.view}`}>
      <h1 className={styles.title}>{text.title}</h1>
      <p className="provision-view__refused" role="alert">
        {text.onlyProvince}
      </p>
    </div>
  )
}
