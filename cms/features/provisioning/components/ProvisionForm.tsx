'use client'
import { Button, useConfig, useStepNav } from '@payloadcms/ui'
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type FormEvent,
  type ReactNode,
} from 'react'
import { useCommuneAdminText, type CommuneAdminText } from './commune-admin-text'
import { useApiBase } from '../../publishing/components/site-text'
import type { ProvisionResult } from '../provision'

type Role = 'chief' | 'editor' | 'contributor'
type CommuneType = 'xa' | 'phuong' | 'thi-tran'
type District = { id: number | string; name: string; code: string }
type DomainRow = { key: number; value: string }
type MemberRow = { key: number; name: string; email: string; role: Role }

/** The endpoint's answer (types only: nothing of the server module reaches the browser). */
type Result = ProvisionResult
type SiteState = { state: string; error?: string | null }

/** The site's state is read this often after provisioning, for at most this long. */
const POLL_MS = 2000
const POLL_FOR_MS = 10 * 60 * 1000
/** Still queued after this long: say that a build worker may be missing. */
const SLOW_AFTER_MS = 60_000

const TYPE_PREFIXES: [CommuneType, string][] = [
  ['thi-tran', 'thị trấn '],
  ['phuong', 'phường '],
  ['xa', 'xã '],
]
/** The type a name starts with, as the server reads it ("Phường Mỹ Bình" → phuong). */
const typeOfName = (name: string): CommuneType | undefined => {
  const lower = name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')
  return TYPE_PREFIXES.find(([, prefix]) => lower.startsWith(prefix))?.[0]
}

const roleLabel = (role: Role, text: CommuneAdminText) =>
  ({ chief: text.roleChief, editor: text.roleEditor, contributor: text.roleContributor })[role]

const controlStyle: CSSProperties = {
  width: '100%',
  height: 'calc(var(--base) * 2)',
  padding: '0 calc(var(--base) * 0.5)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  fontSize: '1rem',
  fontFamily: 'var(--font-body)',
}
const errorControlStyle: CSSProperties = { ...controlStyle, borderColor: 'var(--theme-error-500)' }
const sectionStyle: CSSProperties = { margin: '0 0 calc(var(--base) * 1.5)', padding: 0, border: 0 }
const legendStyle: CSSProperties = {
  fontSize: '1.15rem',
  fontWeight: 600,
  margin: '0 0 calc(var(--base) * 0.5)',
  padding: 0,
}
const hintStyle: CSSProperties = { color: 'var(--theme-elevation-600)', margin: '0 0 calc(var(--base) * 0.5)' }
const errorStyle: CSSProperties = { color: 'var(--theme-error-600)', margin: '4px 0 0', fontSize: '0.9rem' }
const gridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
  gap: 'calc(var(--base) * 0.75) var(--base)',
}

