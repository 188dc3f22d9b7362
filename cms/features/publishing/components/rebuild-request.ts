import type { Lang } from '../../../admin-ui/lang'
import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'
import type { SiteText } from './site-text'

export type RebuildAnswer = { ok: boolean; message: string; queued?: number }
export type RebuildScope = { scope: 'commune' | 'district' | 'all'; id?: number | string }

/**
 * POSTs /api/communes/rebuild and turns the answer into one line for the user: the server's
 * Vietnamese message (English built from the count), or the server's error.
 */
export const requestRebuild = async (
  apiBase: string,
  body: RebuildScope,
  lang: Lang,
  text: SiteText,
): Promise<RebuildAnswer> => {
  let response: Response
  try {
    response = await sendJson(`${apiBase}/communes/rebuild`, body)
  } catch {
    return { ok: false, message: text.networkError }
  }
  const answer = (await response.json().catch(() => null)) as ({ queued?: number; message?: string } & Refusal) | null
  if (response.ok && answer) {
    const queued = answer.queued ?? 0
    const message =
      lang === 'en' ? `Queued ${queued} site${queued === 1 ? '' : 's'} for rebuilding.` : (answer.message ?? '')
    return { ok: true, message, queued }
  }
  return { ok: false, message: refusalText(answer, response.status, text.networkError) }
}
