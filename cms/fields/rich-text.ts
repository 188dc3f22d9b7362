import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { isSafeLinkUrl, LINK_URL_RULE } from './link-url'

type LexicalNode = { type?: unknown; text?: unknown; fields?: { url?: unknown; linkType?: unknown } | null; children?: unknown }

/** The first link (or auto-link) node whose typed address breaks the link rule, with its text. */
export const findUnsafeRichTextLink = (value: unknown): { url: string; text: string } | null => {
  const walk = (nodes: unknown): { url: string; text: string } | null => {
    if (!Array.isArray(nodes)) return null
    for (const node of nodes as LexicalNode[]) {
      if (!node || typeof node !== 'object') continue
      // An internal link points at a document (its `doc`), not at the typed `url`.
      if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
        const url = node.fields?.url
        if (!isSafeLinkUrl(url)) return { url: String(url ?? ''), text: textOf(node.children) }
      }
      const found = walk(node.children)
      if (found) return found
    }
    return null
  }
  const root = value && typeof value === 'object' ? (value as { root?: { children?: unknown } }).root : null
  return walk(root?.children)
}

const textOf = (nodes: unknown): string =>
  Array.isArray(nodes) ? (nodes as LexicalNode[]).map((n) => (typeof n?.text === 'string' ? n.text : textOf(n?.children))).join('') : ''

const labelOf = (label: unknown): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' && typeof (label as { vi?: unknown }).vi === 'string' ? (label as { vi: string }).vi : 'Nội dung'

/**
 * Payload's Lexical editor, with the link rule of every URL field (cms/fields/link-url.ts)
 * applied to the links inside rich text when a document is validated (publishing, and every
 * save of a collection without drafts). Lexical's own link check only refuses spaces and
 * answers in English; this one runs first and names the field and the link in Vietnamese.
 * The sites sanitise rich text at build time regardless (sites/sanitize-html.ts), which also
 * covers drafts saved before publishing and anything already in the database.
 */
export const richTextEditor = (): ReturnType<typeof lexicalEditor> => {
  const provider = lexicalEditor()
  return async (args) => {
    const adapter = await provider(args)
    const lexicalValidate = adapter.validate
    return {
      ...adapter,
      validate: async (value, options) => {
        const unsafe = findUnsafeRichTextLink(value)
        if (unsafe) {
          const text = unsafe.text.length > 40 ? `${unsafe.text.slice(0, 40)}…` : unsafe.text
          return `${labelOf(options.label)} (liên kết «${text}»): ${LINK_URL_RULE}`
        }
        return lexicalValidate(value, options)
      },
    }
  }
}
