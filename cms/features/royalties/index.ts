import type { Config, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { lockEndpoint, statementEndpoint, summaryEndpoint } from './endpoints'
import { RoyaltyGenres } from './genres'
import { royaltyFields } from './post-fields'
import { RoyaltyRules } from './rules'
import { RoyaltyStatements } from './statements'
import { withAdminView } from '../../admin-ui/admin-view'

const royaltiesView = {
  Component: '/features/royalties/components/RoyaltiesView#RoyaltiesView',
  path: '/nhuan-but' as const,
  meta: { title: 'Bảng nhuận bút' },
}

const NAV_LINK = '/features/royalties/components/RoyaltiesNavLink#RoyaltiesNavLink'

/**
 * Nhuận bút: the province's royalty rules (global royalty-rules, collection royalty-genres), the
 * genre and points a chief sets on a news item, each commune's monthly statement
 * (GET /api/royalties/statement?commune=&month=[&format=xlsx]), its lock (POST /api/royalties/lock,
 * snapshots in royalty-statements), the province summary (GET /api/royalties/summary?month=) and
 * the printable page /admin/nhuan-but (issue 12).
 */
export const royaltiesPlugin =
  (): Plugin =>
  (config: Config): Config => {
    return {
      ...config,
      admin: withAdminView(config, 'royalties', royaltiesView, NAV_LINK),
      endpoints: [...(config.endpoints ?? []), statementEndpoint, lockEndpoint, summaryEndpoint],
      collections: [
        ...withCollections(config, {
          posts: (posts) => extendCollection(posts, { fields: royaltyFields() }),
          announcements: (announcements) => extendCollection(announcements, { fields: royaltyFields() }),
        }),
        RoyaltyGenres,
        RoyaltyStatements,
      ],
      globals: [...(config.globals ?? []), RoyaltyRules],
    }
  }
