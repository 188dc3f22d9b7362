import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import next from 'next'
import type { Payload } from 'payload'
import { serveSites } from './serving/serve-sites'
import { guardTheDoor } from './security'
import { apiRequestLimits } from './security/query-limits/http'
import { uploadedFilesPolicy } from './features/media-visibility/http'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

export type RunningServer = {
  url: string
  port: number
  /** Resolves once the admin and the API answer (see adminReady). */
  admin: Promise<void>
  close: () => Promise<void>
}

/**
 * One Express 5 process: each commune's static site by host name, the province directory on
 * other hosts, and Next (Payload admin and API) for /admin, /api and Next's assets.
 */
export const startServer = async ({
  payload,
  port,
  host = '0.0.0.0',
  dev = false,
  adminReady,
}: {
  payload: Payload
  port: number
  host?: string
  dev?: boolean
  /**
   * First start: the admin bundle is still being built. The sites are served at once; the
   * admin and the API answer 503 (a Vietnamese page that reloads itself) until it is ready.
   */
  adminReady?: Promise<unknown>
}): Promise<RunningServer> => {
  const admin = lateAdmin(adminReady ?? Promise.resolve(), () =>
    next({ dev, dir: cmsDir, hostname: 'localhost', port }),
  )
  if (!adminReady) await admin.ready

  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy set TRUST_PROXY (e.g. "loopback" or a subnet) so the audit log
  // records the citizen's address, not the proxy's.
  app.set('trust proxy', process.env.TRUST_PROXY || false)
  app.use((req, _res, nextMiddleware) => {
    // Payload reads the client address from this header; never let a client choose it.
    req.headers['x-forwarded-for'] = req.ip ?? ''
    nextMiddleware()
  })
  // Forwarded headers, frame policy, body sizes, CSRF origin check, public write budgets.
  guardTheDoor(app, payload)
  // Uploaded files: their sandbox policy replaces the admin's (see media-visibility/http.ts).
  app.use(uploadedFilesPolicy)
  app.use((req, _res, nextMiddleware) => {
    // The admin speaks Vietnamese unless the user chose English in their account settings
    // (Payload's language cookie); a browser set to English must not switch it on its own.
    if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'vi'
    nextMiddleware()
  })
  // Bad API requests answer 4xx in Vietnamese before Payload reads them; page size capped.
  app.use(apiRequestLimits(payload))
  app.all('/{*splat}', (req, res) => admin.handle(req, res))
  // Site pages are answered before Express: going through its stack cost ~15% of the throughput.
  const sites = serveSites(payload, { trustProxy: app.get('trust proxy fn') })

  const server = http.createServer((req, res) => sites(req, res, () => app(req, res)))
  // An idle kept-alive connection is closed by the client (or the reverse proxy, nginx 60 s)
  // first, never by us as it is being reused: Node's 5 s default races them and the request
  // sent on the closing socket fails ("other side closed", a 502 behind nginx).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    port: actualPort,
    url: `http://localhost:${actualPort}`,
    admin: admin.ready,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await admin.close()
    },
  }
}

type NextHandler = ReturnType<ReturnType<typeof next>['getRequestHandler']>

/** Next (the admin and the API) once `ready` resolves; until then, or if it fails, a 503 that says so. */
const lateAdmin = (ready: Promise<unknown>, create: () => ReturnType<typeof next>) => {
  let nextApp: ReturnType<typeof next> | null = null
  let handle: NextHandler | null = null
  let failed: Error | null = null
  const prepared = ready.then(async () => {
    nextApp = create()
    await nextApp.prepare()
    handle = nextApp.getRequestHandler()
  })
  prepared.catch((err: Error) => {
    failed = err
  })
  return {
    ready: prepared,
    handle: (req: http.IncomingMessage, res: http.ServerResponse) =>
      handle ? handle(req, res) : adminNotReady(req, res, failed),
    close: async () => {
      await nextApp?.close()
    },
  }
}

const adminNotReady = (req: http.IncomingMessage, res: http.ServerResponse, failed: Error | null) => {
  const message = failed
    ? 'Không khởi động được trang quản trị. Xem nhật ký của máy chủ.'
    : 'Trang quản trị đang được chuẩn bị (lần chạy đầu tiên), xin đợi trong giây lát…'
  res.statusCode = 503
  res.setHeader('Retry-After', '5')
  res.setHeader('Cache-Control', 'no-store')
  if ((req.url ?? '').startsWith('/api')) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(JSON.stringify({ errors: [{ message }] }))
    return
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  const refresh = failed ? '' : '<meta http-equiv="refresh" content="5">'
  res.end(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">${refresh}<title>Trang quản trị</title></head><body><p>${message}</p></body></html>`,
  )
}
