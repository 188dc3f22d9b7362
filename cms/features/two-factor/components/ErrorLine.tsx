import styles from './ErrorLine.module.scss'

/** The refusal of the last code, announced as soon as it shows (the code input points to it). */
export const ErrorLine = ({ error }: { error: string }) =>
  error ? (
    <p id="two-factor-error" role="alert" className={styles.error}>
      {error}
    </p>
  ) : null
