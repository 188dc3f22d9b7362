import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { bestBrotliLater, COMPRESS_FROM_BYTES, precompress } from './compression'
import { contentTypeOf, isCompressible } from './content-types'
import { byteLru } from './lru'
import { uploadedFileHeaders } from '../lib/uploaded-file-headers'

/** A body with the headers of its 200 reply, ready to write. `body` null: read from disk. */
export type Variant = { body: Buffer | null; headers: Record<string, string> }

export type SiteFile = {
  kind: 'file'
  /** Absolute path on disk, for files too large to keep in memory. */
  path: string
  size: number
  etag: string
  lastModified: string
  /** Last-Modified at one-second precision, as clients send it back. */
  lastModifiedMs: number
  identity: Variant
  gzip?: Variant
  br?: Variant
  /** Headers of a 304: validators, caching and security, none of the Content-* ones. */
  notModifiedHeaders: Record<string, string>
}
export type Resolved = SiteFile | { kind: 'directory' } | { kind: 'missing' }

/** Long cache for content-hashed assets, a day for media, revalidation for HTML and the rest. */
const cacheControlFor = (urlPath: string): string =>
  urlPath.startsWith('/_astro/')
    ? 'public, max-age=31536000, immutable'
    : urlPath.startsWith('/media/')
      ? 'public, max-age=86400'
      : 'public, max-age=0, must-revalidate'

/** What a cached answer about a path costs besides its bodies and key: object, headers. */
const ENTRY_OVERHEAD = 1024

export type SiteFileCache = {
  /** What a URL path (already made safe by safeSitePath) names inside a build folder. */
  resolve: (root: string, urlPath: string) => Resolved | Promise<Resolved>
  /** Drops everything cached from a build folder that is no longer live. */
  forgetBuild: (root: string) => void
  stats: () => { entries: number; bytes: number; maxBytes: number }
}

/**
 * Files of the sites' build folders in memory, with their compressed copies and all response
 * headers worked out once, bounded by `maxBytes` (least recently used first out). Keys are
 * `<build folder>\0<URL path>`: a build folder never changes once it is live (sites/build.ts
 * writes a new folder and switches the `current` symlink), so an entry never goes stale; a new
 * build is a new key. Files larger than `maxFileBytes` (big PDFs, photos) keep only their
 * headers here and are streamed from disk. Answers "missing" and "directory" are cached too, so
 * a crawler asking for absent pages costs no disk access after the first time.
 */
export const siteFileCache = ({
  maxBytes,
  maxFileBytes,
  headers: baseHeaders,
}: {
  maxBytes: number
  maxFileBytes: number
  headers: Record<string, string>
}): SiteFileCache => {
  const lru = byteLru<Resolved>(maxBytes)
  const loading = new Map<string, Promise<Resolved>>()

  const variant = (
    body: Buffer | null,
    length: number,
    common: Record<string, string>,
    encoding?: string,
  ): Variant => ({
    body,
    headers: { ...common, ...(encoding ? { 'Content-Encoding': encoding } : {}), 'Content-Length': String(length) },
  })

  const load = async (key: string, root: string, urlPath: string): Promise<Resolved> => {
    const file = path.join(root, urlPath.endsWith('/') ? path.join(urlPath, 'index.html') : urlPath)
    let stat: fs.Stats
    try {
      stat = await fs.promises.stat(file)
    } catch {
      return { kind: 'missing' }
    }
    if (stat.isDirectory()) return { kind: 'directory' }
    if (!stat.isFile()) return { kind: 'missing' }
    const type = contentTypeOf(file)
    const compressible = isCompressible(type)
    const inMemory = stat.size <= maxFileBytes
    // A file gone between stat and read belongs to an old build being deleted: as if missing.
    const raw = inMemory ? await fs.promises.readFile(file).catch(() => undefined) : null
    if (raw === undefined) return { kind: 'missing' }
    // A content hash survives a rebuild that did not change the page, so browsers keep their
    // copy (304) across publications; size and time do for a file too large to hash per load.
    const etag = raw
      ? `W/"${raw.length.toString(16)}-${crypto.createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`
      : `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`
    const lastModified = stat.mtime.toUTCString()
    const validators = {
      ETag: etag,
      'Last-Modified': lastModified,
      'Cache-Control': cacheControlFor(urlPath),
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    }
    // Uploads copied into the site (/media/...) get the sandbox and disposition of uploaded files.
    const upload = urlPath.startsWith('/media/') ? uploadedFileHeaders(type, path.basename(urlPath)) : {}
    const common = { ...baseHeaders, ...upload, ...validators, 'Accept-Ranges': 'bytes', 'Content-Type': type }
    const found: SiteFile = {
      kind: 'file',
      path: file,
      size: stat.size,
      etag,
      lastModified,
      lastModifiedMs: Math.floor(stat.mtimeMs / 1000) * 1000,
      identity: variant(raw, stat.size, common),
      notModifiedHeaders: { ...baseHeaders, ...validators },
    }
    if (raw && compressible && raw.length >= COMPRESS_FROM_BYTES) {
      const { gzip, br } = await precompress(raw)
      if (gzip) found.gzip = variant(gzip, gzip.length, common, 'gzip')
      if (br) found.br = variant(br, br.length, common, 'br')
      bestBrotliLater(raw, (best) => {
        if (best.length >= (found.br?.body?.length ?? raw.length)) return
        found.br = variant(best, best.length, common, 'br')
        lru.resize(key, sizeOf(key, found))
      })
    }
    return found
  }

  const sizeOf = (key: string, found: Resolved): number =>
    ENTRY_OVERHEAD +
    key.length * 2 +
    (found.kind === 'file'
      ? (found.identity.body?.length ?? 0) + (found.gzip?.body?.length ?? 0) + (found.br?.body?.length ?? 0)
      : 0)

  return {
    resolve: (root, urlPath) => {
      const key = `${root}\0${urlPath}`
      const cached = lru.get(key)
      if (cached) return cached
      let pending = loading.get(key)
      if (!pending) {
        pending = load(key, root, urlPath)
          .then((found) => {
            lru.set(key, found, sizeOf(key, found))
            return found
          })
          .finally(() => loading.delete(key))
        loading.set(key, pending)
      }
      return pending
    },
    forgetBuild: (root) => {
      const prefix = `${root}\0`
      lru.deleteWhere((key) => key.startsWith(prefix))
    },
    stats: () => lru.stats(),
  }
}
