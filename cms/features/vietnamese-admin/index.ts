import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'
import { withProvinceOnlyApiTab } from './api-tab'
import { DATE_TIME_FORMAT, withVietnameseDate } from './dates'
import { withFieldLabel } from './field-labels'
import { PLATFORM_NAME, provinceMidSentence, provinceName } from './province'
import { VI_OVERRIDES } from './translations'
import { mapFields } from './walk-fields'
import { withTechnicalFieldsHidden } from './technical-fields'
import { deepMergeTranslations } from './merge'

const COMPONENTS = '/features/vietnamese-admin/components'

/** Each field with its Vietnamese date display and, where its collection left it out, a label. */
const withVietnameseFields = <Entity extends CollectionConfig | GlobalConfig>(entity: Entity): Entity =>
  withProvinceOnlyApiTab({
    ...entity,
    fields: mapFields(entity.fields, (field) => withVietnameseDate(withFieldLabel(field))),
  })

/** The audit log names the collection of each entry ("Tin tức"), not its slug ("posts"). */
const withCollectionNames = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'audit-logs'
    ? collection
    : {
        ...collection,
        fields: collection.fields.map((field) =>
          'name' in field && field.name === 'collectionSlug'
            ? ({
                ...field,
                admin: {
                  ...field.admin,
                  components: {
                    Cell: `${COMPONENTS}/CollectionName#CollectionNameCell`,
                    Field: `${COMPONENTS}/CollectionName#CollectionNameField`,
                  },
                },
              } as typeof field)
            : field,
        ),
      }

/** The province's name instead of Payload's: logo, icon, page titles, link previews, favicon. */
const brandedAdmin = (admin: Config['admin'] = {}): Config['admin'] => {
  const province = provinceName()
  const components = admin.components ?? {}
  const description = `Trang quản trị ${PLATFORM_NAME.toLowerCase()} ${provinceMidSentence(province)}`
  return {
    ...admin,
    dateFormat: DATE_TIME_FORMAT,
    components: {
      ...components,
      providers: [...(components.providers ?? []), `${COMPONENTS}/HardCodedEnglish#HardCodedEnglish`],
      graphics: {
        Logo: { path: `${COMPONENTS}/ProvinceLogo#ProvinceLogo`, clientProps: { province, platform: PLATFORM_NAME } },
        Icon: { path: `${COMPONENTS}/ProvinceIcon#ProvinceIcon`, clientProps: { province } },
        ...components.graphics,
      },
    },
    meta: {
      ...admin.meta,
      titleSuffix: `- ${PLATFORM_NAME} ${provinceMidSentence(province)}`,
      description,
      applicationName: `${PLATFORM_NAME} ${provinceMidSentence(province)}`,
      // No link-preview image made with Payload's graphics; the name is the preview.
      defaultOGImageType: 'off',
      openGraph: { siteName: province, title: `${PLATFORM_NAME} ${provinceMidSentence(province)}`, description },
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: EMBLEM_FAVICON }],
    },
  }
}

/** The emblem (components/ProvinceEmblem.tsx) as a data URL: a favicon with no file to serve. */
const EMBLEM_FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#f2c200" stroke-width="3"/><path fill="#f2c200" d="M32 12l5.3 16.2h17.1L40.6 38.3l5.3 16.2L32 44.4 18.1 54.5l5.3-16.2L9.6 28.2h17.1z"/></svg>',
)}`

/**
 * The admin in Vietnamese everywhere (issue 11): dates "dd/MM/yyyy HH:mm" on a 24-hour clock in
 * every list, title and date picker; the province's name instead of Payload's; Payload's English
 * or wrong Vietnamese strings rewritten; audit actions and collections by name; the API tab and
 * technical fields for the province's IT staff only. Runs after the other feature plugins, so it
 * covers the collections and fields they added.
 */
export const vietnameseAdminPlugin =
  (): Plugin =>
  (config): Config => ({
    ...config,
    admin: brandedAdmin(config.admin),
    collections: (config.collections ?? []).map((c) =>
      withTechnicalFieldsHidden(withCollectionNames(withVietnameseFields(c))),
    ),
    globals: (config.globals ?? []).map(withVietnameseFields),
    i18n: {
      ...config.i18n,
      translations: deepMergeTranslations(config.i18n?.translations ?? {}, {
        vi: { ...VI_OVERRIDES, 'vietnamese-admin': { apiTab: 'Dữ liệu gốc' } },
        en: { 'vietnamese-admin': { apiTab: 'API' } },
      }),
    },
  })
