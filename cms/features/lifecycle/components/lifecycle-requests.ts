import { refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'

/** What the status controls know of the commune. */
export type LifecycleCommune = { name?: string | null; slug?: string | null; status?: string | null }

type Outcome<Value> = { ok: true; value: Value } | { ok: false; message: string }

const refusal = async (response: Response | null, networkError: string): Promise<string> =>
  response ? refusalText(await response.json().catch(() => null), response.status, networkError) : networkError

/** PATCHes the commune's status (suspend-commune.ts does the rest); the saved document comes back. */
export const saveStatus = async (
  url: string,
  status: 'suspended' | 'live',
  networkError: string,
): Promise<Outcome<LifecycleCommune>> => {
  const response = await sendJson(`${url}?depth=0`, { status }, 'PATCH').catch(() => null)
  if (!response?.ok) return { ok: false, message: await refusal(response, networkError) }
  return { ok: true, value: ((await response.json()) as { doc: LifecycleCommune }).doc }
}

/**
 * POSTs /api/communes/:id/remove (cms/features/lifecycle/remove-endpoint.ts: everything is
 * exported first) with the slug the user typed; the server's message comes back.
 */
export const removeCommune = async (url: string, confirm: string, networkError: string): Promise<Outcome<string>> => {
  const response = await sendJson(`${url}/remove`, { confirm }).catch(() => null)
  if (!response?.ok) return { ok: false, message: await refusal(response, networkError) }
  return { ok: true, value: ((await response.json()) as { message: string }).message }
}
