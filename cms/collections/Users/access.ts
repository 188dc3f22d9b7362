import type { Access, FieldAccess, Where } from 'payload'
import { asRoleUser, communeIdsWithRole, isProvinceAdmin } from '../../access/roles'

/** Everyone reads their own account; a chief also reads and manages their board's accounts. */
export const readUsers: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const chief = communeIdsWithRole(user, ['chief'])
  return chief.length ? { or: [{ id: { equals: user.id } }, { 'tenants.tenant': { in: chief } }] } : { id: { equals: user.id } }
}

export const createUsers: Access = ({ req }) => isProvinceAdmin(req.user) || communeIdsWithRole(req.user, ['chief']).length > 0

/** A chief manages only plain board accounts, never a province-level account. */
export const updateUsers: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const chief = communeIdsWithRole(user, ['chief'])
  const self: Where = { id: { equals: user.id } }
  return chief.length ? { or: [self, { and: [{ 'tenants.tenant': { in: chief } }, { globalRole: { equals: 'none' } }] }] } : self
}

export const provinceAdminOnly: FieldAccess = ({ req }) => isProvinceAdmin(req.user)

/** Memberships are changed by the province admin or by a chief (guardMemberships limits which rows). */
export const membershipEditors: FieldAccess = ({ req }) => isProvinceAdmin(req.user) || communeIdsWithRole(req.user, ['chief']).length > 0
