import sanitizeHtml from 'sanitize-html'

/**
 * The text of an HTML fragment, for a title or a summary: every tag dropped by sanitize-html
 * (scripts and styles with their content), the common entities read, whitespace collapsed, NFC.
 */
export const htmlToPlainText = (html: string): string =>
  sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'noscript'],
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
