import type { Config, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { CommuneTemplate } from './commune-template'
import { addMatomoAliasesAfterChange } from './matomo-aliases'
import { provisionEndpoint } from './provision-endpoint'

/** The province admin's "new commune" form, reached from the Communes list: /admin/provision. */
const provisionView = {
  Component: '/features/provisioning/components/ProvisionView#ProvisionView',
  path: '/provision' as const,
  meta: { title: 'Khởi tạo đơn vị mới' },
}

/**
 * Provisioning: a new commune in one step, from the admin's form (POST /api/communes/provision)
 * as from `npm run provision`, with the province's template for new communes (the
 * "commune-template" global). Domains added to a commune later are sent to Matomo as alias URLs.
 */
export const provisioningPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...config,
      admin: { ...admin, components: { ...components, views: { ...components.views, provision: provisionView } } },
      collections: withCollections(config, {
        communes: (communes) =>
          extendCollection(communes, {
            endpoints: [provisionEndpoint],
            hooks: { afterChange: [addMatomoAliasesAfterChange] },
          }),
      }),
      globals: [...(config.globals ?? []), CommuneTemplate],
    }
  }
