import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Plugin } from 'payload'
import { isDistrictViewer, isProvinceAdmin } from '../../access/roles'
import { COMMUNE_SCOPED, COMMUNE_SINGLETONS } from '../../collections/commune-scoped'
import { membershipEditors } from '../../collections/Users/access'

export { ownUploadsPlugin } from './own-uploads'

/**
 * Communes are the tenants: every commune-scoped collection gets the `tenant` field, tenant
 * access and list filters, each commune one site-settings document, and every account its
 * memberships (`tenants: [{ tenant, role }]`).
 */
export const communeTenancyPlugin = (): Plugin =>
  multiTenantPlugin({
    tenantsSlug: 'communes',
    collections: {
      ...Object.fromEntries(COMMUNE_SCOPED.map((slug) => [slug, {}])),
      ...Object.fromEntries(COMMUNE_SINGLETONS.map((slug) => [slug, { isGlobal: true }])),
    },
    tenantField: { label: { vi: 'Đơn vị', en: 'Commune' } },
    tenantsArrayField: {
      includeDefaultField: true,
      // Who may write memberships at all; guardMemberships limits a chief to their communes.
      arrayFieldAccess: { create: membershipEditors, update: membershipEditors },
      rowFields: [
        {
          name: 'role',
          type: 'select',
          defaultValue: 'contributor',
          label: { vi: 'Vai trò trong ban biên tập', en: 'Board role' },
          options: [
            { value: 'chief', label: { vi: 'Trưởng ban biên tập', en: 'Editor-in-chief' } },
            { value: 'editor', label: { vi: 'Biên tập viên', en: 'Editor' } },
            { value: 'contributor', label: { vi: 'Cộng tác viên', en: 'Contributor' } },
          ],
        },
      ],
    },
    // Viewers are scoped by district and followed communes in our own access rules, not by membership.
    userHasAccessToAllTenants: (user) => isProvinceAdmin(user) || isDistrictViewer(user),
    i18n: {
      translations: {
        vi: {
          'nav-tenantSelector-label': 'Đơn vị',
          'assign-tenant-button-label': 'Gán đơn vị',
          'field-assignedTenant-label': 'Đơn vị',
        },
      },
    },
  })
