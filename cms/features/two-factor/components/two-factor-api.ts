import { sendJson } from '../../../admin-ui/send-json'
import { useApiBase } from '../../../admin-ui/use-api-base'

/** POSTs to the account's own two-factor endpoints (/api/users/two-factor/<path>). */
export const useTwoFactorPost = () => {
  const api = `${useApiBase()}/users/two-factor`
  return (path: string, body?: unknown) => sendJson(`${api}${path}`, body ?? {})
}
