'use client'
import { Button, toast, useConfig, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type CSSProperties } from 'react'
import { fill, useCommuneAdminText } from '../../provisioning/components/commune-admin-text'
import { useApiBase } from '../../publishing/components/site-text'

export type LifecycleCommune = { name?: string | null; slug?: string | null; status?: string | null }

/** After a deletion, the Communes list comes this much later (the message is read first; a toast stays). */
const BACK_TO_LIST_MS = 1500

/** Payload's Button has no destructive style: these give the final confirmations the error colour. */
const DANGER_CSS = `.commune-lifecycle .btn.commune-lifecycle__danger{background:var(--theme-error-500);border-color:var(--theme-error-500);color:#fff}
.commune-lifecycle .btn.commune-lifecycle__danger:not(.btn--disabled):hover{background:var(--theme-error-600);border-color:var(--theme-error-600)}
.commune-lifecycle .btn.commune-lifecycle__danger.btn--disabled{opacity:.45;cursor:not-allowed}
.commune-lifecycle .btn.commune-lifecycle__danger-outline{color:var(--theme-error-600);box-shadow:inset 0 0 0 1px var(--theme-error-400)}`

const boxStyle: CSSProperties = {
  margin: '8px 0 0',
  padding: 8,
  borderRadius: 4,
  border: '1px solid var(--theme-elevation-150)',
  background: 'var(--theme-elevation-50)',
}
const rowStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }

/**
 * In the commune's site panel, for the province admin: suspend the commune or resume it
 * (PATCH status, cms/hooks/suspendCommune.ts does the rest) and delete it (POST
 * /api/communes/:id/remove, cms/lifecycle/remove-endpoint.ts: everything is exported first),
 * each after a confirmation that says what will happen. The document form's status field is
 * brought in line with what was saved, so saving the form afterwards does not undo it.
 */
