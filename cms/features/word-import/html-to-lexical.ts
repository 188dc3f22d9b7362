import { withDOM } from '@lexical/headless/dom'
import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichTextField } from 'payload'

type Node = { type?: string; value?: unknown; children?: Node[] }

/** Upload nodes read their ID from an HTML attribute (text); numeric IDs are stored as numbers. */
const numericUploadIds = (node: Node): void => {
  if (node.type === 'upload' && typeof node.value === 'string' && /^\d+$/.test(node.value))
    node.value = Number(node.value)
  for (const child of node.children ?? []) numericUploadIds(child)
}

/**
 * Clean HTML to the editor's Lexical JSON with Payload's own converter and the field's own
 * editor config, so every node is one the editor knows (headings, lists, tables, links,
 * uploads). The server has no DOM: Lexical's withDOM lends one (happy-dom) for the parse.
 */
export const htmlToLexical = (html: string, field: RichTextField): SerializedEditorState => {
  const editorConfig = editorConfigFactory.fromField({ field })
  const state = withDOM((window) =>
    convertHTMLToLexical({
      editorConfig,
      html,
      JSDOM: class {
        window: { document: Document }
        constructor(markup: string) {
          this.window = { document: new window.DOMParser().parseFromString(markup, 'text/html') }
        }
      },
    }),
  ) as SerializedEditorState
  numericUploadIds(state.root as Node)
  return state
}
