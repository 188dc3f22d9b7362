import type { CollectionConfig, Config, Plugin } from 'payload'
import { COMMUNE_CONTENT } from '../../collections/commune-scoped'
import { extendCollection, withCollections } from '../../collections/extend'
import { rebuildAfterCommuneChange, rebuildSiteAfterChange, rebuildSiteAfterDelete } from './hooks'
import { rebuildEndpoint } from './rebuild-endpoint'
import { siteStateField } from './site-field'
import { buildTasks } from './tasks'

/**
 * The commune's record carries its site's state (last field: the sidebar panel, the list's
 * columns), the province's rebuild door and panel, and a rebuild whenever the commune changes.
 */
const withSiteState = (communes: CollectionConfig): CollectionConfig => {
  const admin = communes.admin ?? {}
  const components = admin.components ?? {}
  const beforeListTable = [
    ...(components.beforeListTable ?? []),
    '/features/publishing/components/RebuildPanel#RebuildPanel',
  ]
  return extendCollection(
    {
      ...communes,
      admin: {
        ...admin,
        // Nested group fields are list columns by their dotted path.
        defaultColumns: [...(admin.defaultColumns ?? []), 'site.state', 'site.liveSince', 'site.lastBuildMs'],
        components: { ...components, beforeListTable },
      },
    },
    { fields: [siteStateField], endpoints: [rebuildEndpoint], hooks: { afterChange: [rebuildAfterCommuneChange] } },
  )
}

/** A commune's content rebuilds its site when a change reaches the public pages (with drafts: published ones). */
const withSiteRebuilds = (content: CollectionConfig): CollectionConfig => {
  const drafts = Boolean(typeof content.versions === 'object' && content.versions.drafts)
  return extendCollection(content, {
    hooks: { afterChange: [rebuildSiteAfterChange({ drafts })], afterDelete: [rebuildSiteAfterDelete({ drafts })] },
  })
}

/**
 * Publishing: every change that reaches a public page queues a rebuild of that commune's site
 * (jobs `buildSite` and `buildSites`, run by the build workers). Goes before the other plugins,
 * so its hooks run right after the collections' own (audit first), as they always did.
 */
export const publishingPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withCollections(config, {
      communes: withSiteState,
      ...Object.fromEntries(COMMUNE_CONTENT.map((slug) => [slug, withSiteRebuilds])),
    }),
    jobs: {
      ...config.jobs,
      enableConcurrencyControl: true,
      tasks: [...(config.jobs?.tasks ?? []), ...buildTasks],
    },
  })