/** One labelled control with its hint and, below it, its error (Payload's field classes give inputs the admin's look). */
const Field = ({
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
  <div
    className={`field-type text provision-field${error ? ' error' : ''}`}
    data-field={id}
    style={{ marginBottom: 0 }}
  >
    <label className="field-label" htmlFor={id}>
      {label}
      {required ? <span className="required">*</span> : null}
    </label>
    <div className="field-type__wrap">{children}</div>
    {hint ? (
      <div
        className="field-description"
        id={`${id}-hint`}
        style={{ marginTop: 4, color: 'var(--theme-elevation-500)' }}
      >
        {hint}
      </div>
    ) : null}
    {error ? (
      <p className="provision-form__error" id={`${id}-error`} role="alert" style={errorStyle}>
        {error}
      </p>
    ) : null}
  </div>
)

/** A row's remove button, placed level with the inputs beside it (an empty label above it, as they have). */
const RowAction = ({ children }: { children: ReactNode }) => (
  <div className="field-type provision-form__row-action" style={{ marginBottom: 0 }}>
    <span className="field-label" aria-hidden="true">
      &nbsp;
    </span>
    <div style={{ height: 'calc(var(--base) * 2)', display: 'flex', alignItems: 'center' }}>{children}</div>
  </div>
)

/** Props of an input with its error wired for screen readers. */
const described = (id: string, error: string | undefined, hint?: boolean) => ({
  id,
  name: id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined,
})

/**
 * The province admin's "new commune" form (view /admin/provision, cms/components/ProvisionView.tsx):
 * the commune's facts, its domains and its editorial board, sent to POST /api/communes/provision.
 * Refusals come back per field, in Vietnamese, and are shown next to their field. Once done, it
 * shows the commune, the steps, the invitations (emailed, or a link to hand over, shown this once)
 * and follows the site's build until it is live.
 */
export const ProvisionForm = ({
  allowed,
  themes,
  sitesDomain,
}: {
  allowed: boolean
  themes: { number: number; name: string }[]
  sitesDomain: string
}) => {
  const { text } = useCommuneAdminText()
  const { config } = useConfig()
  const adminRoute = config.routes.admin
  const apiBase = useApiBase()
  const { setStepNav } = useStepNav()

  useEffect(() => {
    setStepNav([{ label: text.communes, url: `${adminRoute}/collections/communes` }, { label: text.title }])
  }, [setStepNav, text, adminRoute])

  const nextKey = useRef(1)
  const key = () => nextKey.current++
  const [name, setName] = useState('')
  const [type, setType] = useState<CommuneType>('xa')
  const [code, setCode] = useState('')
  const [district, setDistrict] = useState('')
  const [theme, setTheme] = useState('')
  const [domains, setDomains] = useState<DomainRow[]>(() => [{ key: 0, value: '' }])
  const [board, setBoard] = useState<MemberRow[]>(() => [{ key: 0, name: '', email: '', role: 'chief' }])
  const [districts, setDistricts] = useState<District[] | null>(null)
  const [districtsFailed, setDistrictsFailed] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string[]>([])
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  useEffect(() => {
    if (!allowed) return
    let cancelled = false
    fetch(`${apiBase}/districts?limit=0&depth=0&sort=code`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { docs: District[] }) => !cancelled && setDistricts(body.docs))
      .catch(() => !cancelled && setDistrictsFailed(true))
    return () => {
      cancelled = true
    }
  }, [apiBase, allowed])

  if (!allowed)
    return (
      <div className="provision-view provision-view--refused" style={{ padding: 'var(--base) 0' }}>
        <h1 style={{ marginBottom: 'var(--base)' }}>{text.title}</h1>
        <p className="provision-view__refused" role="alert">
          {text.onlyProvince}
        </p>
      </div>
    )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    // Blank rows are not sent; the server names rows by their index in what was sent.
    const sentDomains = domains.filter((d) => d.value.trim())
    const sentBoard = board.filter((m) => m.name.trim() || m.email.trim())
    const body = {
      name,
      type,
      code,
      district,
      theme: theme ? Number(theme) : '',
      domains: sentDomains.map((d) => d.value.trim()),
      board: sentBoard.map(({ name: memberName, email, role }) => ({ name: memberName, email, role })),
    }
    setSending(true)
    setErrors({})
    setGeneral([])
    let response: Response
    try {
      response = await fetch(`${apiBase}/communes/provision`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    } catch {
      setSending(false)
      setGeneral([text.networkError])
      return
    }
    const answer = (await response.json().catch(() => null)) as
      | (Result & { errors?: { field?: string; message?: string }[] })
      | null
    setSending(false)
    if (response.ok && answer?.commune) {
      setResult(answer)
      window.scrollTo({ top: 0 })
      return
    }
    const byField: Record<string, string> = {}
    const rest: string[] = []
    const add = (id: string, message: string) => (byField[id] = byField[id] ? `${byField[id]} ${message}` : message)
    for (const e of answer?.errors ?? []) {
      const message = e.message || ''
      const field = e.field ?? ''
      const domain = /^domains\[(\d+)\]$/.exec(field)
      const member = /^board\[(\d+)\]\.(name|email|role)$/.exec(field)
      if (['name', 'type', 'code', 'district', 'theme'].includes(field)) add(`provision-${field}`, message)
      else if (domain && sentDomains[Number(domain[1])])
        add(`provision-domain-${domains.indexOf(sentDomains[Number(domain[1])]!)}`, message)
      else if (field === 'domains') add('provision-domains', message)
      else if (member && sentBoard[Number(member[1])])
        add(`provision-member-${board.indexOf(sentBoard[Number(member[1])]!)}-${member[2]}`, message)
      else if (message) rest.push(message)
    }
    if (!Object.keys(byField).length && !rest.length) rest.push(`${text.networkError} (HTTP ${response.status})`)
    setErrors(byField)
    setGeneral(rest)
    // The first field to correct gets the focus (its error is read with it).
    const first = Object.keys(byField)[0]
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus())
  }

  const reset = () => {
    setResult(null)
    setName('')
    setType('xa')
    setCode('')
    setDistrict('')
    setTheme('')
    setDomains([{ key: key(), value: '' }])
    setBoard([{ key: key(), name: '', email: '', role: 'chief' }])
    setErrors({})
    setGeneral([])
  }

  if (result) return <ProvisionResultPanel result={result} sitesDomain={sitesDomain} onAnother={reset} />

  const hasErrors = Object.keys(errors).length > 0 || general.length > 0
  return (
    <div className="provision-view" style={{ padding: 'var(--base) 0 calc(var(--base) * 3)', maxWidth: 1100 }}>
      <h1 style={{ marginBottom: 'calc(var(--base) * 0.5)' }}>{text.title}</h1>
      <p style={{ ...hintStyle, maxWidth: 820, marginBottom: 'calc(var(--base) * 1.5)' }}>{text.intro}</p>
      <form className="provision-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={sending}>
        {hasErrors ? (
          <div
            className="provision-form__summary"
            role="alert"
            style={{
              margin: '0 0 var(--base)',
              padding: 'calc(var(--base) * 0.5) calc(var(--base) * 0.75)',
              borderRadius: 4,
              background: 'var(--theme-error-50)',
              border: '1px solid var(--theme-error-200)',
            }}
          >
            <strong style={{ color: 'var(--theme-error-700)' }}>{text.fixErrors}</strong>
            {general.map((message) => (
              <p key={message} className="provision-form__general-error" style={{ margin: '4px 0 0' }}>
                {message}
              </p>
            ))}
          </div>
        ) : null}

        <fieldset style={sectionStyle}>
          <legend style={legendStyle}>{text.unitSection}</legend>
          <div style={gridStyle}>
            <Field id="provision-name" label={text.name} error={errors['provision-name']} required>
              <input
                {...described('provision-name', errors['provision-name'])}
                type="text"
                value={name}
                placeholder={text.namePlaceholder}
                autoComplete="off"
                onChange={(e) => {
                  setName(e.target.value)
                  const named = typeOfName(e.target.value)
                  if (named) setType(named)
                }}
              />
            </Field>
            <Field id="provision-type" label={text.type} error={errors['provision-type']} required>
              <select
                {...described('provision-type', errors['provision-type'])}
                value={type}
                onChange={(e) => setType(e.target.value as CommuneType)}
                style={errors['provision-type'] ? errorControlStyle : controlStyle}
              >
                <option value="xa">{text.typeXa}</option>
                <option value="phuong">{text.typePhuong}</option>
                <option value="thi-tran">{text.typeThiTran}</option>
              </select>
            </Field>
            <Field id="provision-code" label={text.code} error={errors['provision-code']} required hint={text.codeHint}>
              <input
                {...described('provision-code', errors['provision-code'], true)}
                type="text"
                inputMode="numeric"
                maxLength={5}
                value={code}
                autoComplete="off"
                onChange={(e) => setCode(e.target.value)}
              />
            </Field>
            <Field
              id="provision-district"
              label={text.district}
              error={errors['provision-district'] ?? (districtsFailed ? text.districtsFailed : undefined)}
              required
            >
              <select
                {...described('provision-district', errors['provision-district'])}
                value={district}
                disabled={!districts}
                onChange={(e) => setDistrict(e.target.value)}
                style={errors['provision-district'] ? errorControlStyle : controlStyle}
              >
                <option value="">{text.chooseDistrict}</option>
                {(districts ?? []).map((d) => (
                  <option key={d.id} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="provision-theme" label={text.theme} error={errors['provision-theme']} required>
              <select
                {...described('provision-theme', errors['provision-theme'])}
                value={theme}
                onChange={(e) => setTheme(e.target.value)}
                style={errors['provision-theme'] ? errorControlStyle : controlStyle}
              >
                <option value="">{text.chooseTheme}</option>
                {themes.map((t) => (
                  <option key={t.number} value={String(t.number)}>
                    {t.number}. {t.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset style={sectionStyle} className="provision-form__domains" aria-describedby="provision-domains-hint">
          <legend style={legendStyle}>{text.domainsSection}</legend>
          <p id="provision-domains-hint" style={hintStyle}>
            {text.domainsHint}
          </p>
          {errors['provision-domains'] ? (
            <p className="provision-form__error" id="provision-domains-error" role="alert" style={errorStyle}>
              {errors['provision-domains']}
            </p>
          ) : null}
          {domains.map((row, i) => (
            <div
              key={row.key}
              className="provision-form__domain-row"
              style={{
                display: 'flex',
                alignItems: 'flex-start',
                gap: 'var(--base)',
                marginBottom: 'calc(var(--base) * 0.5)',
                maxWidth: 720,
              }}
            >
              <div style={{ flex: 1 }}>
                <Field
                  id={`provision-domain-${i}`}
                  label={`${text.domain} ${i + 1}`}
                  error={errors[`provision-domain-${i}`]}
                >
                  <input
                    {...described(`provision-domain-${i}`, errors[`provision-domain-${i}`])}
                    type="text"
                    value={row.value}
                    placeholder={text.domainPlaceholder}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) =>
                      setDomains((rows) => rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))
                    }
                  />
                </Field>
              </div>
              <RowAction>
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  className="provision-form__remove-domain"
                  aria-label={`${text.remove}: ${text.domain} ${i + 1}`}
                  onClick={() => setDomains((rows) => rows.filter((r) => r.key !== row.key))}
                >
                  {text.remove}
                </Button>
              </RowAction>
            </div>
          ))}
          <Button
            id="provision-add-domain"
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() => setDomains((rows) => [...rows, { key: key(), value: '' }])}
          >
            + {text.addDomain}
          </Button>
        </fieldset>

        <fieldset style={sectionStyle} className="provision-form__board">
          <legend style={legendStyle}>{text.boardSection}</legend>
          <p style={hintStyle}>{text.boardHint}</p>
          {board.map((row, i) => {
            const id = `provision-member-${i}`
            const set = (patch: Partial<MemberRow>) =>
              setBoard((rows) => rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))
            return (
              <div
                key={row.key}
                className="provision-form__member-row"
                role="group"
                aria-label={`${text.boardSection} ${i + 1}`}
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'minmax(180px, 1.2fr) minmax(200px, 1.2fr) minmax(180px, 1fr) auto',
                  alignItems: 'start',
                  gap: 'var(--base)',
                  marginBottom: 'calc(var(--base) * 0.75)',
                }}
              >
                <Field id={`${id}-name`} label={text.memberName} error={errors[`${id}-name`]}>
                  <input
                    {...described(`${id}-name`, errors[`${id}-name`])}
                    type="text"
                    value={row.name}
                    autoComplete="off"
                    onChange={(e) => set({ name: e.target.value })}
                  />
                </Field>
                <Field id={`${id}-email`} label={text.memberEmail} error={errors[`${id}-email`]}>
                  <input
                    {...described(`${id}-email`, errors[`${id}-email`])}
                    type="email"
                    value={row.email}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(e) => set({ email: e.target.value })}
                  />
                </Field>
                <Field id={`${id}-role`} label={text.memberRole} error={errors[`${id}-role`]}>
                  <select
                    {...described(`${id}-role`, errors[`${id}-role`])}
                    value={row.role}
                    onChange={(e) => set({ role: e.target.value as Role })}
                    style={errors[`${id}-role`] ? errorControlStyle : controlStyle}
                  >
                    <option value="chief">{text.roleChief}</option>
                    <option value="editor">{text.roleEditor}</option>
                    <option value="contributor">{text.roleContributor}</option>
                  </select>
                </Field>
                <RowAction>
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    margin={false}
                    className="provision-form__remove-member"
                    aria-label={`${text.remove}: ${text.boardSection} ${i + 1}`}
                    onClick={() => setBoard((rows) => rows.filter((r) => r.key !== row.key))}
                  >
                    {text.remove}
                  </Button>
                </RowAction>
              </div>
            )
          })}
          <Button
            id="provision-add-member"
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() =>
              setBoard((rows) => [...rows, { key: key(), name: '', email: '', role: rows.length ? 'editor' : 'chief' }])
            }
          >
            + {text.addMember}
          </Button>
        </fieldset>

        <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)' }}>
          <Button id="provision-submit" type="submit" buttonStyle="primary" margin={false} disabled={sending}>
            {text.submit}
          </Button>
          {sending ? (
            <span className="provision-form__sending" role="status">
              {text.submitting}
            </span>
          ) : null}
        </div>
      </form>
    </div>
  )
}

