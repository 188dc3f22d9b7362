import type { CollectionConfig, DocumentTabConfig, GlobalConfig } from 'payload'
import { isProvinceAdmin } from '../../access/roles'

/** The document's "API" tab (its raw JSON and REST address): for the province's IT staff only. */
const apiTab: DocumentTabConfig = {
  condition: ({ req }) => isProvinceAdmin(req.user),
  label: ({ t }) => t('vietnamese-admin:apiTab'),
}

/** The entity with the API tab shown only to the province admin (boards never see it). */
export const withProvinceOnlyApiTab = <Entity extends CollectionConfig | GlobalConfig>(entity: Entity): Entity => {
  const admin = entity.admin ?? {}
  const components = admin.components ?? {}
  const views = components.views ?? {}
  const edit = views.edit ?? {}
  const api = edit.api ?? {}
  return {
    ...entity,
    admin: {
      ...admin,
      components: {
        ...components,
        views: { ...views, edit: { ...edit, api: { ...api, tab: { ...apiTab, ...('tab' in api ? api.tab : {}) } } } },
      },
    },
  }
}
