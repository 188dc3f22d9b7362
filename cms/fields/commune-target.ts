import type { Field } from 'payload'
import type { ID } from '../access/roles'

/** Who a province-wide item reaches: every commune, some districts or regions, or a list of communes. */
export const COMMUNE_TARGETS = [
  { value: 'all', label: { vi: 'Tất cả xã, phường', en: 'All communes' } },
  { value: 'districts', label: { vi: 'Một số huyện/khu vực', en: 'Some districts or regions' } },
  { value: 'communes', label: { vi: 'Một số xã, phường', en: 'Some communes' } },
] as const

export type Targeted = {
  target?: string | null
  districts?: (ID | { id: ID })[] | null
  communes?: (ID | { id: ID })[] | null
}

const needs =
  (target: string, message: string) =>
  (value: unknown, { siblingData }: { siblingData: Targeted }) =>
    siblingData?.target === target && !(Array.isArray(value) && value.length) ? message : true

/**
 * `target` with the `districts` or `communes` it names: the same fields, labels and messages
 * for the province's alerts and its shared news.
 */
export const communeTargetFields = (): Field[] => [
  {
    name: 'target',
    type: 'select',
    required: true,
    defaultValue: 'all',
    label: { vi: 'Gửi tới', en: 'Target' },
    options: COMMUNE_TARGETS.map((o) => ({ ...o })),
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
