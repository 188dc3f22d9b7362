import type { RequestHandler } from 'express'

/**
 * The admin and the API may not be framed (clickjacking), their answers are not sniffed into
 * another type, and the admin's addresses (document ids) do not leak to other sites in Referer.
 * Set before Next answers: an answer that sets its own policy (uploaded files' sandbox) keeps it.
 * Four fixed headers, so no library (helmet's other defaults would need turning off one by
 * one: its Cross-Origin-Resource-Policy would break images the sites load from /api/media).
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'")
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  next()
}
