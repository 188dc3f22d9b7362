'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { WordPastePlugin } from './WordPastePlugin'

/** The editor side of the Word paste (see WordPastePlugin). */
export const WordPasteClientFeature = createClientFeature({
  plugins: [{ Component: WordPastePlugin, position: 'normal' }],
})
