import http from 'node:http'
import { baseUrl, type Reply } from './api'

/**
 * The address the test server trusts as its reverse proxy (TRUST_PROXY=127.0.0.1, set by
 * tests/setup/global-server.ts; start a hand-run server with it too). A request sent from it
 * with X-Forwarded-For is, for the server, a request of that client: each rate-limit test
 * takes fresh client addresses (2001:db8::/32, for documentation) and leaves the budget of
 * 127.0.0.1 itself, where every other test comes from, untouched.
 */
export const PROXY_ADDRESS = '127.0.0.1'
/** A client no proxy vouches for (any loopback address but the trusted one). */
export const DIRECT_ADDRESS = '127.0.0.3'

const hex = () => Math.floor(Math.random() * 0x10000).toString(16)
/** A client address no other test has used (random, in IPv6's documentation prefix 2001:db8::/32). */
export const freshAddress = (): string => `2001:db8:${hex()}:${hex()}:${hex()}::${hex()}`

export type RawReply = Reply & { headers: http.IncomingHttpHeaders; ms: number }

/**
 * One HTTP request with plain node:http (fetch cannot choose its local address, nor leave a
 * body unsent): `from` the proxy address or a direct client, with any headers, any body.
 * `announce`: the body is announced as that many bytes but only `body` is sent, and the reply
 * awaited; one that comes proves the server refused without reading the rest (writing a whole
 * oversized body races the server's early 413 and its close: EPIPE on a busy machine).
 */
export const rawRequest = (
  method: string,
  path: string,
  {
    from,
    headers = {},
    body,
    announce,
  }: { from?: string; headers?: Record<string, string>; body?: string | Buffer; announce?: number } = {},
): Promise<RawReply> => {
  const length = announce ?? (body !== undefined ? Buffer.byteLength(body) : undefined)
  const url = new URL(path, baseUrl())
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        method,
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        localAddress: from,
        headers: { ...(length !== undefined ? { 'Content-Length': String(length) } : {}), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (c: Buffer) => chunks.push(c))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = text ? JSON.parse(text) : null
          } catch {
            /* not JSON */
          }
          resolve({
            status: response.statusCode ?? 0,
            body: parsed,
            headers: response.headers,
            ms: Date.now() - started,
          })
          if (announce !== undefined) request.destroy()
        })
      },
    )
    request.on('error', reject)
    if (body !== undefined) request.write(body)
    if (announce === undefined) request.end()
  })
}

/** A JSON request from `client` through the trusted proxy (X-Forwarded-For: client). */
export const asClient = (
  client: string,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<RawReply> =>
  rawRequest(method, path, {
    from: PROXY_ADDRESS,
    headers: {
      'X-Forwarded-For': client,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

/** A GraphQL request from `client` through the trusted proxy. */
export const graphqlAsClient = (
  client: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<RawReply> => asClient(client, 'POST', '/api/graphql', { body: { query, variables }, headers })
