import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'

/**
 * Asks the preview feature for a private link (POST /api/preview) and shows it in a tab opened
 * at the click (a tab opened after the answer would be blocked as a pop-up).
 */
export const openPreview = async (
  apiBase: string,
  body: Record<string, unknown>,
  failed: string,
): Promise<{ ok: boolean; message?: string }> => {
  const tab = window.open('about:blank', '_blank')
  try {
    const response = await sendJson(`${apiBase}/preview`, body)
    const answer = (await response.json().catch(() => null)) as ({ url?: string } & Refusal) | null
    if (!response.ok || !answer?.url) {
      tab?.close()
      return { ok: false, message: refusalText(answer, response.status, failed) }
    }
    if (tab) {
      tab.opener = null
      tab.location.href = answer.url
    } else window.open(answer.url, '_blank', 'noopener')
    return { ok: true }
  } catch {
    tab?.close()
    return { ok: false, message: failed }
  }
}
