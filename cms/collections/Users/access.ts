import type { Access, FieldAccess, Where } from 'payload'
import { asRoleUser, communeIdsWithRole, idOf, isProvinceAdmin, type ID, type RoleUser } from '../../access/roles'

/** Everyone reads their own account; a chief also reads and manages their board's accounts. */
export const readUsers: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const chief = communeIdsWithRole(user, ['chief'])
  return chief.length
    ? { or: [{ id: { equals: user.id } }, { 'tenants.tenant': { in: chief } }] }
    : { id: { equals: user.id } }
}

export const createUsers: Access = ({ req }) =>
  isProvinceAdmin(req.user) || communeIdsWithRole(req.user, ['chief']).length > 0

/**
 * A chief reaches plain board accounts of their communes (never a province-level account);
 * which fields of such an account they may change is decided per field below.
 */
export const updateUsers: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const chief = communeIdsWithRole(user, ['chief'])
  const self: Where = { id: { equals: user.id } }
  return chief.length
    ? { or: [self, { and: [{ 'tenants.tenant': { in: chief } }, { globalRole: { equals: 'none' } }] }] }
    : self
}

type Account = Pick<RoleUser, 'id' | 'globalRole' | 'tenants'>

const communesOf = (account: Partial<Account> | null | undefined): ID[] =>
  (account?.tenants ?? []).map((row) => idOf(row.tenant)).filter((id): id is ID => id !== undefined)

const isSelf = (actor: unknown, account: Partial<Account> | null | undefined): boolean =>
  account?.id !== undefined && String(asRoleUser(actor)?.id) === String(account.id)

/**
 * Whether `actor` holds the account itself (credentials, email, status, name) of `account`,
 * beyond its memberships. The province admin does; a chief only for a plain board account that
 * belongs to no commune but theirs. Anyone who also works in another commune, or holds a
 * province or district role, answers for their own account: otherwise the chief of commune A
 * could take over the chief of commune B by adding them to A's board (issue 9, item 1).
 */
export const holdsAccount = (actor: unknown, account: Partial<Account> | null | undefined): boolean => {
  if (isProvinceAdmin(actor)) return true
  if (!account || (account.globalRole ?? 'none') !== 'none') return false
  const chiefOf = new Set(communeIdsWithRole(actor, ['chief']).map(String))
  const communes = communesOf(account)
  return communes.length > 0 && communes.every((id) => chiefOf.has(String(id)))
}

/**
 * What a person changes about themselves (name and password), or what whoever holds the account
 * changes. Email is not self-service: it is where reset links go, so a borrowed session that
 * changed it would keep the account for good; the province admin (or the chief holding a board
 * account) changes it.
 */
export const selfOrHolder: FieldAccess = ({ req, doc }) =>
  isSelf(req.user, doc as Account) || holdsAccount(req.user, doc as Account)

/** Email and "disabled": only whoever holds the account, and nobody disables themselves. */
export const holderNotSelf: FieldAccess = ({ req, doc }) =>
  isProvinceAdmin(req.user) || (!isSelf(req.user, doc as Account) && holdsAccount(req.user, doc as Account))

/** Memberships are changed by the province admin or by a chief (guardMemberships limits which rows). */
export const membershipEditors: FieldAccess = ({ req }) =>
  isProvinceAdmin(req.user) || communeIdsWithRole(req.user, ['chief']).length > 0
