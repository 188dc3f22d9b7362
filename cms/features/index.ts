import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Plugin } from 'payload'
import { isDistrictViewer, isProvinceAdmin } from '../access/roles'
import { membershipEditors } from '../collections/Users/access'
import { mediaVisibilityPlugin } from './media-visibility'
import { backgroundForgotPasswordMutation } from '../collections/Users/forgot-password'
import { twoFactorPlugin } from './two-factor'
import { authThrottle } from '../security/auth-throttle'
import { firstPublishedPlugin } from './first-published'

/** Commune-scoped collections: each gets the `tenant` field, tenant access and list filters. */
export const COMMUNE_SCOPED = [
  'posts',
  'pages',
  'categories',
  'media',
  'documents',
  'officials',
  'announcements',
  'disclosures',
  'procedures',
  'questions',
] as const

export const plugins: Plugin[] = [
  // Before the tenant plugin: only adds a field to the workflow collections.
  firstPublishedPlugin(),
  multiTenantPlugin({
    tenantsSlug: 'communes',
    collections: {
      ...Object.fromEntries(COMMUNE_SCOPED.map((slug) => [slug, {}])),
      'site-settings': { isGlobal: true },
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
    // District viewers are scoped by district in our own access rules, not by membership.
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
  }),
  // After the tenant plugin: wraps its media read rule; uploads are public only when published content uses them.
  mediaVisibilityPlugin(),
  // GraphQL forgotPasswordUser answers at once and sends the mail afterwards, as REST does (no timing leak).
  backgroundForgotPasswordMutation,
  // Last: it gates every collection and global the plugins before it have added.
  twoFactorPlugin(),
  // Login and password-reset budgets on every auth door (REST, GraphQL), one per GraphQL request.
  authThrottle(),
]
