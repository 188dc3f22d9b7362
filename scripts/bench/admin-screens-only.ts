/**
 * The admin screens' step of `npm run bench` alone, against a server you started yourself:
 *
 *   DATA_DIR=/tmp/data PORT=4310 HOST=127.0.0.1 JOBS_AUTORUN=false npm start   # elsewhere
 *   npm exec -- tsx scripts/bench/admin-screens-only.ts --url http://127.0.0.1:4310 --data-dir /tmp/data \
 *     [--slug my-binh] [--requests 20]
 *
 * Prints each screen's median, p95 and slowest server time, then the figures as JSON.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { measureAdminScreens } from './admin-screens'
import type { BenchContext } from './context'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    slug: { type: 'string', default: 'my-binh' },
    requests: { type: 'string', default: '20' },
  },
})
if (!values.url || !values['data-dir'])
  throw new Error('usage: admin-screens-only.ts --url http://127.0.0.1:<port> --data-dir <DATA_DIR> [--slug my-binh]')
const baseUrl = values.url.replace(/\/$/, '')
const port = Number(new URL(baseUrl).port)
const ctx: BenchContext = {
  root: path.resolve(import.meta.dirname, '../..'),
  dataDir: path.resolve(values['data-dir']),
  baseUrl,
  port,
  siteHost: (s) => `${s}.localhost:${port}`,
  // The admin screens are measured over HTTP only.
  payload: undefined as unknown as Payload,
  log: (line) => console.log(line),
}
console.log(
  JSON.stringify(await measureAdminScreens(ctx, { slug: values.slug, requests: Number(values.requests) }), null, 2),
)
