import type { CollectionConfig } from 'payload'
import { communeIdsWithRole, isProvinceAdmin } from '../../access/roles'
import { nobody } from '../../access/nobody'

export const STATEMENTS_SLUG = 'royalty-statements'

/**
 * Locked monthly statements: the statement as the chief checked it, kept as a snapshot so later
 * edits of the items do not change a paid month. Written only by the lock endpoint; the province
 * may delete one to reopen the month.
 */
export const RoyaltyStatements: CollectionConfig = {
  slug: STATEMENTS_SLUG,
  graphQL: { singularName: 'RoyaltyStatement', pluralName: 'RoyaltyStatements' },
  labels: {
    singular: { vi: 'Bảng nhuận bút đã chốt', en: 'Locked royalty statement' },
    plural: { vi: 'Bảng nhuận bút đã chốt', en: 'Locked royalty statements' },
  },
  admin: {
    group: { vi: 'Nhuận bút', en: 'Royalties' },
    useAsTitle: 'month',
    defaultColumns: ['commune', 'month', 'total', 'lockedAt'],
  },
  access: {
    read: ({ req }) => {
      if (isProvinceAdmin(req.user)) return true
      const own = communeIdsWithRole(req.user, ['chief'])
      return own.length > 0 ? { commune: { in: own } } : false
    },
    create: nobody,
    update: nobody,
    delete: ({ req }) => isProvinceAdmin(req.user),
  },
  indexes: [{ fields: ['commune', 'month'], unique: true }],
  fields: [
    {
      name: 'commune',
      type: 'relationship',
      relationTo: 'communes',
      required: true,
      index: true,
      label: { vi: 'Đơn vị', en: 'Commune' },
    },
    { name: 'month', type: 'text', required: true, label: { vi: 'Tháng', en: 'Month' } },
    { name: 'total', type: 'number', label: { vi: 'Tổng cộng (đồng)', en: 'Total (VND)' } },
    { name: 'lockedAt', type: 'date', label: { vi: 'Chốt lúc', en: 'Locked at' } },
    { name: 'lockedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người chốt', en: 'Locked by' } },
    { name: 'snapshot', type: 'json', label: { vi: 'Bảng đã chốt', en: 'Snapshot' } },
  ],
}
