import type { Access, PayloadRequest } from 'payload'
import {
  asRoleUser,
  communeIdsWithRole,
  type ID,
  idOf,
  isProvinceAdmin,
  MEMBER_ROLES,
  viewerCommuneIds,
} from '../../access/roles'
import { reachingWhere } from './targets'

/** The communes whose offers the user sees: their board's, or those a viewer follows. */
export const offerCommuneIds = async (req: PayloadRequest): Promise<ID[]> => [
  ...communeIdsWithRole(req.user, MEMBER_ROLES),
  ...(await viewerCommuneIds(req)),
]

/** The districts (or regions) of `communeIds`, read once per request. */
const districtsOf = async (req: PayloadRequest, communeIds: ID[]): Promise<ID[]> => {
  if (!communeIds.length) return []
  const { docs } = await req.payload.find({
    collection: 'communes',
    where: { id: { in: communeIds } },
    select: { district: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((d) => idOf(d.district as never)).filter((d): d is ID => d !== undefined))]
}

/**
 * Tin từ tỉnh: the province reads every item; a board member (or a viewer) reads the items
 * offered to their communes (all, their district or region, or naming the commune); an
 * anonymous caller nothing (the copies a board republished are on its site).
 */
export const readOffers: Access = async ({ req }) => {
  if (isProvinceAdmin(req.user)) return true
  if (!asRoleUser(req.user)) return false
  const communes = await offerCommuneIds(req)
  if (!communes.length) return false
  return reachingWhere(communes, await districtsOf(req, communes))
}
