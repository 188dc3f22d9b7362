/** An absolute http(s) address, or nothing: what a feed, an image or an original may be. */
export const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.length > 2000) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

/** A field validator: empty, or an http(s) address (the message names the field). */
export const httpUrlOrEmpty =
  (label: string) =>
  (value: unknown): string | true =>
    value === undefined || value === null || value === '' || isHttpUrl(value)
      ? true
      : `${label}: phải là địa chỉ http:// hoặc https:// đầy đủ.`
