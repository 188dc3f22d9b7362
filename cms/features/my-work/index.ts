import type { Config, Plugin } from 'payload'
import { myWorkEndpoint } from './endpoint'

const DASHBOARD = '/features/my-work/components/MyWorkView#MyWorkView'

/**
 * "Việc của tôi": the admin's home page for every person, in place of Payload's dashboard,
 * and its data at GET /api/my-work.
 */
export const myWorkPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), myWorkEndpoint],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: { ...config.admin?.components?.views, dashboard: { Component: DASHBOARD } },
      },
    },
  })
