import type { Request, RequestHandler, Response } from 'express'
import type { Limits } from './config'

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

const kb = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`

const tooLarge = (res: Response, limit: number, what: string): void => {
  // Close the connection instead of reading (and discarding) the rest of an oversized body.
  res.setHeader('Connection', 'close')
  res.status(413).json({ errors: [{ message: `${what}: dữ liệu gửi lên quá lớn (tối đa ${kb(limit)}).` }] })
}

/** Where files are sent: the media collection (create, replace a file) and the Word imports. */
const UPLOAD_ROUTES = /^\/api\/(?:media(?:\/[^/]+)?|(?:posts|pages|documents)\/import-docx)\/?$/

/**
 * Every /api body is bounded before Payload reads it: 1 MB for JSON and forms, 100 KB for
 * GraphQL, the upload limit (plus room for the form's other fields) for multipart uploads to
 * the upload routes only.
 * A declared Content-Length over the limit is refused at once, unread. A chunked body (no
 * length) is held back as it arrives and handed on only once complete and within the limit;
 * past the limit the request is refused and the connection closed.
 */
export const bodyLimits = (limits: Limits, uploadBytes: number): RequestHandler => {
  const limitFor = (req: Request): { limit: number; what: string } => {
    if (req.path === '/api/graphql') return { limit: limits.graphqlBodyBytes, what: 'Truy vấn GraphQL' }
    if (/^multipart\/form-data/i.test(req.headers['content-type'] ?? '') && UPLOAD_ROUTES.test(req.path))
      return { limit: uploadBytes + 1024 * 1024, what: 'Tệp tải lên' }
    // Other multipart bodies are the admin's document saves (`_payload`): JSON in a form.
    return { limit: limits.bodyBytes, what: 'Nội dung yêu cầu' }
  }
  return (req, res, next) => {
    if (WITHOUT_BODY.has(req.method) || !req.path.startsWith('/api/')) return next()
    const { limit, what } = limitFor(req)
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      // Node's parser reads exactly this many bytes: a body cannot be longer than it says.
      if (Number(declared) > limit) return tooLarge(res, limit, what)
      return next()
    }
    if (!req.headers['transfer-encoding']) return next()
    holdChunkedBody(req, limit, () => tooLarge(res, limit, what), next)
  }
}

/**
 * Collects a chunked body below Node's stream (the parser pushes each piece into the request),
 * so nothing is lost for Next, which starts reading only after `done`.
 */
const holdChunkedBody = (req: Request, limit: number, refuse: () => void, done: () => void): void => {
  const push = req.push.bind(req)
  const chunks: Buffer[] = []
  let size = 0
  let refused = false
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (refused) return false
    if (chunk === null) {
      req.push = push
      if (size) push(Buffer.concat(chunks, size))
      push(null)
      done()
      return false
    }
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding)
    size += piece.length
    if (size > limit) {
      refused = true
      chunks.length = 0
      refuse()
      return false
    }
    chunks.push(piece)
    return true
  }
}
