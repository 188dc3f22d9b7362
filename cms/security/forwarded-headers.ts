import type { RequestHandler } from 'express'

/**
 * What Payload and Next read about the client comes from Express, which honours X-Forwarded-*
 * only from a proxy trusted by TRUST_PROXY. Without it a client's own X-Forwarded-Host/Proto/Port
 * are replaced by what the connection says, so nothing downstream (invitation links, Next's
 * server-action origin check, the Secure cookie) can be steered by a forged header.
 */
export const trustedForwardedHeaders: RequestHandler = (req, _res, next) => {
  req.headers['x-forwarded-host'] = req.host
  req.headers['x-forwarded-proto'] = req.protocol
  if (!req.app.get('trust proxy fn')(req.socket.remoteAddress ?? '', 0)) delete req.headers['x-forwarded-port']
  next()
}
