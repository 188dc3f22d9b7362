import type { ReactNode } from 'react'
import styles from './FormSection.module.scss'

/** One part of the form (the commune, its domains, its board): a titled group, with a line of help. */
export const FormSection = ({
  legend,
  hint,
  hintId,
  className,
  children,
}: {
  legend: string
  hint?: string
  /** Given when the hint describes the whole group to screen readers. */
  hintId?: string
  className?: string
  children: ReactNode
}) => (
  <fieldset className={className ? `${className} ${styles.section}` : styles.section} aria-describedby={hintId}>
    <legend className={styles.legend}>{legend}</legend>
    {hint ? (
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
    ) : null}
    {children}
  </fieldset>
)
