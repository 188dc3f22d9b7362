import type { PayloadRequest } from 'payload'
import { asRoleUser, idOf, type ID } from '../access/roles'

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'submit',
  'return',
  'publish',
  'unpublish',
  'archive',
  'delete',
  'role-change',
  'login',
  'login-failed',
  'rebuild',
  'provision',
  'reorganise',
  'suspend',
  'resume',
  'invite',
  'two-factor-enrol',
  'two-factor-disable',
  'two-factor-reset',
  'two-factor-login',
  'two-factor-recovery',
  'two-factor-failed',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: ID
  tenant?: ID | { id: ID } | null
  summary?: string
  details?: Record<string, unknown>
  /** Who acted, when it is not req.user (a failed login has no user). */
  email?: string
}

/** The client address: Express sets X-Forwarded-For for the in-process Next handler. */
export const clientIp = (req: PayloadRequest): string | undefined => {
  const forwarded = req.headers?.get?.('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0]?.trim()
  return req.headers?.get?.('x-real-ip') ?? undefined
}

/**
 * Appends one line to the audit log. The log is written only here, with overrideAccess,
 * because its collection refuses create, update and delete on every API door.
 * `inTransaction: false` writes outside the request's transaction, for events (a failed
 * login) whose transaction is rolled back.
 */
export const writeAudit = async (
  req: PayloadRequest,
  entry: AuditEntry,
  { inTransaction = true } = {},
): Promise<void> => {
  if (req.context?.skipAudit) return
  const user = asRoleUser(req.user)
  try {
    await req.payload.create({
      collection: 'audit-logs',
      overrideAccess: true,
      depth: 0,
      // No `context` here: with the caller's `req`, Payload would merge it into that request's
      // context and silence every later audit entry of the request.
      ...(inTransaction ? { req } : {}),
      data: {
        action: entry.action,
        // IDs are numbers on SQLite and strings on MongoDB; the generated types know only one.
        user: (user ? user.id : null) as number | null,
        userEmail: entry.email ?? (req.user as { email?: string } | null)?.email ?? null,
        tenant: (idOf(entry.tenant) ?? null) as number | null,
        collectionSlug: entry.collection ?? null,
        documentId: entry.documentId !== undefined ? String(entry.documentId) : null,
        summary: entry.summary ?? null,
        details: entry.details ?? null,
        ip: clientIp(req) ?? null,
        at: new Date().toISOString(),
      },
    })
  } catch (err) {
    req.payload.logger.error({ err, msg: `audit log write failed for ${entry.action}` })
  }
}
