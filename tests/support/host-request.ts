import http from 'node:http'
import zlib from 'node:zlib'
import { inject } from 'vitest'

export type HostReply = { status: number; headers: http.IncomingHttpHeaders; body: string; raw: Buffer }

/** A request with a chosen Host header (Node's fetch ignores it), decompressing the answer. */
export const hostGet = (
  host: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<HostReply> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: inject('port'),
        path,
        method,
        headers: { Host: `${host}:${inject('port')}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const encoding = res.headers['content-encoding']
          const body =
            encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'br' ? zlib.brotliDecompressSync(raw) : raw
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8'), raw })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
