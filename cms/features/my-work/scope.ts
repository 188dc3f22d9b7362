import type { PayloadRequest } from 'payload'
import {
  asRoleUser,
  communeIdsWithRole,
  viewerCommuneIds,
  type ID,
  isDistrictViewer,
  isProvinceAdmin,
} from '../../access/roles'

/**
 * Whose work the dashboard shows. A board member: their own items in their communes, and, in
 * the communes where they are chief, what waits for them. The province admin: the whole province
 * (communeIds null); a viewer: their district's (or region's) communes and those they follow, read-only.
 */
export type WorkScope = {
  kind: 'board' | 'province' | 'district'
  userId: ID
  /** Communes in view; null for the whole province. */
  communeIds: ID[] | null
  /** Communes where the person approves (chief); every commune in view for the province admin. */
  chiefOf: ID[] | null
}

export const scopeOf = async (req: PayloadRequest): Promise<WorkScope | null> => {
  const user = asRoleUser(req.user)
  if (!user) return null
  if (isProvinceAdmin(user)) return { kind: 'province', userId: user.id, communeIds: null, chiefOf: null }
  if (isDistrictViewer(user)) {
    const ids = await viewerCommuneIds(req)
    return { kind: 'district', userId: user.id, communeIds: ids, chiefOf: [] }
  }
  return {
    kind: 'board',
    userId: user.id,
    communeIds: communeIdsWithRole(user, ['chief', 'editor', 'contributor']),
    chiefOf: communeIdsWithRole(user, ['chief']),
  }
}
