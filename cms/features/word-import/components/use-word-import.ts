import { useState } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { MAX_DOCX_MB } from '../messages'
import { useImportText } from './import-text'

export type ImportedImage = { id: number | string; alt: string; needsAlt: boolean }
type Imported = { doc: { id: number | string }; images?: ImportedImage[]; message?: string }

/**
 * Sends the chosen .docx to `POST /api/<collection>/import-docx`. The file's type and size
 * are checked here first, so a wrong or oversized file is refused before any upload; the
 * server checks everything again.
 */
export const useWordImport = (collection: string) => {
  const { text } = useImportText()
  const api = useApiBase()
  const [sending, setSending] = useState(false)
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [imported, setImported] = useState<Imported | null>(null)

  const send = async (file: File, tenant: string | number): Promise<Imported | null> => {
    setImported(null)
    if (!/\.docx$/i.test(file.name)) return fail(text.notDocx(file.name))
    if (file.size > MAX_DOCX_MB * 1024 * 1024) return fail(text.tooLarge(file.name, MAX_DOCX_MB))
    const form = new FormData()
    form.append('file', file)
    form.append('tenant', String(tenant))
    setSending(true)
    setAnswer({ ok: true, message: text.sending(file.name) })
    try {
      const response = await fetch(`${api}/${collection}/import-docx`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const body = (await response.json().catch(() => null)) as (Imported & Refusal) | null
      if (!response.ok || !body?.doc) return fail(refusalText(body, response.status, text.network))
      setAnswer({ ok: true, message: body.message ?? '' })
      setImported(body)
      return body
    } catch {
      return fail(text.network)
    } finally {
      setSending(false)
    }
  }

  function fail(message: string): null {
    setAnswer({ ok: false, message })
    return null
  }

  return { send, sending, answer, imported, fail }
}