/** The site's public address, as the site panel gives it: <slug>.<SITES_DOMAIN> on the admin's own port. */
const slugAddress = (slug: string, sitesDomain: string): string | null => {
  if (typeof window === 'undefined') return null
  const { protocol, port } = window.location
  return `${protocol}//${slug}.${sitesDomain}${port ? `:${port}` : ''}/`
}

const CopyButton = ({ value, text, label }: { value: string; text: CommuneAdminText; label: string }) => {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const inputId = useId()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      // No clipboard API (an insecure origin): select the text so that Ctrl+C copies it.
      const input = document.getElementById(inputId) as HTMLInputElement | null
      input?.select()
      setState(document.execCommand?.('copy') ? 'copied' : 'failed')
    }
  }
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <span className="field-type text" style={{ flex: '1 1 340px', minWidth: 240 }}>
        <input
          id={inputId}
          className="provision-result__link"
          type="text"
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.target.select()}
          style={{ fontFamily: 'var(--font-mono, monospace)', fontSize: 13 }}
        />
      </span>
      <Button
        className="provision-result__copy"
        buttonStyle="secondary"
        size="small"
        margin={false}
        onClick={() => void copy()}
      >
        {state === 'copied' ? `✓ ${text.copied}` : text.copy}
      </Button>
      {state === 'failed' ? (
        <span role="alert" style={{ color: 'var(--theme-error-600)' }}>
          {text.copyFailed}
        </span>
      ) : null}
    </span>
  )
}

