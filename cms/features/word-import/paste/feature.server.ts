import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Pasting from Word keeps lists and tables: a rich-text feature with only a client side. */
export const WordPasteFeature = createServerFeature({
  feature: { ClientFeature: '/features/word-import/paste/feature.client#WordPasteClientFeature' },
  key: 'wordPaste',
})
