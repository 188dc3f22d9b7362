import { decodeTextEntities } from '../../contract/html-entities'
import sanitizeHtml from 'sanitize-html'

/**
 * The text of an HTML fragment, for a title or a summary: every tag dropped by sanitize-html
 * (scripts and styles with their content), the common entities read, whitespace collapsed, NFC.
 */
export const htmlToPlainText = (html: string): string =>
  decodeTextEntities(
    sanitizeHtml(html, {
      allowedTags: [],
      allowedAttributes: {},
      nonTextTags: ['script', 'style', 'textarea', 'noscript'],
    }),
  ).normalize('NFC')
