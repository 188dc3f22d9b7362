/**
 * The publishing benchmark alone, against a server you started yourself, for working on
 * publishing (the same measurement `npm run bench` makes, scripts/bench/publish.ts):
 *
 *   DATA_DIR=/tmp/data PORT=4310 HOST=127.0.0.1 JOBS_AUTORUN=false npm start   # elsewhere
 *   npm exec -- tsx scripts/bench/publish-only.ts --url http://127.0.0.1:4310 --data-dir /tmp/data \
 *     [--slug my-binh] [--publishes 20] [--back-to-back 15] [--during-rebuild 15]
 *
 * Prints the figures as JSON: p50, p95 and the server's peak memory of single publishes,
 * back-to-back publishes and publishes during a full rebuild.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { BenchContext } from './context'
import { measurePublishToLive } from './publish'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    slug: { type: 'string', default: 'my-binh' },
    publishes: { type: 'string', default: '20' },
    'back-to-back': { type: 'string', default: '15' },
    'during-rebuild': { type: 'string', default: '15' },
  },
})
if (!values.url || !values['data-dir'])
  throw new Error('usage: publish-only.ts --url http://127.0.0.1:<port> --data-dir <DATA_DIR> [--slug my-binh]')
const baseUrl = values.url.replace(/\/$/, '')
const dataDir = path.resolve(values['data-dir'])
const port = Number(new URL(baseUrl).port)

// A Local API on the server's database (the measurement reads the commune and the queue).
process.env.DATA_DIR = dataDir
process.env.JOBS_AUTORUN = 'false'
const { bootPayload } = await import('../../cms/boot')
const payload = await bootPayload()
const ctx: BenchContext = {
  root: path.resolve(import.meta.dirname, '../..'),
  dataDir,
  baseUrl,
  port,
  siteHost: (s) => `${s}.localhost:${port}`,
  payload,
  log: (line) => console.error(line),
}
const figures = await measurePublishToLive(ctx, {
  slug: values.slug,
  publishes: Number(values.publishes),
  backToBack: Number(values['back-to-back']),
  duringRebuild: Number(values['during-rebuild']),
})
console.log(JSON.stringify(figures, null, 2))
await payload.destroy().catch(() => undefined)
process.exit(0)
