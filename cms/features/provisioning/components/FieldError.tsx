import styles from './FieldError.module.scss'

/** The error under an input, announced as soon as it shows. */
export const FieldError = ({ id, children }: { id: string; children: string }) => (
  <p className={`provision-form__error ${styles.error}`} id={id} role="alert">
    {children}
  </p>
)
