import type { Config, Field, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { refuseDeleteWithoutExport, removeEndpoint } from './remove-endpoint'
import { refuseSuspendedLogin, suspendOrResumeCommune } from './suspend-commune'

/** The province admin's suspend / resume / delete controls, in the commune's sidebar below its site. */
const lifecycleControls: Field = {
  name: 'lifecycle',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/features/lifecycle/components/CommuneLifecycle#CommuneLifecycle' },
  },
}

/**
 * The commune's lifecycle: suspend and resume (the status field; the board is signed out and
 * refused, the site shows a notice at once), and removal after a full export
 * (POST /api/communes/:id/remove; the generic delete is refused). Goes before the two-factor
 * plugin, so a suspended board member is refused before any second-factor challenge.
 */
export const lifecyclePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withCollections(config, {
      communes: (communes) =>
        extendCollection(communes, {
          fields: [lifecycleControls],
          endpoints: [removeEndpoint],
          hooks: { afterChange: [suspendOrResumeCommune], beforeDelete: [refuseDeleteWithoutExport] },
        }),
      users: (users) => extendCollection(users, { hooks: { beforeLogin: [refuseSuspendedLogin] } }),
    }),
  })
