import fs from 'node:fs'
import type http from 'node:http'
import { acceptedEncodings } from './compression'
import type { SiteFile, Variant } from './files'

/** Weak comparison (RFC 9110 8.8.3.2): W/"x" and "x" name the same content. */
const sameTag = (a: string, b: string) => a.replace(/^W\//, '') === b.replace(/^W\//, '')

/** Whether the client's copy is current (the rules of the `fresh` package express.static used). */
const isNotModified = (req: http.IncomingMessage, file: SiteFile): boolean => {
  const ifNoneMatch = req.headers['if-none-match']
  const ifModifiedSince = req.headers['if-modified-since']
  if (!ifNoneMatch && !ifModifiedSince) return false
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false
  if (ifNoneMatch)
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => sameTag(tag.trim(), file.etag))
  const since = Date.parse(ifModifiedSince!)
  return !Number.isNaN(since) && file.lastModifiedMs <= since
}

/**
 * The one byte range asked for, as [start, end] inclusive; 'all' to send the whole file (no
 * Range, several ranges, or an If-Range naming another version); 'unsatisfiable' for a 416.
 * PDF viewers fetch large documents piecewise.
 */
const byteRange = (req: http.IncomingMessage, file: SiteFile): [number, number] | 'all' | 'unsatisfiable' => {
  const range = req.headers.range
  if (!range) return 'all'
  const ifRange = req.headers['if-range']?.toString()
  if (
    ifRange &&
    (ifRange.includes('"') ? !sameTag(ifRange.trim(), file.etag) : Date.parse(ifRange) < file.lastModifiedMs)
  )
    return 'all'
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
  if (!match || (!match[1] && !match[2])) return 'all'
  const size = file.size
  const [start, end] = match[1]
    ? [Number(match[1]), match[2] ? Math.min(Number(match[2]), size - 1) : size - 1]
    : [Math.max(0, size - Number(match[2])), size - 1]
  return start > end || start >= size ? 'unsatisfiable' : [start, end]
}

const writeBody = (res: http.ServerResponse, file: SiteFile, variant: Variant, range?: [number, number]) => {
  if (variant.body) return res.end(range ? variant.body.subarray(range[0], range[1] + 1) : variant.body)
  // Too large to keep in memory: from disk, ending the reply early if the file went away.
  fs.createReadStream(file.path, range ? { start: range[0], end: range[1] } : {})
    .on('error', () => res.destroy())
    .pipe(res)
}

/**
 * Answers with a file: 304 when the client's copy is current, the compressed copy the client
 * prefers, one byte range of the uncompressed file when asked, and no body for HEAD. `status`
 * 404 sends the site's 404 page, never cached by the client and never partial or 304.
 */
export const sendSiteFile = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: SiteFile,
  status: 200 | 404,
): void => {
  const head = req.method === 'HEAD'
  if (status === 404) {
    const variant = pick(req, file)
    res.writeHead(404, { ...variant.headers, 'Cache-Control': 'no-cache' })
    return void (head ? res.end() : writeBody(res, file, variant))
  }
  if (isNotModified(req, file)) {
    res.writeHead(304, file.notModifiedHeaders)
    return void res.end()
  }
  const range = byteRange(req, file)
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...file.notModifiedHeaders, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' })
    return void res.end()
  }
  if (range !== 'all') {
    res.writeHead(206, {
      ...file.identity.headers,
      'Content-Range': `bytes ${range[0]}-${range[1]}/${file.size}`,
      'Content-Length': String(range[1] - range[0] + 1),
    })
    return void (head ? res.end() : writeBody(res, file, file.identity, range))
  }
  const variant = pick(req, file)
  res.writeHead(200, variant.headers)
  if (head) res.end()
  else writeBody(res, file, variant)
}

/** The smallest copy the client accepts. */
const pick = (req: http.IncomingMessage, file: SiteFile): Variant => {
  for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
    const variant = file[encoding]
    if (variant) return variant
  }
  return file.identity
}
