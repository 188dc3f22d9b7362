import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { normaliseMenuLinks } from './hooks'

const LINK_FIELD = '/features/menu-editor/components/MenuLinkField#MenuLinkField'

/** The `url` of a list of links drawn by the menu editor; its sub-menu likewise. */
const withLinkEditor = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (!('name' in field)) return field
    if (field.name === 'url' && field.type === 'text')
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: LINK_FIELD } } }
    if (field.name === 'children' && field.type === 'array') return { ...field, fields: withLinkEditor(field.fields) }
    return field
  })

/**
 * The site settings' main menu gets the link editor; every save normalises the main menu's and
 * the footer's addresses on the server (whoever saves: admin, REST, GraphQL, Local API).
 */
const withMenuEditor = (settings: CollectionConfig): CollectionConfig =>
  extendCollection(
    {
      ...settings,
      fields: settings.fields.map(
        (field): Field =>
          'name' in field && field.name === 'mainMenu' && field.type === 'array'
            ? { ...field, fields: withLinkEditor(field.fields) }
            : field,
      ),
    },
    { hooks: { beforeValidate: [normaliseMenuLinks] } },
  )

/** Menu links picked from the commune's sections, categories, pages and documents (issue 11). */
export const menuEditorPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: withCollections(config, { 'site-settings': withMenuEditor }),
  })
