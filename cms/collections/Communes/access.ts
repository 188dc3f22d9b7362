import type { Access, Where } from 'payload'
import { asRoleUser, communeIdsWithRole, idOf, isDistrictViewer, isProvinceAdmin } from '../../access/roles'

/** Everyone sees live communes (the province directory); staff see the communes they work in. */
export const readCommunes: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return { status: { equals: 'live' } }
  if (isProvinceAdmin(user)) return true
  if (isDistrictViewer(user)) return { district: { equals: idOf(user.district) } }
  const ids = communeIdsWithRole(user, ['chief', 'editor', 'contributor'])
  return ids.length ? ({ id: { in: ids } } satisfies Where) : false
}

/** A chief edits the commune's presentation (logo, theme, contacts), never its identity. */
export const updateCommunes: Access = ({ req }) => {
  if (isProvinceAdmin(req.user)) return true
  const ids = communeIdsWithRole(req.user, ['chief'])
  return ids.length ? { id: { in: ids } } : false
}
