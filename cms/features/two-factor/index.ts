import type { Plugin } from 'payload'
import { twoFactorEndpoints } from './endpoints'
import { twoFactorFields } from './fields'
import { gateCollection, gateEndpoints, gateGlobal } from './gate'
import { rememberAuthOperation, requireSecondFactor, stripResetSession } from './hooks'
import { SecuritySettings } from './settings'

/** Where the admin's page lives (enrolment, the code step of the login): /admin/two-factor. */
export const TWO_FACTOR_VIEW_PATH = '/two-factor'

/**
 * Two-factor sign-in (TOTP, RFC 6238) for every account, with single-use recovery codes, and the
 * province's setting that requires it of province admins. Attaches itself to the `users`
 * collection (fields, hooks, endpoints), adds the "Cài đặt bảo mật" global, the admin page and
 * the login redirect, and gates every collection and global while a required enrolment is pending.
 */
export const twoFactorPlugin = (): Plugin => (config) => {
  const collections = (config.collections ?? []).map((collection) => {
    if (collection.slug !== 'users') return gateCollection(collection)
    const hooks = collection.hooks ?? {}
    const gatedUsers = gateCollection({
      ...collection,
      fields: [...collection.fields, ...twoFactorFields],
      hooks: {
        ...hooks,
        beforeOperation: [...(hooks.beforeOperation ?? []), rememberAuthOperation],
        // Last, so a disabled or suspended account is refused before a challenge is issued.
        beforeLogin: [...(hooks.beforeLogin ?? []), requireSecondFactor],
        afterOperation: [...(hooks.afterOperation ?? []), stripResetSession],
      },
    })
    // Ours first (Payload's /login is replaced by the one that asks for the code), and not
    // gated: enrolment must stay reachable.
    return { ...gatedUsers, endpoints: [...twoFactorEndpoints, ...(gatedUsers.endpoints || [])] }
  })
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...config,
    collections,
    endpoints: gateEndpoints(config.endpoints) as typeof config.endpoints,
    globals: [...(config.globals ?? []), SecuritySettings].map(gateGlobal),
    admin: {
      ...admin,
      components: {
        ...components,
        beforeLogin: [...(components.beforeLogin ?? []), '/features/two-factor/components/LoginRedirect#LoginRedirect'],
        providers: [...(components.providers ?? []), '/features/two-factor/components/EnrolmentGate#EnrolmentGate'],
        views: {
          ...(components.views ?? {}),
          twoFactor: {
            Component: '/features/two-factor/components/TwoFactorView#TwoFactorView',
            path: TWO_FACTOR_VIEW_PATH,
            meta: { title: 'Xác thực hai bước' },
          },
        },
      },
    },
  }
}
