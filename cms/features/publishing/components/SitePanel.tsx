'use client'
import { Button, Pill, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { ClientField, GroupFieldClientProps } from 'payload'
import { useCallback, useEffect, useRef, useState } from 'react'
import { CommuneLifecycle } from '../../lifecycle/components/CommuneLifecycle'
import {
  formatDateTime,
  formatDuration,
  optionLabel,
  requestRebuild,
  SITE_STATE_PILL,
  useApiBase,
  useSiteText,
  type SiteData,
} from './site-text'

type Commune = {
  name?: string | null
  status?: string | null
  slug?: string | null
  domains?: { domain?: string | null }[] | null
  site?: SiteData | null
}

/** While a build is pending, the panel asks for the state this often, for at most this long. */
const POLL_MS = 2000
const POLL_FOR_MS = 10 * 60 * 1000
const PENDING = new Set(['queued', 'building'])

/**
 * The public address of the site, as sites/build.ts names it: the commune's first domain, else
 * <slug>.<SITES_DOMAIN> on the port the admin itself is reached on (one server serves both).
 */
const siteAddress = (
  commune: Commune,
  sitesDomain: string,
  location: { protocol: string; port: string } | null,
): string | null => {
  const domain = commune.domains?.find((d) => d.domain)?.domain
  if (domain) return `https://${domain}/`
  if (!commune.slug || !location) return null
  return `${location.protocol}//${commune.slug}.${sitesDomain}${location.port ? `:${location.port}` : ''}/`
}

const Row = ({ label, children, name }: { label: string; children: React.ReactNode; name: string }) => (
  <div
    className={`site-panel__row site-panel__${name}`}
    style={{
      display: 'flex',
      justifyContent: 'space-between',
      gap: 8,
      padding: '4px 0',
      borderBottom: '1px solid var(--theme-elevation-100)',
    }}
  >
    <span style={{ color: 'var(--theme-elevation-600)' }}>{label}</span>
    <span className="site-panel__value" style={{ textAlign: 'right', fontWeight: 500 }}>
      {children}
    </span>
  </div>
)

/**
 * The commune's website in the edit view's sidebar (the `site` group's Field): its state, how
 * the last build went and, when it failed, why; a link to the live site; and for the province
 * admin a button that rebuilds it, and the commune's suspend / resume / delete controls
 * (CommuneLifecycle). The build workers write the state: the panel reads it again while a build
 * is pending, so the user watches it go from queued to live without reloading.
 */
export const SitePanel = ({ field, sitesDomain = 'localhost' }: GroupFieldClientProps & { sitesDomain?: string }) => {
  const { text, lang, i18n } = useSiteText()
  const apiBase = useApiBase()
  const { user } = useAuth<{ globalRole?: string | null }>()
  const { id, data } = useDocumentInfo()
  const [commune, setCommune] = useState<Commune>((data ?? {}) as Commune)
  const [location, setLocation] = useState<{ protocol: string; port: string } | null>(null)
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null)
  const [sending, setSending] = useState(false)
  /** Following a build: until when, and the build count that means it is done. */
  const [follow, setFollow] = useState<{ until: number; builds: number } | null>(null)
  const mounted = useRef(true)

  const site = commune.site ?? {}
  const state = site.state || 'none'
  const stateField = field.fields.find((f: ClientField) => 'name' in f && f.name === 'state')
  const stateOptions = stateField && stateField.type === 'select' ? stateField.options : undefined
  const isProvinceAdmin = user?.globalRole === 'province-admin'

  useEffect(() => {
    mounted.current = true
    setLocation({ protocol: window.location.protocol, port: window.location.port })
    return () => {
      mounted.current = false
    }
  }, [])
  // The document saved again (its data replaced): show what it now says.
  useEffect(() => {
    if (data) setCommune(data as Commune)
  }, [data])

  const reload = useCallback(async (): Promise<Commune | null> => {
    if (id === undefined) return null
    const response = await fetch(`${apiBase}/communes/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
    }).catch(() => null)
    if (!response?.ok) return null
    const doc = (await response.json()) as Commune
    if (mounted.current)
      setCommune((previous) => ({ ...previous, slug: doc.slug, domains: doc.domains, site: doc.site }))
    return doc
  }, [apiBase, id])

  // A build pending when the page opened: follow it until it ends.
  const startedPending = useRef(PENDING.has(state))
  useEffect(() => {
    if (startedPending.current) setFollow({ until: Date.now() + POLL_FOR_MS, builds: 0 })
  }, [])
  useEffect(() => {
    if (!follow) return
    const timer = setInterval(() => {
      if (Date.now() > follow.until) return setFollow(null)
      void reload().then((doc) => {
        const done = doc && !PENDING.has(doc.site?.state ?? 'none') && (doc.site?.builds ?? 0) >= follow.builds
        if (done && mounted.current) setFollow(null)
      })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [follow, reload])

  const rebuild = async () => {
    if (id === undefined) return
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const result = await requestRebuild(apiBase, { scope: 'commune', id }, lang, text)
    if (!mounted.current) return
    setSending(false)
    setAnswer(result)
    // The queued state shows at once; the build is done when the count has grown.
    if (result.ok) {
      const builds = site.builds ?? 0
      await reload()
      setFollow({ until: Date.now() + POLL_FOR_MS, builds: builds + 1 })
    }
  }

  const address = siteAddress(commune, sitesDomain, location)
  return (
    <div className="site-panel field-type" data-state={state} style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label" style={{ marginBottom: 6 }}>
        {text.website}
      </div>
      <div className="site-panel__state" style={{ marginBottom: 6 }}>
        <Pill pillStyle={SITE_STATE_PILL[state] ?? 'light'}>{optionLabel(stateOptions, state, i18n)}</Pill>
      </div>
      {id === undefined ? (
        <p style={{ color: 'var(--theme-elevation-600)' }}>{text.notSaved}</p>
      ) : (
        <>
          <Row label={text.liveSince} name="live-since">
            {formatDateTime(site.liveSince) || '—'}
          </Row>
          <Row label={text.lastBuild} name="last-build">
            {formatDuration(site.lastBuildMs, lang, text) || '—'}
          </Row>
          <Row label={text.pages} name="pages">
            {site.pages ?? '—'}
          </Row>
          <Row label={text.builds} name="builds">
            {site.builds ?? 0}
          </Row>
          {site.error ? (
            <div
              className="site-panel__error"
              role="alert"
              style={{
                marginTop: 8,
                padding: 8,
                borderRadius: 4,
                background: 'var(--theme-error-50)',
                border: '1px solid var(--theme-error-200)',
              }}
            >
              <strong style={{ color: 'var(--theme-error-700)' }}>
                {state === 'failed' ? text.error : text.previousFailed}
              </strong>
              <pre
                className="site-panel__error-text"
                style={{
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-word',
                  margin: '4px 0',
                  fontSize: 12,
                  maxHeight: 240,
                  overflow: 'auto',
                }}
              >
                {site.error}
              </pre>
              {site.errorPage ? (
                <div className="site-panel__error-page">
                  {text.errorPage}: <code>{site.errorPage}</code>
                </div>
              ) : null}
            </div>
          ) : null}
          {address ? (
            <p style={{ margin: '10px 0 0' }}>
              <a className="site-panel__link" href={address} target="_blank" rel="noopener noreferrer">
                {text.openSite} ↗
              </a>
              <br />
              <small style={{ color: 'var(--theme-elevation-600)', wordBreak: 'break-all' }}>{address}</small>
            </p>
          ) : null}
          {isProvinceAdmin ? (
            <Button
              id="site-panel-rebuild"
              buttonStyle="secondary"
              size="small"
              type="button"
              disabled={sending}
              onClick={() => void rebuild()}
              margin={false}
              className="site-panel__rebuild"
            >
              {text.rebuildThis}
            </Button>
          ) : null}
          {answer ? (
            <p
              className="site-panel__message"
              role="status"
              data-ok={String(answer.ok)}
              style={{ marginTop: 8, color: answer.ok ? 'var(--theme-success-750)' : 'var(--theme-error-600)' }}
            >
              {answer.message}
            </p>
          ) : null}
          {isProvinceAdmin ? (
            <CommuneLifecycle
              id={id}
              commune={commune}
              onChanged={(doc) => setCommune((previous) => ({ ...previous, ...doc }))}
            />
          ) : null}
        </>
      )}
    </div>
  )
}
