/**
 * Tin từ tỉnh (issue 14): the province's shared news and the feeds it takes news from.
 *
 * Adds the collections `shared-news` (GraphQL `SharedNewsItem`/`SharedNews`: the province writes;
 * a board reads the items offered to its commune; anonymous nothing) and `news-feeds` (GraphQL
 * `NewsFeed`/`NewsFeeds`, the province only; lastFetchedAt, lastItemCount, lastError kept by the
 * fetch), the posts' `reprint` group (read-only for boards), POST /api/syndication/republish
 * {sharedNews, category, commune?}, POST /api/syndication/fetch-feeds (province), the hourly
 * fetch job (queue `syndication`) and the admin page /admin/tin-tu-tinh.
 * A mandatory item is published on every targeted live site at its save, with the boards told;
 * a correction of an item reaches every copy (see copies.ts). Where the province ticks a
 * district's (or region's) "Có trang tin riêng", its viewer writes items offered to that
 * district's communes only (district-newsroom.ts).
 */
import type { Config, Plugin } from 'payload'
import { withAdminView } from '../../admin-ui/admin-view'
import { extendCollection, withCollections } from '../../collections/extend'
import { districtNewsroomField, withDistrictNewsrooms } from './district-newsroom'
import { withNormalizedText } from '../../hooks/normalizeUnicode'
import { fetchFeedsEndpoint, republishEndpoint } from './endpoints'
import { withSyndicationJobs } from './jobs'
import { NewsFeeds } from './news-feeds'
import { reprintField } from './post-fields'
import { SharedNews } from './shared-news'

export { FEEDS_SLUG, SHARED_NEWS_SLUG } from './slugs'

const syndicationView = {
  Component: '/features/syndication/components/SyndicationView#SyndicationView',
  path: '/tin-tu-tinh' as const,
  meta: { title: 'Tin từ tỉnh' },
}

const NAV_LINK = '/features/syndication/components/SyndicationNavLink#SyndicationNavLink'

export const syndicationPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: withAdminView(config, 'syndication', syndicationView, NAV_LINK),
    endpoints: [...(config.endpoints ?? []), republishEndpoint, fetchFeedsEndpoint],
    collections: [
      ...withCollections(config, {
        posts: (posts) => extendCollection(posts, { fields: [reprintField()] }),
        districts: (districts) => extendCollection(districts, { fields: [districtNewsroomField()] }),
      }),
      withNormalizedText(withDistrictNewsrooms(SharedNews)),
      withNormalizedText(NewsFeeds),
    ],
    jobs: withSyndicationJobs(config.jobs),
  })
