import type { Request, RequestHandler } from 'express'
import { trustedOrigins } from './config'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origin a browser says the request comes from: Origin, else the Referer's origin. */
const claimedOrigin = (req: Request): string | null => {
  const origin = req.headers.origin
  if (origin) return origin
  const referer = req.headers.referer
  if (!referer) return null
  try {
    return new URL(referer).origin
  } catch {
    return 'null'
  }
}

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

/** Same host and port as this request (req.host honours X-Forwarded-Host only with TRUST_PROXY). */
const sameHost = (origin: string, req: Request): boolean => {
  const host = hostOf(origin)
  if (!host) return false
  try {
    return host === new URL(`${req.protocol}://${req.host}`).host
  } catch {
    return false
  }
}

/**
 * CSRF defence for cookie sessions, besides SameSite=Lax: a state-changing request that carries
 * the session cookie must come from the admin's own origin (the host it was sent to, ADMIN_URL
 * or CSRF_TRUSTED_ORIGINS). Requests authenticated by header (JWT, API key) cannot be forged
 * by another site and pass; so do cookie-less ones (citizens' question forms post anonymously
 * to their own site's host). A browser that sends neither Origin nor Referer is let through
 * unless Sec-Fetch-Site says cross-site (old browsers, privacy extensions, non-browser clients).
 */
export const originCheck = (cookieName: string): RequestHandler => {
  const cookie = new RegExp(`(?:^|;\\s*)${cookieName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=`)
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.headers.authorization || !cookie.test(req.headers.cookie ?? ''))
      return next()
    const origin = claimedOrigin(req)
    const allowed =
      origin === null
        ? req.headers['sec-fetch-site'] !== 'cross-site'
        : sameHost(origin, req) || trustedOrigins().includes(origin)
    if (allowed) return next()
    console.warn(
      `CSRF check: refused ${req.method} ${req.path} with the session cookie from origin ${origin ?? '(cross-site, none)'}`,
    )
    res.status(403).json({
      errors: [
        {
          message:
            'Yêu cầu bị từ chối: thao tác thay đổi dữ liệu phải được gửi từ chính trang quản trị. Hãy tải lại trang quản trị và thử lại.',
        },
      ],
    })
  }
}
