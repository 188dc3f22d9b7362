import type { Access, FieldAccess, Where } from 'payload'
import { asRoleUser, idOf, type ID } from '../../access/roles'

/**
 * A notice is its recipient's alone: everyone, the province admin included, reads and marks
 * only their own (a notice may quote a chief's comment to one author; nobody needs the others').
 */
export const ownNotices: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  return user ? { recipient: { equals: user.id } } : false
}

/** Nobody writes notices through an API: the workflow hooks create them (overrideAccess). */
export const nobody: FieldAccess & Access = () => false

/** The email preference of an account: its owner only (the account page's checkbox). */
export const ownAccountOnly: FieldAccess = ({ req, doc, id }) => {
  const user = asRoleUser(req.user)
  const target: ID | undefined = idOf((doc as { id?: ID } | undefined)?.id) ?? id
  return Boolean(user && target !== undefined && String(user.id) === String(target))
}

/** Who may see the preference: the owner, and the province admin who answers for accounts. */
export const ownAccountOrProvince: FieldAccess = (args) =>
  ownAccountOnly(args) || asRoleUser(args.req.user)?.globalRole === 'province-admin'
