'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { useCommuneAdminText } from '../../provisioning/components/commune-admin-text'
import { requestRebuild, useApiBase, useSiteText, type RebuildAnswer } from './site-text'

type District = { id: number | string; name: string }

/** After a rebuild is queued, the list is read again this much later to show the new states. */
const REFRESH_AFTER_MS = 1500

/**
 * Above the communes list, for the province admin only: rebuild every site (after a
 * confirmation: it is minutes of work) or the sites of one district, and the way to the "new
 * commune" form (/admin/provision). Other roles see nothing; the endpoints refuse them anyway.
 */
export const RebuildPanel = () => {
  const { text, lang } = useSiteText()
  const { text: communeText } = useCommuneAdminText()
  const { config } = useConfig()
  const apiBase = useApiBase()
  const router = useRouter()
  const { user } = useAuth<{ globalRole?: string | null }>()
  const isProvinceAdmin = user?.globalRole === 'province-admin'
  const [districts, setDistricts] = useState<District[] | null>(null)
  const [districtsFailed, setDistrictsFailed] = useState(false)
  const [district, setDistrict] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<RebuildAnswer | null>(null)
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    if (!isProvinceAdmin) return
    let cancelled = false
    fetch(`${apiBase}/districts?limit=0&depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { docs: District[] }) => !cancelled && setDistricts(body.docs))
      .catch(() => !cancelled && setDistrictsFailed(true))
    return () => {
      cancelled = true
    }
  }, [apiBase, isProvinceAdmin])
  useEffect(() => () => void (refreshTimer.current && clearTimeout(refreshTimer.current)), [])

  if (!isProvinceAdmin) return null

  const send = async (body: Parameters<typeof requestRebuild>[1]) => {
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const result = await requestRebuild(apiBase, body, lang, text)
    setSending(false)
    setAnswer(result)
    // The queued states are written before the answer: show them in the list.
    if (result.ok) refreshTimer.current = setTimeout(() => router.refresh(), REFRESH_AFTER_MS)
  }

  return (
    <section
      className="rebuild-panel"
      aria-labelledby="rebuild-panel-title"
      style={{
        margin: '0 0 var(--base)',
        padding: 'calc(var(--base) * 0.75)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m, 4px)',
      }}
    >
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          margin: '0 0 8px',
        }}
      >
        <h3 id="rebuild-panel-title" style={{ margin: 0, fontSize: '1rem' }}>
          {text.rebuildPanel}
        </h3>
        <Button
          id="provision-link"
          el="link"
          to={`${config.routes.admin}/provision`}
          buttonStyle="primary"
          size="small"
          margin={false}
          icon="plus"
          iconPosition="left"
        >
          {communeText.title}
        </Button>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        {confirming ? (
          <span
            className="rebuild-panel__confirm"
            role="group"
            style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, maxWidth: 720 }}
          >
            <span>{text.rebuildAllConfirm}</span>
            <Button
              id="rebuild-all-confirm"
              buttonStyle="error"
              size="small"
              margin={false}
              disabled={sending}
              onClick={() => {
                setConfirming(false)
                void send({ scope: 'all' })
              }}
            >
              {text.confirm}
            </Button>
            <Button
              id="rebuild-all-cancel"
              buttonStyle="secondary"
              size="small"
              margin={false}
              onClick={() => setConfirming(false)}
            >
              {text.cancel}
            </Button>
          </span>
        ) : (
          <Button
            id="rebuild-all"
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={sending}
            onClick={() => setConfirming(true)}
          >
            {text.rebuildAll}
          </Button>
        )}
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          <label
            htmlFor="rebuild-district-select"
            className="sr-only"
            style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
          >
            {text.chooseDistrict}
          </label>
          <select
            id="rebuild-district-select"
            value={district}
            onChange={(e) => setDistrict(e.target.value)}
            disabled={!districts}
            style={{
              height: 32,
              padding: '0 8px',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 4,
              background: 'var(--theme-input-bg)',
              color: 'var(--theme-text)',
            }}
          >
            <option value="">{text.chooseDistrict}</option>
            {(districts ?? []).map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
          <Button
            id="rebuild-district"
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={sending || !district}
            onClick={() => void send({ scope: 'district', id: Number(district) || district })}
          >
            {text.rebuildDistrict}
          </Button>
        </span>
      </div>
      {districtsFailed ? (
        <p style={{ color: 'var(--theme-error-600)', margin: '8px 0 0' }}>{text.districtsFailed}</p>
      ) : null}
      {answer ? (
        <p
          className="rebuild-panel__message"
          role="status"
          data-ok={String(answer.ok)}
          style={{ margin: '8px 0 0', color: answer.ok ? 'var(--theme-success-750)' : 'var(--theme-error-600)' }}
        >
          {answer.message}
        </p>
      ) : null}
    </section>
  )
}
