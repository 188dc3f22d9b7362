/** Sends a JSON body to the admin's own API with the session cookie, as every admin action does. */
export const sendJson = (url: string, body: unknown, method: 'POST' | 'PATCH' = 'POST'): Promise<Response> =>
  fetch(url, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
