'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { sendJson } from '../../../admin-ui/send-json'
import { useApiBase } from '../../../admin-ui/use-api-base'
import styles from './LoginCodeForm.module.scss'
import { messageOf, UI } from './ui-text'
import { useHydrated } from '../../../admin-ui/use-hydrated'

/** The login's second step: the challenge is in an HttpOnly cookie; the person types the code. */
export const LoginCodeForm = () => {
  const { config } = useConfig()
  const api = useApiBase()
  const [recovery, setRecovery] = useState(false)
  const [value, setValue] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)
  const hydrated = useHydrated()
  // The code is the only thing this step asks for: the cursor starts in it, as it did with the
  // autoFocus attribute (which the a11y lint refuses in general, for pages that ask more).
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    setError('')
    const response = await sendJson(`${api}/users/login/2fa`, recovery ? { recoveryCode: value } : { code: value })
    if (response.ok) {
      window.location.assign(config.routes.admin)
      return
    }
    setSending(false)
    setValue('')
    const message = await messageOf(response)
    if (response.status === 401 || response.status === 400) setError(message)
    else window.location.assign(`${config.routes.admin}/login`)
  }

  const back = async () => {
    await fetch(`${api}/users/login/2fa/cancel`, { method: 'POST', credentials: 'include' })
    window.location.assign(`${config.routes.admin}/login`)
  }

  return (
    <form id="two-factor-login" onSubmit={(e) => void submit(e)} className={styles.form}>
      <h1 className={styles.text}>{UI.loginTitle}</h1>
      <p className={styles.text}>{UI.loginIntro}</p>
      <div className="field-type text">
        <label className="field-label" htmlFor="two-factor-code">
          {recovery ? UI.recoveryLabel : UI.codeLabel}
        </label>
        <input
          ref={input}
          id="two-factor-code"
          name="code"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          pattern={recovery ? undefined : '[0-9 ]{6,7}'}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'two-factor-error' : undefined}
        />
      </div>
      {error ? (
        <p id="two-factor-error" role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <Button type="submit" buttonStyle="primary" margin={false} disabled={sending || !hydrated}>
        {UI.verify}
      </Button>
      <Button
        buttonStyle="secondary"
        margin={false}
        onClick={() => {
          setRecovery(!recovery)
          setValue('')
          setError('')
        }}
      >
        {recovery ? UI.useCode : UI.useRecovery}
      </Button>
      <button type="button" className={`btn btn--style-none ${styles.back}`} onClick={() => void back()}>
        {UI.backToLogin}
      </button>
    </form>
  )
}
