import type { CollectionConfig, Plugin } from 'payload'
import { extendCollection, withCollections } from '../../collections/extend'
import { richTextEditor } from '../../fields/rich-text'
import { importDocxEndpoint } from './endpoint'
import { IMPORT_KINDS, type ImportKind } from './messages'
import { WordPasteFeature } from './paste/feature.server'

const BUTTON = '/features/word-import/components/ImportWordButton#ImportWordButton'

/** The collection with its import endpoint and the "Nhập từ Word" button above its list. */
const withWordImport =
  (kind: ImportKind) =>
  (collection: CollectionConfig): CollectionConfig => {
    const extended = extendCollection(collection, { endpoints: [importDocxEndpoint(kind)] })
    const admin = extended.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...extended,
      admin: {
        ...admin,
        components: { ...components, beforeListTable: [...(components.beforeListTable ?? []), BUTTON] },
      },
    }
  }

/**
 * "Nhập từ Word" (issue 11): a .docx becomes a draft news item, page or document of the
 * commune (`POST /api/<collection>/import-docx`), through mammoth and Payload's HTML-to-Lexical
 * conversion; and pasting from Word into the editor keeps lists and tables (the editor gets
 * the Word paste feature beside its own).
 */
export const wordImportPlugin = (): Plugin => (config) => ({
  ...config,
  editor: richTextEditor([WordPasteFeature()]),
  collections: withCollections(
    config,
    Object.fromEntries(IMPORT_KINDS.map((kind) => [kind.slug, withWordImport(kind)])),
  ),
})
