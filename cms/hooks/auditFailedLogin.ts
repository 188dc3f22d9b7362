import type { AfterErrorHook } from 'payload'
import { writeAudit } from './audit'

/**
 * Failed logins throw before any collection hook could see them; the error hook runs for
 * REST and GraphQL alike. Written outside the request's transaction, which is rolled back.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  // Class names are minified in the admin bundle, so the HTTP status tells a refused login.
  const failure = error as { status?: number; message?: string; originalError?: { status?: number; message?: string } }
  const status = failure?.originalError?.status ?? failure?.status
  const email = req.context?.loginEmail
  if (typeof email === 'string' && email && (status === 401 || status === 403 || status === 423)) {
    req.context.loginEmail = undefined
    const reason = failure?.originalError?.message ?? failure?.message ?? ''
    await writeAudit(
      req,
      { action: 'login-failed', collection: 'users', email, summary: `${email}: ${reason}` },
      { inTransaction: false },
    )
  }
}
