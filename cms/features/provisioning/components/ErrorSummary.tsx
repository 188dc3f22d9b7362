import styles from './ErrorSummary.module.scss'
import { useProvisionText } from './provision-text'

/** Above the form after a refusal: "correct the marked fields", and the errors that belong to no field. */
export const ErrorSummary = ({ general }: { general: string[] }) => {
  const { text } = useProvisionText()
  return (
    <div className={`provision-form__summary ${styles.summary}`} role="alert">
      <strong className={styles.title}>{text.fixErrors}</strong>
      {general.map((message) => (
        <p key={message} className={`provision-form__general-error ${styles.message}`}>
          {message}
        </p>
      ))}
    </div>
  )
}
