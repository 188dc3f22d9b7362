'use client'
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { $generateNodesFromDOM } from '@payloadcms/richtext-lexical/lexical/html'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { isWordHtml, normalizeWordHtml } from './normalize-word-html'

/**
 * Takes a paste of Word's HTML before the editor's own handler: the HTML is normalised (real
 * lists, see normalize-word-html.ts) and then imported by Lexical's own DOM conversion, so the
 * editor's nodes (lists, tables, links, headings) do the rest. Other pastes go on unchanged.
 */
export const WordPastePlugin = () => {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const html = 'clipboardData' in event ? event.clipboardData?.getData('text/html') : undefined
          // Command listeners run inside the editor's update: the selection can be read and changed here.
          const selection = $getSelection()
          if (!html || !isWordHtml(html) || !$isRangeSelection(selection)) return false
          const dom = new DOMParser().parseFromString(html, 'text/html')
          normalizeWordHtml(dom)
          event.preventDefault()
          selection.insertNodes($generateNodesFromDOM(editor, dom))
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}
