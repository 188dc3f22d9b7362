/**
 * The serving benchmark alone, against a server you started yourself, for working on serving:
 *
 *   DATA_DIR=/tmp/data PORT=4310 HOST=127.0.0.1 JOBS_AUTORUN=false npm start   # elsewhere
 *   npm exec -- tsx scripts/bench/serving-only.ts --url http://127.0.0.1:4310 --data-dir /tmp/data \
 *     [--slug my-binh] [--runs 3]
 *
 * Requests the commune's home page and its newest article (found in the live folder), prints
 * each run and the medians.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { percentile, type BenchContext } from './context'
import { measureServing, type ServingResult } from './serving'
import { sitesDomain } from '../../contract/site-urls'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    slug: { type: 'string', default: 'my-binh' },
    runs: { type: 'string', default: '3' },
  },
})
if (!values.url || !values['data-dir'])
  throw new Error(
    'usage: serving-only.ts --url http://127.0.0.1:<port> --data-dir <DATA_DIR> [--slug my-binh] [--runs 3]',
  )
const baseUrl = values.url.replace(/\/$/, '')
const dataDir = path.resolve(values['data-dir'])
const slug = values.slug
const port = Number(new URL(baseUrl).port)

const live = path.join(dataDir, 'sites', slug, 'current')
const article = fs
  .readFileSync(path.join(live, 'tin-tuc', 'index.html'), 'utf8')
  .match(/href="(\/tin-tuc\/bai\/[^"#?]+\/)"/)?.[1]
const paths = ['/', ...(article ? [article] : [])]

const ctx: BenchContext = {
  root: path.resolve(import.meta.dirname, '../..'),
  dataDir,
  baseUrl,
  port,
  siteHost: (s) => `${s}.${sitesDomain()}:${port}`,
  // The serving measurement never uses the Local API.
  payload: undefined as unknown as Payload,
  log: (line) => console.log(line),
}

const runs: ServingResult[] = []
for (let i = 0; i < Number(values.runs); i++) runs.push(await measureServing(ctx, { slug, paths }))
const median = (key: keyof ServingResult) =>
  percentile(
    runs.map((r) => r[key]),
    50,
  )
const ours = median('servingRequestsPerSecond')
const nginx = median('nginxRequestsPerSecond')
console.log(
  `median of ${runs.length}: ours ${Math.round(ours)} requests/s, p99 ${median('servingP99Ms').toFixed(1)} ms; ` +
    `nginx ${Math.round(nginx)} requests/s, p99 ${median('nginxP99Ms').toFixed(1)} ms; ours/nginx ${(ours / nginx).toFixed(2)}`,
)
