import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { idOf, type ID, type RoleUser } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { visibleMemberships } from './memberships'

type Row = NonNullable<RoleUser['tenants']>[number]
const key = (row: Row) => `${String(idOf(row.tenant))}:${row.role ?? ''}`
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
/** A viewer's chosen communes as sorted IDs, to compare before and after. */
const followedOf = (value: unknown): string[] =>
  (Array.isArray(value) ? (value as (ID | { id: ID } | null)[]) : [])
    .map((c) => idOf(c))
    .filter((id): id is ID => id !== undefined)
    .map(String)
    .sort()

type RoleDiff = { before: string[]; after: string[]; globalBefore: string; globalAfter: string }

/**
 * One line per commune concerned, so each chief sees the changes of their board, and only the
 * memberships of that commune (the person's work elsewhere is none of that chief's business).
 */
const auditPerCommune = async (
  req: PayloadRequest,
  doc: Record<string, unknown> & { id: ID; email?: string },
  previousDoc: Record<string, unknown> | undefined,
  { before, after, globalBefore, globalAfter }: RoleDiff,
) => {
  const communes = new Set<ID>(
    [...rowsOf(previousDoc?.tenants), ...rowsOf(doc.tenants)]
      .map((r) => idOf(r.tenant))
      .filter((id): id is ID => id !== undefined),
  )
  for (const tenant of communes.size ? communes : new Set<ID | undefined>([undefined])) {
    const here = (rows: string[]) =>
      tenant === undefined ? rows : rows.filter((row) => row.startsWith(`${String(tenant)}:`))
    await writeAudit(req, {
      action: 'role-change',
      collection: 'users',
      documentId: doc.id,
      tenant,
      summary: doc.email,
      details: {
        email: doc.email,
        globalRole: { from: globalBefore, to: globalAfter },
        memberships: { from: here(before), to: here(after) },
      },
    })
  }
}

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
  const districtBefore = operation === 'update' ? (idOf(previousDoc?.district) ?? null) : null
  const districtAfter = idOf(doc.district) ?? null
  const followedBefore = operation === 'update' ? followedOf(previousDoc?.viewerCommunes) : []
  const followedAfter = followedOf(doc.viewerCommunes)
  // A viewer's district (region) and chosen communes are their scope: a change is a role change.
  const scopeChanged =
    String(districtBefore) !== String(districtAfter) || followedBefore.join() !== followedAfter.join()
  const rolesChanged = before.join() !== after.join() || globalBefore !== globalAfter
  if (rolesChanged) await auditPerCommune(req, doc, previousDoc, { before, after, globalBefore, globalAfter })
  // The scope of a viewer is the province's business: one line no commune's chief reads.
  if (scopeChanged)
    await writeAudit(req, {
      action: 'role-change',
      collection: 'users',
      documentId: doc.id,
      summary: doc.email,
      details: {
        email: doc.email,
        globalRole: { from: globalBefore, to: globalAfter },
        district: { from: districtBefore, to: districtAfter },
        viewerCommunes: { from: followedBefore, to: followedAfter },
      },
    })
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
