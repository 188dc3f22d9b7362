import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { withCollections } from '../../collections/extend'
import { themeSwatches } from './swatches'

/**
 * The commune's `theme` field drawn by the picker: the same number 1–25 is stored (the
 * collection's validation stays), only its editor changes; the list of names it replaced as a
 * description goes.
 */
const withThemePicker = (communes: CollectionConfig): CollectionConfig => ({
  ...communes,
  fields: communes.fields.map((field): Field => {
    if (!('name' in field) || field.name !== 'theme' || field.type !== 'number') return field
    return {
      ...field,
      label: { vi: 'Giao diện', en: 'Theme' },
      admin: {
        ...field.admin,
        description: undefined,
        components: {
          ...field.admin?.components,
          Field: {
            path: '/features/theme-picker/components/ThemePicker#ThemePicker',
            clientProps: { themes: themeSwatches() },
          },
        },
      },
    }
  }),
})

/** The 25 themes as a grid of thumbnails, with a preview of the commune's home page (issue 11). */
export const themePickerPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withCollections(config, { communes: withThemePicker }),
  })
