import type { AfterErrorHook } from 'payload'
import { writeAudit } from './audit'

/**
 * Failed logins throw before any collection hook could see them; the error hook runs for
 * REST and GraphQL alike. Written outside the request's transaction, which is rolled back.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const name = (error as { name?: string; originalError?: { name?: string } })?.originalError?.name ?? (error as { name?: string })?.name
  const email = req.context?.loginEmail
  if (typeof email === 'string' && email && (name === 'AuthenticationError' || name === 'LockedAuth')) {
    req.context.loginEmail = undefined
    await writeAudit(req, { action: 'login-failed', collection: 'users', email, summary: `${email} (${name})` }, { inTransaction: false })
  }
}
