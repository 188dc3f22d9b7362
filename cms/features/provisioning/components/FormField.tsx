import type { ReactNode } from 'react'
import { FieldError } from './FieldError'
import styles from './FormField.module.scss'

/** Props of an input with its error (and hint) wired for screen readers. */
export const described = (id: string, error: string | undefined, hint?: boolean) => ({
  id,
  name: id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined,
})

/** One labelled control with its hint and, below it, its error (Payload's field classes give inputs the admin's look). */
export const FormField = ({
  id,
  label,
  error,
  required,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  required?: boolean
  hint?: string
  children: ReactNode
}) => (
  <div className={`field-type text provision-field${error ? ' error' : ''} ${styles.field}`} data-field={id}>
    <label className="field-label" htmlFor={id}>
      {label}
      {required ? <span className="required">*</span> : null}
    </label>
    <div className="field-type__wrap">{children}</div>
    {hint ? (
      <div className={`field-description ${styles.hint}`} id={`${id}-hint`}>
        {hint}
      </div>
    ) : null}
    {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
  </div>
)
