import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'
import { checkRestQuery } from './rest-query'
import { vi } from './messages'

/** Content types Payload reads a body from; anything else reached the operations as "no data" (500). */
const BODY_TYPES = new Set(['application/json', 'multipart/form-data'])

/**
 * Express middleware for /api: checks what a REST request asks before Payload reads it (query
 * parameters, page size, `where` size; see rest-query.ts), refuses bodies Payload cannot read
 * (415) and answers unknown API paths with 404, all in Vietnamese. GraphQL is limited by its
 * validation rules (graphql-rules.ts) and the operation hook (collection-hooks.ts).
 */
export const apiRequestLimits = (payload: Payload) => {
  // First path segments Payload answers under /api: collections, globals, its own endpoints.
  const known = new Set<string>([
    'globals',
    'graphql',
    'graphql-playground',
    ...payload.config.collections.map((c) => c.slug),
    ...(payload.config.endpoints ?? []).map((e) => e.path.split('/')[1] ?? ''),
  ])
  // Payload answers a global's versions route with 500 when the global keeps no versions.
  const unversionedGlobals = new Set<string>(
    (payload.config.globals ?? []).filter((g) => !g.versions).map((g) => g.slug),
  )
  // One info line per refusal (English, like every log), so that probing shows in the log.
  const refuse = (req: Request, res: Response, status: number, message: string, reason: string) => {
    payload.logger.info(`API request refused (${status}, ${reason}): ${req.method} ${req.url.slice(0, 300)}`)
    res.status(status).json({ errors: [{ message }] })
  }
  return (req: Request, res: Response, next: NextFunction) => {
    const url = req.url
    if (!url.startsWith('/api/') && url !== '/api' && !url.startsWith('/api?')) return next()
    const q = url.indexOf('?')
    const pathname = q === -1 ? url : url.slice(0, q)
    const first = pathname.split('/')[2] ?? ''
    if (!known.has(first)) return refuse(req, res, 404, vi.noRoute(pathname.slice(0, 200)), 'unknown API path')
    const contentType = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase()
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
    if (first === 'graphql') {
      if (req.method === 'POST' && contentType !== 'application/json')
        return refuse(req, res, 415, vi.graphqlBody, 'GraphQL body not JSON')
      return next()
    }
    if (first === 'graphql-playground') return next()
    const segments = pathname.split('/')
    if (first === 'globals' && segments[4] === 'versions' && unversionedGlobals.has(segments[3] ?? ''))
      return refuse(req, res, 404, vi.notFound, 'global keeps no versions')
    if (hasBody && ['POST', 'PATCH', 'PUT', 'DELETE'].includes(req.method)) {
      const methodOverride =
        req.headers['x-payload-http-method-override'] === 'GET' || req.headers['x-http-method-override'] === 'GET'
      if (!BODY_TYPES.has(contentType) && !(methodOverride && contentType === 'application/x-www-form-urlencoded'))
        return refuse(req, res, 415, vi.unsupportedBody, `body of type ${contentType || 'unknown'}`)
    }
    if (q === -1) return next()
    const check = checkRestQuery(url.slice(q))
    if ('error' in check) return refuse(req, res, 400, check.error, 'query parameters')
    // Reads only: the admin's bulk edit and delete send limit=0 to mean every selected document.
    if (check.rewrite && (req.method === 'GET' || req.method === 'HEAD'))
      req.url = `${pathname}?${check.rewrite.toString()}`
    next()
  }
}
