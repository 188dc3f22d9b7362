import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { AUDIT_ACTIONS } from '../../hooks/audit'
import { readAudit } from './access'

/** Append-only: written by server hooks with overrideAccess, never through any API. */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  graphQL: { singularName: 'AuditLog', pluralName: 'AuditLogs' },
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'userEmail', 'tenant', 'collectionSlug', 'ip'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
  },
  labels: { singular: { vi: 'Nhật ký', en: 'Audit entry' }, plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' } },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Thời điểm', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Hành động', en: 'Action' },
      options: AUDIT_ACTIONS.map((a) => ({ value: a, label: a })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'userEmail', type: 'text', index: true, label: { vi: 'Email', en: 'Email' } },
    {
      name: 'tenant',
      type: 'relationship',
      relationTo: 'communes',
      index: true,
      label: { vi: 'Đơn vị', en: 'Commune' },
    },
    { name: 'collectionSlug', type: 'text', label: { vi: 'Loại dữ liệu', en: 'Collection' } },
    { name: 'documentId', type: 'text', label: { vi: 'Mã tài liệu', en: 'Document ID' } },
    { name: 'summary', type: 'text', label: { vi: 'Mô tả', en: 'Summary' } },
    { name: 'details', type: 'json', label: { vi: 'Chi tiết', en: 'Details' } },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' } },
  ],
  timestamps: true,
}
