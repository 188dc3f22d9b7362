import sanitizeHtml from 'sanitize-html'
import { isSafeLinkUrl, type LinkUrlPolicy } from '../contract/link-url'

/**
 * The last gate between stored content and a public page. Rich text is converted to HTML by
 * Payload's Lexical converter, which copies some node attributes into the markup unescaped
 * (a table cell's `headerState` is enough to add an event handler), and stored documents may
 * predate today's validation. So whatever the converter gives passes sanitize-html with an
 * allowlist: the elements the editor can produce, a few attributes each, no classes (the site
 * CSS styles rich text by element only, `.prose h2`, `.prose img`), a handful of inline
 * styles with fixed value shapes (alignment, indent, underline, table borders: nothing that
 * can position, cover or load anything), links by the link rule of cms/fields/link-url.ts,
 * and images from the site's own files only.
 */

/** Site-relative image addresses only ("/media/…"): no tracking pixels, no data: or other hosts. */
const isSiteImageUrl = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && isSafeLinkUrl(value)

const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)

const positiveInt = (value: unknown, max: number): string | null =>
  typeof value === 'string' && /^[1-9][0-9]{0,5}$/.test(value) && Number(value) <= max ? value : null

/** Keeps the listed attributes that pass their check; drops every other one. */
const keep = (
  attribs: sanitizeHtml.Attributes,
  checks: Record<string, (value: string) => string | null>,
): sanitizeHtml.Attributes => {
  const out: sanitizeHtml.Attributes = {}
  for (const [name, check] of Object.entries(checks)) {
    const value = attribs[name]
    if (value === undefined) continue
    const checked = check(value)
    if (checked !== null) out[name] = checked
  }
  if (attribs.style !== undefined) out.style = attribs.style // filtered by allowedStyles
  return out
}

const TEXT_ALIGN = [/^(?:left|right|center|justify)$/]
const PIXELS = [/^\d{1,4}(?:\.\d+)?px$/]
const COLOR = [/^(?:#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\)|[a-z]{3,20})$/i]
const CELL_STYLES = { border: [/^1px solid #[0-9a-f]{3,6}$/i], padding: PIXELS, 'background-color': COLOR }

/** The elements rich text may keep on a site: prose, lists, tables, links and pictures. */
export const PROSE_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'span',
  'code',
  'sub',
  'sup',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'div',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'img',
  'picture',
  'source',
  'figure',
  'figcaption',
] as const

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...PROSE_TAGS],
  allowedAttributes: {
    '*': ['style'],
    a: ['href', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['srcset', 'media', 'type'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  // The sites' CSS targets no class inside rich text; Lexical's own classes (list-bullet,
  // lexical-table-cell-header-…) are where the injection happened, so none is kept.
  allowedClasses: {},
  allowedStyles: {
    '*': { 'text-align': TEXT_ALIGN, 'padding-inline-start': PIXELS },
    span: { 'text-decoration': [/^(?:underline|line-through)$/] },
    li: { 'list-style-type': [/^none$/] },
    table: { 'border-collapse': [/^collapse$/] },
    td: CELL_STYLES,
    th: CELL_STYLES,
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [], source: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset', 'cite'],
  allowProtocolRelative: false,
  // Elements whose content is code or chrome, not prose: dropped with what they hold.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'svg',
    'math',
    'head',
  ],
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link keeps a safe address only; new-tab links never hand the site's window over.
    a: (_tag, attribs) => {
      if (!isSafeLinkUrl(attribs.href)) return { tagName: 'span', attribs: {} }
      const out: sanitizeHtml.Attributes = { href: attribs.href }
      if (attribs.target === '_blank') Object.assign(out, { target: '_blank', rel: 'noopener noreferrer' })
      return { tagName: 'a', attribs: out }
    },
    img: (_tag, attribs) => ({
      tagName: 'img',
      attribs: {
        ...keep(attribs, {
          src: (v) => (isSiteImageUrl(v) ? v : null),
          width: (v) => positiveInt(v, 10_000),
          height: (v) => positiveInt(v, 10_000),
          loading: (v) => (v === 'lazy' || v === 'eager' ? v : null),
          decoding: (v) => (v === 'async' ? v : null),
        }),
        // Always an alt: the editor's text, or empty (decorative) rather than missing.
        alt: attribs.alt ?? '',
      },
    }),
    source: (_tag, attribs) => ({
      tagName: 'source',
      attribs: keep(attribs, {
        srcset: (v) => (srcsetUrls(v).length > 0 && srcsetUrls(v).every(isSiteImageUrl) ? v : null),
        media: (v) => (/^\((?:max|min)-width:\s*\d{1,5}px\)$/.test(v) ? v : null),
        type: (v) => (/^image\/(?:webp|jpeg|png|avif)$/.test(v) ? v : null),
      }),
    }),
    td: (_tag, attribs) => ({
      tagName: 'td',
      attribs: keep(attribs, { colspan: (v) => positiveInt(v, 100), rowspan: (v) => positiveInt(v, 1000) }),
    }),
    th: (_tag, attribs) => ({
      tagName: 'th',
      attribs: keep(attribs, {
        colspan: (v) => positiveInt(v, 100),
        rowspan: (v) => positiveInt(v, 1000),
        scope: (v) => (['row', 'col', 'rowgroup', 'colgroup'].includes(v) ? v : null),
      }),
    }),
    ol: (_tag, attribs) => ({ tagName: 'ol', attribs: keep(attribs, { start: (v) => positiveInt(v, 100_000) }) }),
  },
  // An image without a usable address, or a source without one, is dropped whole.
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !frame.attribs.src) || (frame.tag === 'source' && !frame.attribs.srcset),
}

/** Rich text HTML made safe for a public page (see the module comment for what is kept). */
/** Every CSS property some element may keep (allowedStyles above); the tests check outputs against it. */
export const PROSE_STYLE_PROPERTIES: ReadonlySet<string> = new Set(
  Object.values(OPTIONS.allowedStyles ?? {}).flatMap((properties) => Object.keys(properties)),
)

export const sanitizeRichText = (html: string): string => (html ? sanitizeHtml(html, OPTIONS) : '')

/** `url` when it may be a link's address on a public page, else null (the link is dropped). */
export const safeLinkUrl = (url: unknown, policy: LinkUrlPolicy = {}): string | null =>
  isSafeLinkUrl(url, policy) ? url : null
