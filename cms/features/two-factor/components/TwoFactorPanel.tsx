'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'
import { messageOf, UI } from './ui-text'

type Setup = { secret: string; qr: string }

/** The account's own page: enrol (QR, confirm, recovery codes shown once) or disable. */
export const TwoFactorPanel = ({
  enabled,
  recoveryCodesLeft,
  enrolmentRequired,
  email,
}: {
  enabled: boolean
  recoveryCodesLeft: number
  enrolmentRequired: boolean
  email: string
}) => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}/users/two-factor`
  const [setup, setSetup] = useState<Setup | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [value, setValue] = useState('')
  const [recovery, setRecovery] = useState(false)
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)

  const post = async (path: string, body?: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })

  const start = async () => {
    setBusy(true)
    setError('')
    const response = await post('/setup')
    setBusy(false)
    if (!response.ok) return setError(await messageOf(response))
    setSetup((await response.json()) as Setup)
  }

  const confirm = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    const response = await post('/confirm', { code: value })
    setBusy(false)
    setValue('')
    if (!response.ok) return setError(await messageOf(response))
    setCodes(((await response.json()) as { recoveryCodes: string[] }).recoveryCodes)
  }

  const disable = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    const response = await post('/disable', recovery ? { recoveryCode: value } : { code: value })
    setBusy(false)
    setValue('')
    if (!response.ok) return setError(await messageOf(response))
    setNotice(UI.disabled)
    window.location.reload()
  }

  const errorLine = error ? (
    <p id="two-factor-error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
      {error}
    </p>
  ) : null

  const codeInput = (label: string) => (
    <div className="field-type text" style={{ maxWidth: '20rem' }}>
      <label className="field-label" htmlFor="two-factor-code">
        {label}
      </label>
      <input
        id="two-factor-code"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="one-time-code"
        required
        aria-describedby={error ? 'two-factor-error' : undefined}
      />
    </div>
  )

  return (
    <section id="two-factor-panel" style={{ display: 'grid', gap: '1rem', maxWidth: '44rem', paddingBlock: '2rem' }}>
      <h1 style={{ margin: 0 }}>
        {UI.title}: {enabled && !codes ? UI.on : codes ? UI.on : UI.off}
      </h1>
      <p style={{ margin: 0 }}>{UI.intro}</p>
      <p style={{ margin: 0 }}>
        {UI.account} <strong>{email}</strong>
      </p>
      {enrolmentRequired && !codes ? (
        <p role="status" style={{ margin: 0, fontWeight: 600 }}>
          {UI.required}
        </p>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      {codes ? (
        <div id="two-factor-recovery-codes">
          <h2>{UI.codesTitle}</h2>
          <p>{UI.codesIntro}</p>
          <ol style={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2 }}>
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button
              buttonStyle="secondary"
              margin={false}
              onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}
            >
              {UI.copy}
            </Button>
            <Button
              id="two-factor-codes-done"
              buttonStyle="primary"
              margin={false}
              onClick={() => window.location.assign(config.routes.admin)}
            >
              {UI.codesDone}
            </Button>
          </div>
        </div>
      ) : enabled ? (
        <form id="two-factor-disable" onSubmit={(e) => void disable(e)} style={{ display: 'grid', gap: '0.75rem' }}>
          <p style={{ margin: 0 }}>{UI.codesLeft(recoveryCodesLeft)}</p>
          <h2 style={{ margin: 0 }}>{UI.disableTitle}</h2>
          <p style={{ margin: 0 }}>{UI.disableIntro}</p>
          {codeInput(recovery ? UI.recoveryLabel : UI.codeLabel)}
          {errorLine}
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <Button type="submit" buttonStyle="primary" margin={false} disabled={busy}>
              {UI.disable}
            </Button>
            <Button buttonStyle="secondary" margin={false} onClick={() => setRecovery(!recovery)}>
              {recovery ? UI.useCode : UI.useRecovery}
            </Button>
          </div>
        </form>
      ) : setup ? (
        <form id="two-factor-confirm" onSubmit={(e) => void confirm(e)} style={{ display: 'grid', gap: '0.75rem' }}>
          <p style={{ margin: 0 }}>{UI.scan}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data: SVG made by the server */}
          <img
            id="two-factor-qr"
            src={setup.qr}
            alt={`Mã QR cài đặt xác thực hai bước cho ${email}`}
            width={220}
            height={220}
            style={{ background: '#fff', padding: 8 }}
          />
          <p style={{ margin: 0 }}>
            {UI.manual}{' '}
            <code id="two-factor-secret" style={{ wordBreak: 'break-all' }}>
              {setup.secret}
            </code>
          </p>
          <p style={{ margin: 0 }}>{UI.confirmStep}</p>
          {codeInput(UI.codeLabel)}
          {errorLine}
          <Button type="submit" buttonStyle="primary" margin={false} disabled={busy}>
            {UI.confirm}
          </Button>
        </form>
      ) : (
        <div>
          {errorLine}
          <Button
            id="two-factor-start"
            buttonStyle="primary"
            margin={false}
            disabled={busy}
            onClick={() => void start()}
          >
            {UI.start}
          </Button>
        </div>
      )}
    </section>
  )
}
