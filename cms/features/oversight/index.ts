import type { Config, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { weeklyDigestField } from './digest-field'
import { communesEndpoint, communesXlsxEndpoint, refreshVisitsEndpoint } from './endpoints'
import { withOversightJobs } from './jobs'
import { withAdminView } from '../../admin-ui/admin-view'

/** Where the view lives under the admin route. */
export const OVERSIGHT_VIEW_PATH = '/giam-sat'

const oversightView = {
  Component: '/features/oversight/components/OversightView#OversightView',
  path: '/giam-sat' as const,
  meta: { title: 'Giám sát' },
}

const NAV_LINK = '/features/oversight/components/OversightNavLink#OversightNavLink'

/**
 * "Giám sát": which communes are stale, incomplete or late, and their visits (issue 12). The
 * province admin sees every commune, a viewer their district's and the communes they follow; boards are refused.
 * Adds the view (/admin/giam-sat) and its link, GET /api/oversight/communes(.xlsx), the hourly
 * visits job and the weekly digest job, and the users' choice of the digest.
 */
export const oversightPlugin =
  (): Plugin =>
  (config: Config): Config => {
    return {
      ...config,
      admin: withAdminView(config, 'oversight', oversightView, NAV_LINK),
      endpoints: [...(config.endpoints ?? []), communesEndpoint, communesXlsxEndpoint, refreshVisitsEndpoint],
      collections: withCollections(config, {
        users: (users) => extendCollection(users, { fields: [weeklyDigestField] }),
      }),
      jobs: withOversightJobs(config.jobs),
    }
  }
