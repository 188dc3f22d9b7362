import { APIError, Forbidden, type CollectionAfterChangeHook, type CollectionBeforeLoginHook, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { communeIdsWithRole, idOf, isProvinceAdmin, type ID, type RoleUser } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'

type Row = NonNullable<RoleUser['tenants']>[number]
const key = (row: Row) => `${String(idOf(row.tenant))}:${row.role ?? ''}`
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * A chief may add, change or remove memberships only in the communes they run, and can never
 * touch rows of other communes (which would let them escalate elsewhere). Checked before
 * Payload's own field handling, which would otherwise drop such rows silently.
 */
export const guardMemberships: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.user || isProvinceAdmin(req.user)) return args
  const data = (args as { data?: { tenants?: unknown } }).data
  if (!data || !('tenants' in data)) return args
  const id = (args as { id?: ID }).id
  if (operation === 'update' && id === undefined) {
    const error = new Forbidden(req.t)
    error.message = 'Thành viên: không thể phân quyền hàng loạt.'
    throw error
  }
  const original = id === undefined ? null : ((await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as RoleUser | null)
  const chiefOf = new Set(communeIdsWithRole(req.user, ['chief']).map(String))
  const before = rowsOf(original?.tenants)
  const after = rowsOf(data.tenants)
  const changed = [
    ...after.filter((r) => !before.some((b) => key(b) === key(r))),
    ...before.filter((b) => !after.some((r) => key(b) === key(r))),
  ]
  for (const row of changed) {
    if (!chiefOf.has(String(idOf(row.tenant)))) {
      const error = new Forbidden(req.t)
      error.message = 'Thành viên: chỉ được phân quyền trong đơn vị mà bạn là Trưởng ban biên tập.'
      throw error
    }
  }
  return args
}

export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'update' ? rowsOf(previousDoc?.tenants).map(key).sort() : []
  const after = rowsOf(doc.tenants).map(key).sort()
  const globalBefore = operation === 'update' ? (previousDoc?.globalRole ?? 'none') : 'none'
  const globalAfter = doc.globalRole ?? 'none'
  if (before.join() === after.join() && globalBefore === globalAfter && String(idOf(previousDoc?.district)) === String(idOf(doc.district))) return doc
  const communes = new Set<ID>([...rowsOf(previousDoc?.tenants), ...rowsOf(doc.tenants)].map((r) => idOf(r.tenant)).filter((id): id is ID => id !== undefined))
  const details = { email: doc.email, globalRole: { from: globalBefore, to: globalAfter }, memberships: { from: before, to: after } }
  // One line per commune concerned, so each chief sees the changes of their board.
  for (const tenant of communes.size ? communes : new Set<ID | undefined>([undefined]))
    await writeAudit(req, { action: 'role-change', collection: 'users', documentId: doc.id, tenant, summary: doc.email, details })
  return doc
}

export const refuseDisabledLogin: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user?.disabled) throw new APIError('Tài khoản đã bị khóa. Hãy liên hệ Trưởng ban biên tập hoặc quản trị tỉnh.', 401)
  return user
}

export const auditLogin: CollectionAfterLoginHook = async ({ user, req }) => {
  await writeAudit(req, { action: 'login', collection: 'users', documentId: user.id, summary: user.email, tenant: idOf(user.tenants?.[0]?.tenant) })
}

/** Keeps the attempted email for the afterError hook, which logs failed logins. */
export const rememberLoginEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') req.context.loginEmail = String((args.data as { email?: string } | undefined)?.email ?? '')
  return args
}
