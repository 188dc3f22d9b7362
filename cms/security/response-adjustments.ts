import type { Request, RequestHandler, Response } from 'express'

/** ADMIN_URL's host when it is served over HTTPS (a TLS proxy in front that we were told about). */
const httpsAdminHost = (): string | null => {
  const configured = process.env.ADMIN_URL?.trim()
  if (!configured?.startsWith('https://')) return null
  try {
    return new URL(configured).host
  } catch {
    return null
  }
}

/**
 * Whether the browser reached us over HTTPS: a direct TLS connection, X-Forwarded-Proto from a
 * proxy trusted by TRUST_PROXY (req.protocol), or the host of an https:// ADMIN_URL.
 */
const overHttps = (req: Request): boolean =>
  req.protocol === 'https' || (httpsAdminHost() !== null && req.host === httpsAdminHost())

const withSecure = (cookie: string): string => (/;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`)

/** Adds Secure to every cookie and maps GraphQL refusals to 429, just before the status line goes out. */
const adjust = (req: Request, res: Response, status: number): number => {
  if (overHttps(req)) {
    const cookies = res.getHeader('set-cookie')
    if (cookies !== undefined)
      res.setHeader('set-cookie', (Array.isArray(cookies) ? cookies : [String(cookies)]).map(withSecure))
  }
  // A GraphQL answer always says 200; one refused by a rate limit (it alone sets Retry-After
  // under /api) says 429, as REST does.
  if (status === 200 && req.path === '/api/graphql' && res.getHeader('retry-after') !== undefined) return 429
  return status
}

/**
 * Session cookies get the Secure flag whenever the admin is reached over HTTPS, whatever
 * Payload's static cookie settings say, and without breaking the http://localhost demo.
 */
export const responseAdjustments: RequestHandler = (req, res, next) => {
  const writeHead = res.writeHead
  res.writeHead = function (this: Response, statusCode: number, ...rest: unknown[]) {
    const status = adjust(req, res, statusCode)
    if (status !== statusCode) res.statusMessage = ''
    return (writeHead as (...args: unknown[]) => Response).call(this, status, ...rest)
  } as typeof res.writeHead
  next()
}
