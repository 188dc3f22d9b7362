import type { RequestHandler } from 'express'
import { UPLOADED_FILE_CSP } from '../../lib/uploaded-file-headers'

/**
 * Uploaded files keep the sandbox policy. Next writes a route's headers only where the Express
 * response has none yet, so the admin's own policy, set by the door guards for every answer
 * (frame-ancestors only), would otherwise replace the one Payload's file endpoint gives
 * (modifyResponseHeaders in media-visibility/index.ts, which also sets Content-Disposition).
 */
export const uploadedFilesPolicy: RequestHandler = (req, res, next) => {
  if (req.path.startsWith('/api/media/file/')) {
    res.setHeader('Content-Security-Policy', UPLOADED_FILE_CSP)
    res.setHeader('X-Content-Type-Options', 'nosniff')
  }
  next()
}
