import sanitizeHtml from 'sanitize-html'
import { isSafeLinkUrl } from '../../../contract/link-url'
import { htmlToPlainText } from '../../lib/plain-text'

/** Stored media ID of each image marker (word-image:n); markers without one are dropped. */
export type StoredImages = ReadonlyMap<string, number | string>

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/**
 * On the site the item's title is the page's only h1, so the body's top heading level becomes
 * h2 and the others keep their distance below it (Word's Heading 1 … 5 → h2 … h6).
 */
const headingShift = (html: string): ((tag: string) => string) => {
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]))
  const shift = levels.length ? 2 - Math.min(...levels) : 0
  return (tag) => HEADINGS[Math.max(1, Math.min(Number(tag.slice(1)) - 1 + shift, 5))]!
}

/**
 * A paragraph holding only an image: the image stands alone (the editor's images are blocks);
 * a paragraph left empty (its image was not stored) goes.
 */
const unwrapImages = (html: string): string =>
  html.replace(/<p>\s*(<img\b[^>]*>)\s*<\/p>/gi, '$1').replace(/<p>\s*<\/p>/gi, '')

/**
 * mammoth's HTML through an allowlist before Lexical reads it: only what the editor can hold
 * (headings, paragraphs, lists, tables, bold/italic/underline, links by the link rule, the
 * stored images), no styles or classes. A Word file is the user's input like any other.
 */
export const cleanWordHtml = (html: string, stored: StoredImages): string => {
  const shiftHeading = headingShift(html)
  return unwrapImages(
    sanitizeHtml(html, {
      allowedTags: [
        ...HEADINGS,
        'p',
        'br',
        'strong',
        'b',
        'em',
        'i',
        'u',
        's',
        'sub',
        'sup',
        'blockquote',
        'ul',
        'ol',
        'li',
        'a',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'img',
      ],
      allowedAttributes: {
        a: ['href'],
        img: ['alt', 'data-lexical-upload-id', 'data-lexical-upload-relation-to'],
        th: ['colspan', 'rowspan'],
        td: ['colspan', 'rowspan'],
      },
      allowedSchemes: ['http', 'https', 'mailto', 'tel'],
      disallowedTagsMode: 'discard',
      transformTags: {
        ...Object.fromEntries(HEADINGS.map((tag) => [tag, shiftHeading(tag)])),
        // A link that breaks the link rule keeps its text only; Word's internal bookmarks (#_Toc…) too.
        a: (_tag, attribs): sanitizeHtml.Tag =>
          attribs.href && !attribs.href.startsWith('#') && isSafeLinkUrl(attribs.href)
            ? { tagName: 'a', attribs: { href: attribs.href } }
            : { tagName: 'span', attribs: {} },
        img: (_tag, attribs): sanitizeHtml.Tag => {
          const id = attribs.src ? stored.get(attribs.src) : undefined
          if (id === undefined) return { tagName: 'img', attribs: {} }
          return {
            tagName: 'img',
            attribs: { 'data-lexical-upload-id': String(id), 'data-lexical-upload-relation-to': 'media' },
          }
        },
      },
      exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['data-lexical-upload-id'],
    }),
  )
}

/** The text of the document's first heading (before cleaning: Word's h1), or null. */
export const firstHeading = (html: string): string | null => {
  const match = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/i.exec(html)
  if (!match) return null
  const text = htmlToPlainText(match[2] ?? '')
  return text || null
}

/** The HTML without its first heading, when that heading opens the document (it became the title). */
export const withoutLeadingHeading = (html: string): string => html.replace(/^\s*<h([1-6])[^>]*>[\s\S]*?<\/h\1>/i, '')
