import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'
import { AUDIT_ACTIONS, type AuditAction } from '../../hooks/audit'
import { readAudit } from './access'

/** What each action is called on screen (the stored value stays the short English code). */
const ACTION_LABELS: Record<AuditAction, { vi: string; en: string }> = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  submit: { vi: 'Gửi duyệt', en: 'Submit' },
  return: { vi: 'Trả lại', en: 'Return' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ xuống', en: 'Unpublish' },
  archive: { vi: 'Lưu trữ', en: 'Archive' },
  delete: { vi: 'Xóa', en: 'Delete' },
  'role-change': { vi: 'Đổi vai trò', en: 'Role change' },
  login: { vi: 'Đăng nhập', en: 'Login' },
  'login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed login' },
  rebuild: { vi: 'Xây dựng lại trang web', en: 'Site rebuild' },
  provision: { vi: 'Khởi tạo đơn vị', en: 'Provision' },
  reorganise: { vi: 'Sắp xếp đơn vị hành chính', en: 'Reorganisation' },
  suspend: { vi: 'Tạm ngừng đơn vị', en: 'Suspend' },
  resume: { vi: 'Hoạt động lại', en: 'Resume' },
  invite: { vi: 'Mời thành viên', en: 'Invite' },
  'two-factor-enrol': { vi: 'Bật xác thực hai bước', en: 'Two-factor enrolment' },
  'two-factor-disable': { vi: 'Tắt xác thực hai bước', en: 'Two-factor disabled' },
  'two-factor-reset': { vi: 'Đặt lại xác thực hai bước', en: 'Two-factor reset' },
  'two-factor-login': { vi: 'Đăng nhập hai bước', en: 'Two-factor login' },
  'two-factor-recovery': { vi: 'Dùng mã khôi phục', en: 'Recovery code used' },
  'two-factor-failed': { vi: 'Sai mã xác thực hai bước', en: 'Two-factor code refused' },
}

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
      options: AUDIT_ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] })),
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
