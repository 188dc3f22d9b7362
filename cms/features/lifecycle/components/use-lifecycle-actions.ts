import { toast, useConfig, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { fill, useLifecycleText } from './lifecycle-text'
import { type LifecycleCommune, removeCommune, saveStatus } from './lifecycle-requests'

/** After a deletion, the Communes list comes this much later (the message is read first; a toast stays). */
const BACK_TO_LIST_MS = 1500

export type Confirming = 'suspend' | 'resume' | 'remove' | null

/**
 * Suspend, resume and delete, each asked first: what is being confirmed, the slug typed to
 * confirm a deletion, and how the last request went. A saved status is also put into the
 * document form, so saving the form afterwards does not undo it.
 */
export const useLifecycleActions = (
  id: number | string,
  commune: LifecycleCommune,
  onStatus: (status: string | null | undefined) => void,
) => {
  const { text } = useLifecycleText()
  const apiBase = useApiBase()
  const { config } = useConfig()
  const router = useRouter()
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const [confirming, setConfirming] = useState<Confirming>(null)
  const [typed, setTyped] = useState('')
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  /** Deleted: nothing is left to act on, the list comes next. */
  const [removed, setRemoved] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])
  const url = `${apiBase}/communes/${encodeURIComponent(String(id))}`

  const ask = (what: Exclude<Confirming, null>) => {
    setAnswer(null)
    setTyped('')
    setConfirming(what)
  }
  const cancel = () => {
    setConfirming(null)
    setTyped('')
  }

  const changeStatus = async (next: 'suspended' | 'live') => {
    setConfirming(null)
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const saved = await saveStatus(url, next, text.networkError)
    setSending(false)
    if (!saved.ok) return setAnswer({ ok: false, message: saved.message })
    dispatchFields({ type: 'UPDATE', path: 'status', value: saved.value.status, initialValue: saved.value.status })
    onStatus(saved.value.status)
    setAnswer({
      ok: true,
      message: fill(next === 'suspended' ? text.suspended : text.resumed, { name: commune.name ?? '' }),
    })
  }

  const remove = async () => {
    setSending(true)
    setAnswer({ ok: true, message: text.removing })
    const done = await removeCommune(url, typed.trim(), text.networkError)
    if (!done.ok) {
      setSending(false)
      return setAnswer({ ok: false, message: done.message })
    }
    setConfirming(null)
    setRemoved(true)
    setAnswer({ ok: true, message: done.value })
    toast.success(done.value)
    timer.current = setTimeout(() => router.push(`${config.routes.admin}/collections/communes`), BACK_TO_LIST_MS)
  }

  return { confirming, typed, setTyped, sending, answer, removed, ask, cancel, changeStatus, remove }
}
