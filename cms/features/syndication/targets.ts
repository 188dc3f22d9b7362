import type { Field, PayloadRequest, Where } from 'payload'
import { communeIdsWhere, type ID, idOf } from '../../access/roles'

export const SYNDICATION_TARGETS = [
  { value: 'all', label: { vi: 'Tất cả xã, phường', en: 'All communes' } },
  { value: 'districts', label: { vi: 'Một số huyện/khu vực', en: 'Some districts or regions' } },
  { value: 'communes', label: { vi: 'Một số xã, phường', en: 'Some communes' } },
] as const

export type Targeted = {
  target?: string | null
  districts?: (ID | { id: ID })[] | null
  communes?: (ID | { id: ID })[] | null
}

const ids = (list: Targeted['districts']): ID[] =>
  (list ?? []).map((v) => idOf(v)).filter((v): v is ID => v !== undefined)

const needs =
  (target: string, message: string) =>
  (value: unknown, { siblingData }: { siblingData: Targeted }) =>
    siblingData?.target === target && !(Array.isArray(value) && value.length) ? message : true

/** Who an item is offered to: all communes, some districts or regions, or a list of communes (as alerts). */
export const targetFields = (): Field[] => [
  {
    name: 'target',
    type: 'select',
    required: true,
    defaultValue: 'all',
    label: { vi: 'Gửi tới', en: 'Target' },
    options: SYNDICATION_TARGETS.map((o) => ({ ...o })),
  },
  {
    name: 'districts',
    type: 'relationship',
    relationTo: 'districts',
    hasMany: true,
    label: { vi: 'Huyện/khu vực', en: 'Districts or regions' },
    admin: { condition: (_, sibling) => sibling?.target === 'districts' },
    validate: needs('districts', 'Huyện/khu vực: chọn ít nhất một huyện hoặc khu vực.') as never,
  },
  {
    name: 'communes',
    type: 'relationship',
    relationTo: 'communes',
    hasMany: true,
    label: { vi: 'Xã, phường', en: 'Communes' },
    admin: { condition: (_, sibling) => sibling?.target === 'communes' },
    validate: needs('communes', 'Xã, phường: chọn ít nhất một đơn vị.') as never,
  },
]

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
