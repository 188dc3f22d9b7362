import type { PayloadRequest, Where } from 'payload'
import { communeIdsWhere, type ID, idOf } from '../../access/roles'
import type { Targeted } from '../../fields/commune-target'

export type { Targeted } from '../../fields/commune-target'

const ids = (list: Targeted['districts']): ID[] =>
  (list ?? []).map((v) => idOf(v)).filter((v): v is ID => v !== undefined)

/** The live communes an item reaches, as IDs. */
export const targetedCommuneIds = async (req: PayloadRequest, item: Targeted): Promise<ID[]> => {
  const live: Where = { status: { equals: 'live' } }
  if (item.target === 'districts') {
    const list = ids(item.districts)
    if (!list.length) return []
    return communeIdsWhere(req, `synd:d:${list.join(',')}`, { and: [live, { district: { in: list } }] })
  }
  if (item.target === 'communes') {
    const list = ids(item.communes)
    if (!list.length) return []
    return communeIdsWhere(req, `synd:c:${list.join(',')}`, { and: [live, { id: { in: list } }] })
  }
  return communeIdsWhere(req, 'synd:all', live)
}

/** Whether an item reaches a commune (of `district`). */
export const reaches = (item: Targeted, communeId: ID, districtId: ID | undefined): boolean => {
  if (item.target === 'communes') return ids(item.communes).some((id) => String(id) === String(communeId))
  if (item.target === 'districts')
    return districtId !== undefined && ids(item.districts).some((id) => String(id) === String(districtId))
  return true
}

/** The filter of the items reaching any of `communeIds` (in `districtIds`). */
export const reachingWhere = (communeIds: ID[], districtIds: ID[]): Where => ({
  or: [
    { target: { equals: 'all' } },
    ...(communeIds.length ? [{ and: [{ target: { equals: 'communes' } }, { communes: { in: communeIds } }] }] : []),
    ...(districtIds.length ? [{ and: [{ target: { equals: 'districts' } }, { districts: { in: districtIds } }] }] : []),
  ],
})