export const CommuneLifecycle = ({
  id,
  commune,
  onChanged,
}: {
  id: number | string
  commune: LifecycleCommune
  onChanged: (doc: LifecycleCommune) => void
}) => {
  const { text } = useCommuneAdminText()
  const apiBase = useApiBase()
  const { config } = useConfig()
  const router = useRouter()
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const [confirming, setConfirming] = useState<'suspend' | 'resume' | 'remove' | null>(null)
  const [typed, setTyped] = useState('')
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null)
  /** Deleted: nothing is left to act on, the list comes next. */
  const [removed, setRemoved] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])

  const name = commune.name ?? ''
  const slug = commune.slug ?? ''
  const status = commune.status ?? 'provisioning'
  const url = `${apiBase}/communes/${encodeURIComponent(String(id))}`

  const errorOf = async (response: Response): Promise<string> => {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    const messages = body?.errors?.map((e) => e.message).filter(Boolean) ?? []
    return messages.length ? messages.join(' ') : `${text.networkError} (HTTP ${response.status})`
  }

  const setStatus = async (next: 'suspended' | 'live') => {
    setConfirming(null)
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const response = await fetch(`${url}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: next }),
    }).catch(() => null)
    setSending(false)
    if (!response?.ok) return setAnswer({ ok: false, message: response ? await errorOf(response) : text.networkError })
    const { doc } = (await response.json()) as { doc: LifecycleCommune }
    dispatchFields({ type: 'UPDATE', path: 'status', value: doc.status, initialValue: doc.status })
    onChanged({ status: doc.status })
    setAnswer({ ok: true, message: fill(next === 'suspended' ? text.suspended : text.resumed, { name }) })
  }

  const remove = async () => {
    setSending(true)
    setAnswer({ ok: true, message: text.removing })
    const response = await fetch(`${url}/remove`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ confirm: typed.trim() }),
    }).catch(() => null)
    if (!response?.ok) {
      setSending(false)
      return setAnswer({ ok: false, message: response ? await errorOf(response) : text.networkError })
    }
    const { message } = (await response.json()) as { message: string }
    setConfirming(null)
    setRemoved(true)
    setAnswer({ ok: true, message })
    toast.success(message)
    timer.current = setTimeout(() => router.push(`${config.routes.admin}/collections/communes`), BACK_TO_LIST_MS)
  }

  return (
    <div
      className="commune-lifecycle"
      data-status={status}
      style={{ marginTop: 'var(--base)', paddingTop: 8, borderTop: '1px solid var(--theme-elevation-150)' }}
    >
      <style>{DANGER_CSS}</style>
      <div className="field-label" style={{ marginBottom: 6 }}>
        {text.lifecycle}
      </div>
      {status === 'suspended' ? (
        <p
          className="commune-lifecycle__suspended"
          style={{ margin: '0 0 8px', color: 'var(--theme-warning-750, var(--theme-elevation-800))' }}
        >
          {text.suspendedNote}
        </p>
      ) : null}

      {confirming === 'suspend' || confirming === 'resume' ? (
        <div
          className="commune-lifecycle__confirm"
          role="group"
          aria-label={confirming === 'suspend' ? text.suspend : text.resume}
          style={boxStyle}
        >
          <p style={{ margin: 0 }}>
            {fill(confirming === 'suspend' ? text.suspendConfirm : text.resumeConfirm, { name })}
          </p>
          <div style={rowStyle}>
            <Button
              id="commune-status-confirm"
              buttonStyle="primary"
              className={confirming === 'suspend' ? 'commune-lifecycle__danger' : undefined}
              size="small"
              margin={false}
              disabled={sending}
              onClick={() => void setStatus(confirming === 'suspend' ? 'suspended' : 'live')}
            >
              {confirming === 'suspend' ? text.suspendYes : text.resumeYes}
            </Button>
            <Button
              id="commune-status-cancel"
              buttonStyle="secondary"
              size="small"
              margin={false}
              onClick={() => setConfirming(null)}
            >
              {text.cancel}
            </Button>
          </div>
        </div>
      ) : confirming === 'remove' ? (
        <div
          className="commune-lifecycle__remove"
          role="group"
          aria-label={text.removeOpen}
          style={{ ...boxStyle, borderColor: 'var(--theme-error-300)', background: 'var(--theme-error-50)' }}
        >
          <p style={{ margin: 0 }}>{fill(text.removeExplain, { name })}</p>
          <label htmlFor="commune-remove-confirm-slug" style={{ display: 'block', margin: '8px 0 4px' }}>
            {fill(text.removeType, { slug })}
          </label>
          <div className="field-type text">
            <input
              id="commune-remove-confirm-slug"
              type="text"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <div style={rowStyle}>
            <Button
              id="commune-remove-confirm"
              buttonStyle="primary"
              className="commune-lifecycle__danger"
              size="small"
              margin={false}
              disabled={sending || typed.trim() !== slug}
              onClick={() => void remove()}
            >
              {text.removeYes}
            </Button>
            <Button
              id="commune-remove-cancel"
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={sending}
              onClick={() => {
                setConfirming(null)
                setTyped('')
              }}
            >
              {text.cancel}
            </Button>
          </div>
        </div>
      ) : removed ? null : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {status === 'suspended' ? (
            <Button
              id="commune-resume"
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={sending}
              onClick={() => (setAnswer(null), setConfirming('resume'))}
            >
              {text.resume}
            </Button>
          ) : status === 'live' ? (
            <Button
              id="commune-suspend"
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={sending}
              onClick={() => (setAnswer(null), setConfirming('suspend'))}
            >
              {text.suspend}
            </Button>
          ) : null}
          <Button
            id="commune-remove"
            buttonStyle="secondary"
            className="commune-lifecycle__danger-outline"
            size="small"
            margin={false}
            disabled={sending}
            onClick={() => (setAnswer(null), setTyped(''), setConfirming('remove'))}
          >
            {text.removeOpen}
          </Button>
        </div>
      )}
      {answer ? (
        <p
          className="commune-lifecycle__message"
          role="status"
          data-ok={String(answer.ok)}
          style={{ marginTop: 8, color: answer.ok ? 'var(--theme-success-750)' : 'var(--theme-error-600)' }}
        >
          {answer.message}
        </p>
      ) : null}
    </div>
  )
}
