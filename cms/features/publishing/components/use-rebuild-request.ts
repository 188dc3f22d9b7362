import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { type RebuildAnswer, type RebuildScope, requestRebuild } from './rebuild-request'
import { useSiteText } from './site-text'

/** After a rebuild is queued, the list is read again this much later to show the new states. */
const REFRESH_AFTER_MS = 1500

/** Sends a rebuild from the communes list; once queued, the list is read again to show the new states. */
export const useRebuildRequest = () => {
  const { text, lang } = useSiteText()
  const apiBase = useApiBase()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<RebuildAnswer | null>(null)
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => void (refreshTimer.current && clearTimeout(refreshTimer.current)), [])

  const send = async (body: RebuildScope) => {
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const result = await requestRebuild(apiBase, body, lang, text)
    setSending(false)
    setAnswer(result)
    // The queued states are written before the answer: show them in the list.
    if (result.ok) refreshTimer.current = setTimeout(() => router.refresh(), REFRESH_AFTER_MS)
  }
  return { sending, answer, send }
}
