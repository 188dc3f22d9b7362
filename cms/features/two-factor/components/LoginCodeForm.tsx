'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'
import { messageOf, UI } from './ui-text'

/** The login's second step: the challenge is in an HttpOnly cookie; the person types the code. */
export const LoginCodeForm = () => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [recovery, setRecovery] = useState(false)
  const [value, setValue] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSending(true)
    setError('')
    const response = await fetch(`${api}/users/login/2fa`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(recovery ? { recoveryCode: value } : { code: value }),
    })
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
    <form
      id="two-factor-login"
      onSubmit={(e) => void submit(e)}
      style={{ display: 'grid', gap: '1rem', maxWidth: '28rem' }}
    >
      <h1 style={{ margin: 0 }}>{UI.loginTitle}</h1>
      <p style={{ margin: 0 }}>{UI.loginIntro}</p>
      <div className="field-type text">
        <label className="field-label" htmlFor="two-factor-code">
          {recovery ? UI.recoveryLabel : UI.codeLabel}
        </label>
        <input
          id="two-factor-code"
          name="code"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          pattern={recovery ? undefined : '[0-9 ]{6,7}'}
          required
          autoFocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'two-factor-error' : undefined}
        />
      </div>
      {error ? (
        <p id="two-factor-error" role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      ) : null}
      <Button type="submit" buttonStyle="primary" margin={false} disabled={sending}>
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
      <button
        type="button"
        className="btn btn--style-none"
        onClick={() => void back()}
        style={{
          justifySelf: 'start',
          textDecoration: 'underline',
          background: 'none',
          border: 0,
          padding: 0,
          cursor: 'pointer',
          color: 'inherit',
        }}
      >
        {UI.backToLogin}
      </button>
    </form>
  )
}
