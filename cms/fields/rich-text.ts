import {
  type defaultEditorFeatures,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { ValidationError } from 'payload'
import { isSafeLinkUrl, LINK_URL_RULE } from '../../contract/link-url'

type LexicalNode = {
  type?: unknown
  text?: unknown
  fields?: { url?: unknown; linkType?: unknown } | null
  children?: unknown
}

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
  Array.isArray(nodes)
    ? (nodes as LexicalNode[]).map((n) => (typeof n?.text === 'string' ? n.text : textOf(n?.children))).join('')
    : ''

const labelOf = (label: unknown): string =>
  typeof label === 'string'
    ? label
    : label && typeof label === 'object' && typeof (label as { vi?: unknown }).vi === 'string'
      ? (label as { vi: string }).vi
      : 'Nội dung'

/** "Nội dung (liên kết «Bấm vào đây»): chỉ chấp nhận …", or null when every link is safe. */
const unsafeLinkMessage = (value: unknown, label: unknown): string | null => {
  const unsafe = findUnsafeRichTextLink(value)
  if (!unsafe) return null
  const text = unsafe.text.length > 40 ? `${unsafe.text.slice(0, 40)}…` : unsafe.text
  return `${labelOf(label)} (liên kết «${text}»): ${LINK_URL_RULE}`
}

/**
 * Drafts skip field validation (the editorial collections save drafts unvalidated), so the
 * same check runs as a hook on every save: the database never holds such a link, draft or not.
 */
type LexicalAdapter = Awaited<ReturnType<ReturnType<typeof lexicalEditor>>>
type BeforeValidateHook = NonNullable<NonNullable<LexicalAdapter['hooks']>['beforeValidate']>[number]
const refuseUnsafeLinks: BeforeValidateHook = ({ value, field, path, collection, global, req }) => {
  const message = unsafeLinkMessage(value, 'label' in field ? field.label : undefined)
  if (message)
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message }] },
      req.t,
    )
  return value
}

/**
 * Payload's Lexical editor with its default features (headings, lists, link, upload, quote,
 * bold/italic…), a toolbar always on show above the text (boards do not hunt for a selection
 * menu), and tables; features may add their own (`extra`, e.g. the Word paste). With the link rule of every URL field (cms/fields/link-url.ts)
 * applied to the links inside rich text, on validation and on every save (drafts included).
 * Lexical's own link check only refuses spaces and answers in English; this one runs first and
 * names the field and the link in Vietnamese. The sites sanitise rich text at build time
 * regardless (sites/sanitize-html.ts), which also covers anything already in the database.
 */
export const richTextEditor = (extra: typeof defaultEditorFeatures = []): ReturnType<typeof lexicalEditor> => {
  const provider = lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      FixedToolbarFeature(),
      EXPERIMENTAL_TableFeature(),
      ...extra,
    ],
  })
  return async (args) => {
    const adapter = await provider(args)
    const lexicalValidate = adapter.validate
    return {
      ...adapter,
      hooks: { ...adapter.hooks, beforeValidate: [refuseUnsafeLinks, ...(adapter.hooks?.beforeValidate ?? [])] },
      validate: async (value, options) => unsafeLinkMessage(value, options.label) ?? lexicalValidate(value, options),
    }
  }
}
