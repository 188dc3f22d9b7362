import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import { safeSitePath, siteSecurityHeaders } from '../../cms/serving/serve-sites'
import { contentTypeOf } from '../../cms/serving/content-types'

/**
 * A small static server for one built commune site, served at the ROOT of
 * http://127.0.0.1:<free port>/ as production serves it at the root of its host
 * (cms/serving/serve-sites.ts). What matters for the quality checks is the same as in production:
 *
 * - content types by extension (HTML and text as UTF-8);
 * - `/dir/` → `/dir/index.html`, `/dir` → 301 to `/dir/` (express.static's redirect);
 * - a missing file → the site's own `404.html` with status 404;
 * - gzip, like the `compression` middleware: text responses of 1 KB or more are gzipped when
 *   the client accepts it, so the bytes a browser receives are the bytes production sends;
 * - the production security headers, CSP included (without analytics hosts: the fixtures carry
 *   none), so a script or style the CSP would block in production is blocked here too.
 *
 * GET and HEAD only; paths that leave the folder or touch dot-files get the 404 page.
 */
export type StaticServer = { url: string; port: number; close: () => Promise<void> }

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/

const typeOf = contentTypeOf

/** The file for a URL path inside `root`, or null (outside the folder, a dot-file, nothing there). */
const resolveFile = (root: string, urlPath: string): { file: string } | { redirect: string } | null => {
  const normal = safeSitePath(urlPath)
  if (!normal) return null
  const full = path.join(root, normal)
  if (!full.startsWith(root)) return null
  let stat: fs.Stats
  try {
    stat = fs.statSync(full)
  } catch {
    return null
  }
  if (stat.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = path.join(full, 'index.html')
    return fs.existsSync(index) ? { file: index } : null
  }
  return stat.isFile() ? { file: full } : null
}

export type ServeOptions = {
  /** Gzip text responses of 1 KB or more when the client accepts gzip (default true). */
  gzip?: boolean
  /** Send the production security headers, CSP included (default true). */
  securityHeaders?: boolean
}

/** Serves `dir` at the root of http://127.0.0.1:<free port>/ until close(). */
export const serveSite = async (
  dir: string,
  { gzip = true, securityHeaders = true }: ServeOptions = {},
): Promise<StaticServer> => {
  const root = path.resolve(dir)
  const gzipCache = new Map<string, Buffer>()

  const send = (req: http.IncomingMessage, res: http.ServerResponse, file: string, status: number) => {
    const type = typeOf(file)
    let body: Buffer = fs.readFileSync(file)
    const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' }
    headers['Cache-Control'] =
      status === 404
        ? 'no-cache'
        : file.includes(`${path.sep}_astro${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate'
    if (securityHeaders) {
      Object.assign(headers, siteSecurityHeaders(null))
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    if (gzip && acceptsGzip && COMPRESSIBLE.test(type) && body.length >= 1024) {
      let zipped = gzipCache.get(file)
      if (!zipped) {
        zipped = zlib.gzipSync(body, { level: zlib.constants.Z_DEFAULT_COMPRESSION })
        gzipCache.set(file, zipped)
      }
      body = zipped
      headers['Content-Encoding'] = 'gzip'
    }
    headers['Content-Length'] = String(body.length)
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const page = path.join(root, '404.html')
    if (fs.existsSync(page)) return send(req, res, page, 404)
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Không tìm thấy trang.')
  }

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' })
      return res.end()
    }
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname
    const found = resolveFile(root, urlPath)
    if (!found) return notFound(req, res)
    if ('redirect' in found) {
      res.writeHead(301, { Location: found.redirect })
      return res.end()
    }
    send(req, res, found.file, 200)
  })
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
