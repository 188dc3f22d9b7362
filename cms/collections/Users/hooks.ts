import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { idOf, type ID, type RoleUser } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { visibleMemberships } from './memberships'

type Row = NonNullable<RoleUser['tenants']>[number]
const key = (row: Row) => `${String(idOf(row.tenant))}:${row.role ?? ''}`
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

export const auditRoleChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc: storedBefore,
  operation,
  req,
}) => {
  // `doc` is what the actor may read (a chief sees memberships in their communes only, and can
  // change nothing else): compare it with the same view of the document before.
  const previousDoc = storedBefore
    ? { ...storedBefore, tenants: visibleMemberships(req.user, storedBefore) }
    : storedBefore
  const before = operation === 'update' ? rowsOf(previousDoc?.tenants).map(key).sort() : []
  const after = rowsOf(doc.tenants).map(key).sort()
  const globalBefore = operation === 'update' ? (previousDoc?.globalRole ?? 'none') : 'none'
  const globalAfter = doc.globalRole ?? 'none'
  if (
    before.join() === after.join() &&
    globalBefore === globalAfter &&
    String(idOf(previousDoc?.district)) === String(idOf(doc.district))
  )
    return doc
  const communes = new Set<ID>(
    [...rowsOf(previousDoc?.tenants), ...rowsOf(doc.tenants)]
      .map((r) => idOf(r.tenant))
      .filter((id): id is ID => id !== undefined),
  )
  // One line per commune concerned, so each chief sees the changes of their board, and only
  // the memberships of that commune (the person's work elsewhere is none of that chief's business).
  for (const tenant of communes.size ? communes : new Set<ID | undefined>([undefined])) {
    const here = (rows: string[]) =>
      tenant === undefined ? rows : rows.filter((row) => row.startsWith(`${String(tenant)}:`))
    const details = {
      email: doc.email,
      globalRole: { from: globalBefore, to: globalAfter },
      memberships: { from: here(before), to: here(after) },
    }
    await writeAudit(req, {
      action: 'role-change',
      collection: 'users',
      documentId: doc.id,
      tenant,
      summary: doc.email,
      details,
    })
  }
  return doc
}

export const refuseDisabledLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.disabled)
    throw new APIError('Tài khoản đã bị khóa. Hãy liên hệ Trưởng ban biên tập hoặc quản trị tỉnh.', 401)
  return user
}

export const auditLogin: CollectionAfterLoginHook = async ({ user, req }) => {
  await writeAudit(req, {
    action: 'login',
    collection: 'users',
    documentId: user.id,
    summary: user.email,
    tenant: idOf(user.tenants?.[0]?.tenant),
  })
}

/** Keeps the attempted email for the afterError hook, which logs failed logins. */
export const rememberLoginEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') req.context.loginEmail = String((args.data as { email?: string } | undefined)?.email ?? '')
  return args
}
