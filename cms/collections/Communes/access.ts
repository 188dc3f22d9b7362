import type { Access, Where } from 'payload'
import {
  asRoleUser,
  communeIdsWithRole,
  followedCommuneIds,
  idOf,
  isDistrictViewer,
  isProvinceAdmin,
} from '../../access/roles'

/** Everyone sees live communes (the province directory); staff see the communes they work in. */
export const readCommunes: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return { status: { equals: 'live' } }
  if (isProvinceAdmin(user)) return true
  if (isDistrictViewer(user)) {
    // Their district's (or region's) communes, and the communes they follow.
    const district = idOf(user.district)
    const followed = followedCommuneIds(user)
    const clauses: Where[] = [
      ...(district === undefined ? [] : [{ district: { equals: district } }]),
      ...(followed.length ? [{ id: { in: followed } }] : []),
    ]
    return clauses.length === 1 ? clauses[0]! : { or: clauses }
  }
  const ids = communeIdsWithRole(user, ['chief', 'editor', 'contributor'])
  return ids.length ? ({ id: { in: ids } } satisfies Where) : false
}

/** A chief edits the commune's presentation (logo, theme, contacts), never its identity. */
export const updateCommunes: Access = ({ req }) => {
  if (isProvinceAdmin(req.user)) return true
  const ids = communeIdsWithRole(req.user, ['chief'])
  return ids.length ? { id: { in: ids } } : false
}
