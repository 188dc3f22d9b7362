/**
 * Headers for an uploaded file served to a browser (the CMS's /api/media/file/... and the
 * sites' /media/...), so a file can never act as a page of our origin:
 * - `nosniff`: the browser keeps the declared type (never guesses HTML from the bytes);
 * - a CSP with `sandbox` and nothing allowed: even a file that reached a browser as a document
 *   runs no script, submits no form, and has a unique origin (no cookies, no API);
 * - `Content-Disposition`: images open in the browser; everything else (PDF, DOCX, XLSX) is
 *   downloaded. PDFs are not shown inline because Chromium refuses to render a PDF in a
 *   sandboxed document (crbug 41131921), and the sandbox is what makes a file harmless; the
 *   sites already link documents with `download`.
 */
export const UPLOADED_FILE_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"

const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** A file name safe inside a quoted header parameter (stored names are already ASCII slugs). */
const headerFilename = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 150) || 'tep'

export const uploadedFileHeaders = (
  contentType: string | null | undefined,
  filename?: string,
): Record<string, string> => {
  const type = String(contentType ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase()
  const disposition = INLINE_TYPES.has(type) ? 'inline' : 'attachment'
  return {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOADED_FILE_CSP,
    'Content-Disposition': filename ? `${disposition}; filename="${headerFilename(filename)}"` : disposition,
  }
}
