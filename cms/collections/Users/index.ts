import type { CollectionConfig } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { GLOBAL_ROLES } from '../../access/roles'
import { createUsers, holderNotSelf, readUsers, selfOrHolder, updateUsers } from './access'
import { forgotPasswordEndpoint, stopAfterChecks } from './forgot-password'
import { auditLogin, auditRoleChange, refuseDisabledLogin, rememberLoginEmail } from './hooks'
import { equalLoginWork } from './login-timing'
import { guardMemberships, hideForeignMemberships } from './memberships'
import { checkResetPassword, guardPasswordChange } from './password-rules'

export const GLOBAL_ROLE_LABELS = {
  'province-admin': { vi: 'Quản trị tỉnh (Sở TTTT)', en: 'Province admin' },
  // Of a district (2023), a region the province defines, or chosen communes (since 2025).
  'district-viewer': { vi: 'Theo dõi khu vực', en: 'Area viewer' },
  none: { vi: 'Không (chỉ theo đơn vị)', en: 'None (per commune)' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  graphQL: { singularName: 'User', pluralName: 'Users' },
  // No lock exists any more (see auth below); unlocking stays the province admin's.
  access: {
    read: readUsers,
    create: createUsers,
    update: updateUsers,
    delete: provinceAdminOnly,
    unlock: provinceAdminOnly,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'globalRole', 'disabled'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
  },
  labels: { singular: { vi: 'Tài khoản', en: 'User' }, plural: { vi: 'Tài khoản', en: 'Users' } },
  // No lock after failed tries: anyone could lock anyone out, and "locked" would reveal the account.
  // Failed logins are throttled per address and account at the door (cms/security/).
  auth: { maxLoginAttempts: 0, tokenExpiration: 8 * 60 * 60 },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ tên', en: 'Name' },
      access: { update: selfOrHolder },
    },
    // Merged into Payload's own email field: who may change the address reset links go to.
    { name: 'email', type: 'email', required: true, access: { update: holderNotSelf } },
    {
      name: 'globalRole',
      type: 'select',
      defaultValue: 'none',
      label: { vi: 'Vai trò cấp tỉnh', en: 'Global role' },
      access: { create: provinceAdminOnly, update: provinceAdminOnly },
      options: GLOBAL_ROLES.map((value) => ({ value, label: GLOBAL_ROLE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      label: { vi: 'Huyện/khu vực theo dõi', en: 'District or region' },
      access: { create: provinceAdminOnly, update: provinceAdminOnly },
      admin: { position: 'sidebar', condition: (data) => data?.globalRole === 'district-viewer' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.globalRole === 'district-viewer' &&
        !value &&
        !(Array.isArray(siblingData?.viewerCommunes) && siblingData.viewerCommunes.length)
          ? 'Huyện/khu vực theo dõi: cần chọn một huyện (khu vực) hoặc các đơn vị được theo dõi.'
          : true,
    },
    {
      // Since 2025 there are no districts: a viewer follows the communes the province chooses.
      name: 'viewerCommunes',
      type: 'relationship',
      relationTo: 'communes',
      hasMany: true,
      label: { vi: 'Các đơn vị theo dõi', en: 'Communes followed' },
      access: { create: provinceAdminOnly, update: provinceAdminOnly },
      admin: { position: 'sidebar', condition: (data) => data?.globalRole === 'district-viewer' },
    },
    {
      name: 'disabled',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Khóa tài khoản', en: 'Disabled' },
      access: { update: holderNotSelf },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Khóa thay vì xóa để giữ lịch sử tác giả.',
          en: 'Disable instead of deleting, to keep authorship history.',
        },
      },
    },
  ],
  hooks: {
    beforeOperation: [
      rememberLoginEmail,
      equalLoginWork,
      guardMemberships,
      guardPasswordChange,
      checkResetPassword,
      stopAfterChecks,
    ],
    afterRead: [hideForeignMemberships],
    afterChange: [auditRoleChange],
    // The lifecycle feature adds the refusal of suspended communes' boards after this one.
    beforeLogin: [refuseDisabledLogin],
    afterLogin: [auditLogin],
  },
  endpoints: [forgotPasswordEndpoint],
  timestamps: true,
}
