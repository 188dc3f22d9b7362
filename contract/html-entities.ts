/**
 * The entities our sanitisers leave in plain text (sanitize-html and the site's exporter write
 * only these), decoded, whitespace collapsed: one place for the CMS's summaries and the site's
 * descriptions, RSS and search index.
 */
export const decodeTextEntities = (text: string): string =>
  text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
