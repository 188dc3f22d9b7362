import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

export type Credential = { email: string; password: string; role: string; commune: string | null }
// biome-ignore lint/suspicious/noExplicitAny: a reply as the server sent it; each test asserts the shape it reads
export type Reply = { status: number; body: any }

export const baseUrl = () => inject('baseUrl')
export const credentials = (): Credential[] =>
  JSON.parse(fs.readFileSync(path.join(inject('dataDir'), 'demo-credentials.json'), 'utf8'))

/** One request as any HTTP client sends it: the body and its headers exactly as given. */
export const send = async (
  method: string,
  url: string,
  { token, body, headers }: { token?: string; body?: string | FormData; headers?: Record<string, string> } = {},
): Promise<Reply> => {
  const request = () =>
    fetch(`${baseUrl()}${url}`, {
      method,
      headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
      body,
    })
  // A kept-alive connection the server closes just as it is reused (its idle timeout racing the
  // client's on a loaded machine) fails before any answer: a read is sent again once. Writes are
  // not, since they might have reached the server.
  const response = await request().catch((err: Error & { cause?: { code?: string } }) => {
    const dropped = ['UND_ERR_SOCKET', 'ECONNRESET'].includes(err.cause?.code ?? '')
    if (dropped && (method === 'GET' || method === 'HEAD')) return request()
    throw err
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: parsed }
}

/** An independent HTTP client of the REST API (plain fetch, as any API consumer would): JSON or form data. */
export const rest = async (
  method: string,
  url: string,
  { token, body, headers }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> =>
  send(method, url, {
    token,
    headers: {
      ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })

export const graphql = async (query: string, token?: string, variables?: Record<string, unknown>): Promise<Reply> =>
  rest('POST', '/api/graphql', { token, body: { query, variables } })

const tokens = new Map<string, string>()
export const login = async (email: string, password: string): Promise<string> => {
  const cached = tokens.get(email)
  if (cached) return cached
  const reply = await rest('POST', '/api/users/login', { body: { email, password } })
  if (reply.status !== 200) throw new Error(`login failed for ${email}: ${reply.status} ${JSON.stringify(reply.body)}`)
  tokens.set(email, reply.body.token)
  return reply.body.token
}

export const loginAs = async (
  role: string,
  commune?: string | null,
): Promise<{ token: string; credential: Credential }> => {
  const credential = credentials().find((c) => c.role === role && (commune === undefined || c.commune === commune))
  if (!credential) throw new Error(`no demo account for ${role} ${String(commune)}`)
  return { token: await login(credential.email, credential.password), credential }
}
