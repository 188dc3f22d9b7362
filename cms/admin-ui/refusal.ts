/** The body of a refused API request: Payload's `{ errors: [{ message }] }`, messages in Vietnamese. */
export type Refusal = { errors?: { message?: string }[] } | null

/** The refusal's messages in one line, or the network-error text with the HTTP status when it gave none. */
export const refusalText = (body: Refusal, status: number, networkError: string): string => {
  const messages = body?.errors?.map((e) => e.message).filter(Boolean) ?? []
  return messages.length ? messages.join(' ') : `${networkError} (HTTP ${status})`
}
