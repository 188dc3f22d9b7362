import { toast, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useState } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import { useMounted } from '../../../admin-ui/use-mounted'
import { ACTION_REQUESTS, type EditorialAction } from '../actions'
import { useEditorialText } from './editorial-text'

type FormAction = Exclude<EditorialAction, 'schedule'>

/**
 * Runs a workflow action through the item's own REST update, as Payload's publish button does:
 * the form's data (the person's unsaved edits included) with the new state, so the server's
 * rules decide, field errors land next to their fields, and the form and the header refresh
 * with the saved document. The answer is a Vietnamese line and a toast.
 */
export const useWorkflowAction = () => {
  const { text } = useEditorialText()
  const { config } = useConfig()
  const { submit } = useForm()
  const { id, collectionSlug, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const mounted = useMounted()
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [sending, setSending] = useState(false)

  const run = async (action: FormAction, extra: Record<string, string> = {}): Promise<boolean> => {
    const request = ACTION_REQUESTS[action]
    const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}`
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const result = await submit({
      action: `${base}?depth=0${request.draft ? '&draft=true' : ''}`,
      method: id ? 'PATCH' : 'POST',
      overrides: { ...request.values, ...extra },
      // A draft is saved without the publishing checks, as "Lưu bản nháp" does; the server's own checks still run.
      skipValidation: request.draft,
      disableSuccessStatus: true,
    })
    const ok = Boolean(result?.res?.ok)
    if (ok) {
      if (action === 'publish') {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      }
      if (action === 'unpublish' || action === 'archive') setHasPublishedDoc(false)
      toast.success(text.done[action])
    }
    if (mounted.current) {
      setSending(false)
      setAnswer({ ok, message: ok ? text.done[action] : `${text.failed[action]} ${text.seeErrors}` })
    }
    return ok
  }
  return { run, answer, setAnswer, sending, setSending }
}
