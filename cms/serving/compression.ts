import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

export type Encoding = 'br' | 'gzip'

/** Below this a compressed body saves less than the headers it costs (the `compression` default). */
export const COMPRESS_FROM_BYTES = 1024

const brotliAt = (raw: Buffer, quality: number) =>
  brotli(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  })

/**
 * Compressed copies of a file, made once when it enters the cache instead of on every request
 * (per-request compression was most of the old server's cost). Brotli at quality 6 takes about
 * as long as gzip (~1 ms for a 48 KB page, on the thread pool) so the first visitor does not
 * wait; `bestBrotli` improves it later. A copy that is not smaller is not kept.
 */
export const precompress = async (raw: Buffer): Promise<{ gzip?: Buffer; br?: Buffer }> => {
  const [gz, br] = await Promise.all([gzip(raw), brotliAt(raw, 6)])
  return { gzip: gz.length < raw.length ? gz : undefined, br: br.length < raw.length ? br : undefined }
}

/**
 * Brotli at quality 11 is ~9% smaller than quality 6 but costs ~45 ms for a home page: done in
 * the background, one file at a time (one pool thread at most, on a 2-core machine), and
 * skipped when a burst of new files queues more than a few dozen (each queued file holds its
 * bytes, outside the cache's byte budget).
 */
const MAX_QUEUED = 64
const queue: Array<() => Promise<void>> = []
let running = false
const drain = async () => {
  if (running) return
  running = true
  for (let job = queue.shift(); job; job = queue.shift()) await job().catch(() => undefined)
  running = false
}
export const bestBrotliLater = (raw: Buffer, use: (br: Buffer) => void): void => {
  if (queue.length >= MAX_QUEUED) return
  queue.push(async () => use(await brotliAt(raw, 11)))
  void drain()
}

/**
 * The compressed encodings an Accept-Encoding header allows, best first: by the client's q
 * values, brotli before gzip when equal (smaller), honouring q=0 refusals and `*`. Browsers send
 * a handful of distinct headers, so the answers are remembered (bounded: a client could send
 * endless variants).
 */
const accepted = new Map<string, Encoding[]>()
const NONE: Encoding[] = []
export const acceptedEncodings = (header: string | undefined): Encoding[] => {
  if (!header) return NONE
  let encodings = accepted.get(header)
  if (encodings) return encodings
  const q: Record<string, number> = {}
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    if (name) q[name] = Number.isFinite(value) ? value : 0
  }
  const weight = (name: string) => q[name] ?? q['*'] ?? 0
  const weights: Array<[Encoding, number]> = [
    ['br', weight('br')],
    ['gzip', Math.max(weight('gzip'), q['x-gzip'] ?? 0)],
  ]
  encodings = weights
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name)
  if (accepted.size >= 1000) accepted.clear()
  accepted.set(header, encodings)
  return encodings
}
