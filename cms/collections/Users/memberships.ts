/**
 * Memberships (the `tenants` rows of an account) as a chief sees and changes them: only the rows
 * of the communes they run. Rows of other communes are neither shown to them (a chief learns
 * nothing of a person's work elsewhere) nor changeable, and they survive every save the chief
 * makes, whatever the form or client sends.
 */
import {
  Forbidden,
  type CollectionAfterReadHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { asRoleUser, communeIdsWithRole, idOf, isProvinceAdmin, type ID, type RoleUser } from '../../access/roles'

type Row = NonNullable<RoleUser['tenants']>[number] & { id?: string | null }
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const communeOf = (row: Row): string => String(idOf(row.tenant) ?? '')
const key = (row: Row) => `${communeOf(row)}:${row.role ?? ''}`

const refuse = (req: PayloadRequest, message: string): never => {
  const error = new Forbidden(req.t)
  error.message = message
  throw error
}

/** The commune the chief is working in (the admin's commune selector), else their first. */
const preferredCommune = (req: PayloadRequest, chiefOf: ID[]): ID => {
  const selected = req.headers?.get?.('cookie')?.match(/(?:^|;\s*)payload-tenant=([^;]+)/)?.[1]
  return chiefOf.find((id) => String(id) === decodeURIComponent(selected ?? '')) ?? chiefOf[0]!
}

/**
 * A chief may add, change or remove memberships only in the communes they run; a row of another
 * commune they send is refused (it would let them escalate elsewhere), and rows of other communes
 * they do not send are kept. An account a chief creates always belongs to one of their communes.
 * Two changes would leave something nobody at the commune controls, and are refused: a chief
 * changing their own memberships (their commune could lose its only chief; the province admin
 * does it) and removing an account's last membership (the account could still log in, and no
 * chief would see it: disable it instead). Runs before Payload's field handling, which would
 * otherwise drop foreign rows silently or keep the rows of the shown form only.
 */
export const guardMemberships: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Trusted server code (seed, provisioning, removal) passes overrideAccess: true.
  if (
    (operation !== 'create' && operation !== 'update') ||
    (args as { overrideAccess?: boolean }).overrideAccess === true
  )
    return args
  const actor = asRoleUser(req.user)
  if (!actor || isProvinceAdmin(actor)) return args
  const data = (args as { data?: { tenants?: unknown } }).data
  if (!data) return args
  const chiefOf = communeIdsWithRole(actor, ['chief'])
  const runs = new Set(chiefOf.map(String))
  if (!runs.size) return args // Not a chief: Payload's field access drops the rows they send.

  if (operation === 'create') {
    const sent = rowsOf(data.tenants)
    if (sent.some((row) => !runs.has(communeOf(row))))
      refuse(req, 'Thành viên: chỉ được phân quyền trong đơn vị mà bạn là Trưởng ban biên tập.')
    if (!sent.length) data.tenants = [{ tenant: preferredCommune(req, chiefOf), role: 'contributor' }]
    return args
  }

  if (!('tenants' in data)) return args
  const id = (args as { id?: ID }).id
  if (id === undefined) refuse(req, 'Thành viên: không thể phân quyền hàng loạt.')
  const original = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as
    | (RoleUser & { tenants?: Row[] })
    | null
  if (!original) return args // Payload answers "not found".
  const before = rowsOf(original.tenants)
  const sent = rowsOf(data.tenants)
  const hidden = before.filter((row) => !runs.has(communeOf(row)))
  const visibleBefore = before.filter((row) => runs.has(communeOf(row)))
  // A foreign row sent exactly as it is stored changes nothing (a chief saving their own account
  // in the admin sends all of their rows); any other foreign row is an attempt to grant it.
  if (sent.some((row) => !runs.has(communeOf(row)) && !hidden.some((h) => key(h) === key(row))))
    refuse(req, 'Thành viên: chỉ được phân quyền trong đơn vị mà bạn là Trưởng ban biên tập.')
  const visibleAfter = sent.filter((row) => runs.has(communeOf(row)))
  const changed = visibleAfter.map(key).sort().join() !== visibleBefore.map(key).sort().join()
  if (changed && String(original.id) === String(actor.id))
    refuse(req, 'Thành viên: không thể tự thay đổi vai trò của mình trong ban biên tập; hãy nhờ quản trị tỉnh.')
  const merged = [...visibleAfter, ...hidden]
  if (!merged.length)
    refuse(
      req,
      'Thành viên: không thể gỡ đơn vị cuối cùng của tài khoản. Hãy khóa tài khoản (ô "Khóa tài khoản") thay vì gỡ.',
    )
  data.tenants = merged
  return args
}

/** The memberships of `account` that `actor` may see: all of their own, else those in communes the actor runs. */
export const visibleMemberships = <T>(
  actor: unknown,
  account: { id?: ID; tenants?: T[] | null } | null | undefined,
): T[] => {
  const rows = rowsOf(account?.tenants) as T[]
  const user = asRoleUser(actor)
  if (!user || isProvinceAdmin(user) || String(account?.id) === String(user.id)) return rows
  const runs = new Set(communeIdsWithRole(user, ['chief']).map(String))
  return rows.filter((row) => runs.has(communeOf(row as Row)))
}

/**
 * What a chief reads of another person: their memberships in the chief's communes only, and no
 * sessions (Payload already empties other people's sessions; the key goes too). Runs on every
 * read: lists, documents, populated relationships, GraphQL and the admin.
 */
export const hideForeignMemberships: CollectionAfterReadHook = ({ doc, req }) => {
  const actor = asRoleUser(req.user)
  if (!actor || isProvinceAdmin(actor) || !doc || String(doc.id) === String(actor.id)) return doc
  const visible = { ...doc }
  if (Array.isArray(doc.tenants)) visible.tenants = visibleMemberships(actor, doc)
  delete visible.sessions
  return visible
}
