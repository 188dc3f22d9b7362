import styles from './CodeInput.module.scss'

/** The code (from the app, or a recovery code) asked for to confirm or to disable two-factor sign-in. */
export const CodeInput = ({
  label,
  value,
  onChange,
  error,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  error: string
}) => (
  <div className={`field-type text ${styles.field}`}>
    <label className="field-label" htmlFor="two-factor-code">
      {label}
    </label>
    <input
      id="two-factor-code"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoComplete="one-time-code"
      required
      aria-describedby={error ? 'two-factor-error' : undefined}
    />
  </div>
)
