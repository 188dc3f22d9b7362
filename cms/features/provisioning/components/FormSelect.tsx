import type { ReactNode } from 'react'
import { described } from './FormField'
import styles from './FormSelect.module.scss'

/** A select with the look of Payload's text inputs beside it (Payload styles no bare select), red when refused. */
export const FormSelect = ({
  id,
  error,
  hint,
  value,
  disabled,
  onChange,
  children,
}: {
  id: string
  error: string | undefined
  /** The field shows a hint (FormField's `hint`), read with the select. */
  hint?: boolean
  value: string
  disabled?: boolean
  onChange: (value: string) => void
  children: ReactNode
}) => (
  <select
    {...described(id, error, hint)}
    value={value}
    disabled={disabled}
    onChange={(e) => onChange(e.target.value)}
    className={error ? `${styles.control} ${styles.invalid}` : styles.control}
  >
    {children}
  </select>
)