const ProvisionResultPanel = ({
  result,
  sitesDomain,
  onAnother,
}: {
  result: Result
  sitesDomain: string
  onAnother: () => void
}) => {
  const { text } = useCommuneAdminText()
  const { config } = useConfig()
  const apiBase = useApiBase()
  const [site, setSite] = useState<SiteState>({ state: 'queued' })
  const [slow, setSlow] = useState(false)
  const [address, setAddress] = useState<string | null>(null)
  const { commune, invitations } = result
  const links = invitations.filter((i) => i.link)
  // The first own domain, when one was given (the endpoint's siteUrl is then https://<domain>/).
  const domains = result.siteUrl.startsWith('https://') ? [result.siteUrl] : []

  useEffect(() => setAddress(slugAddress(commune.slug, sitesDomain)), [commune.slug, sitesDomain])

  const read = useCallback(async (): Promise<SiteState | null> => {
    const response = await fetch(`${apiBase}/communes/${encodeURIComponent(String(commune.id))}?depth=0`, {
      credentials: 'include',
    }).catch(() => null)
    if (!response?.ok) return null
    const doc = (await response.json()) as { site?: { state?: string | null; error?: string | null } | null }
    return { state: doc.site?.state || 'none', error: doc.site?.error }
  }, [apiBase, commune.id])

  // Follows the build the provisioning queued until the site is live (or its build failed).
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = Date.now()
    const tick = async () => {
      const now = await read()
      if (stopped) return
      if (now) setSite(now)
      if (now && (now.state === 'live' || now.state === 'failed')) return
      if (Date.now() - started > SLOW_AFTER_MS) setSlow(true)
      if (Date.now() - started < POLL_FOR_MS) timer = setTimeout(() => void tick(), POLL_MS)
    }
    void tick()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [read])

  const live = site.state === 'live'
  const stateText = live
    ? text.siteLive
    : site.state === 'failed'
      ? text.siteFailed
      : site.state === 'building'
        ? text.siteBuilding
        : text.siteQueued
  const box = (tone: 'success' | 'warning' | 'error'): CSSProperties => ({
    margin: '0 0 var(--base)',
    padding: 'calc(var(--base) * 0.5) calc(var(--base) * 0.75)',
    borderRadius: 4,
    background: `var(--theme-${tone}-50)`,
    border: `1px solid var(--theme-${tone}-200)`,
  })
  return (
    <section
      className="provision-result"
      aria-labelledby="provision-result-title"
      style={{ padding: 'var(--base) 0 calc(var(--base) * 3)', maxWidth: 1100 }}
    >
      <h1
        id="provision-result-title"
        className="provision-result__title"
        style={{ marginBottom: 'calc(var(--base) * 0.5)' }}
      >
        {result.created ? text.created : text.existing}: {commune.name}
      </h1>
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', margin: '0 0 var(--base)' }}>
        <a
          className="provision-result__admin"
          href={`${config.routes.admin}/collections/communes/${encodeURIComponent(String(commune.id))}`}
        >
          {text.openAdmin}
        </a>
        {address ? (
          <a className="provision-result__site" href={address} target="_blank" rel="noopener noreferrer">
            {text.openSite}: {address} ↗
          </a>
        ) : null}
        {domains.map((url) => (
          <span key={url}>
            {text.officialDomain}:{' '}
            <a className="provision-result__domain" href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </a>
          </span>
        ))}
      </p>

      <div
        className="provision-result__site-state"
        data-state={site.state}
        role="status"
        style={box(live ? 'success' : site.state === 'failed' ? 'error' : 'warning')}
      >
        <strong>
          {text.siteState}: {stateText}
        </strong>
        {site.state === 'failed' && site.error ? (
          <pre style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0', fontSize: 12 }}>{site.error}</pre>
        ) : null}
        {slow && !live && site.state !== 'failed' ? <p style={{ margin: '4px 0 0' }}>{text.siteSlow}</p> : null}
      </div>

      {result.warnings?.length ? (
        <div className="provision-result__warnings" style={box('warning')}>
          <strong>{text.warnings}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2 style={{ fontSize: '1.15rem', margin: 'var(--base) 0 calc(var(--base) * 0.5)' }}>{text.invitations}</h2>
      {links.length ? (
        <p className="provision-result__once" role="note" style={{ ...box('warning'), fontWeight: 500 }}>
          ⚠ {text.linkOnce}
        </p>
      ) : null}
      {invitations.length ? (
        <table
          className="provision-result__invitations table"
          style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 'var(--base)' }}
        >
          <thead>
            <tr>
              {[text.memberName, text.memberEmail, text.memberRole, ''].map((h, i) => (
                <th
                  key={i}
                  style={{
                    textAlign: 'left',
                    padding: '6px 8px',
                    borderBottom: '1px solid var(--theme-elevation-150)',
                  }}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {invitations.map((inv) => (
              <tr
                key={inv.email}
                className="provision-result__invitation"
                data-email={inv.email}
                data-emailed={String(inv.emailed)}
              >
                <td style={{ padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }}>{inv.name}</td>
                <td style={{ padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                  {inv.email}
                </td>
                <td style={{ padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                  {roleLabel(inv.role, text)}
                </td>
                <td style={{ padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', width: '50%' }}>
                  {inv.link ? (
                    <CopyButton value={inv.link} text={text} label={`${inv.name} <${inv.email}>`} />
                  ) : (
                    <span className="provision-result__emailed">✓ {text.emailed}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={hintStyle}>{text.noInvitations}</p>
      )}

      <h2 style={{ fontSize: '1.15rem', margin: 'var(--base) 0 calc(var(--base) * 0.5)' }}>{text.steps}</h2>
      <ol className="provision-result__steps" style={{ margin: '0 0 var(--base)', paddingLeft: 24 }}>
        {result.steps.map((step, i) => (
          <li key={i} style={{ marginBottom: 2 }}>
            {step}
          </li>
        ))}
      </ol>

      <Button id="provision-another" buttonStyle="secondary" margin={false} onClick={onAnother}>
        {text.another}
      </Button>
    </section>
  )
}
