import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { safeLinkUrl, sanitizeRichText } from '../../../../sites/sanitize-html'
import { type ImageOf, siteConverters } from './rich-text-html'

/**
 * How stored values become snapshot values. A value that cannot go on the site throws a
 * FieldError naming its field; `each` adds the document, so the admin shows which one to fix.
 */

/** Data of one field that cannot go on the site; the message is for the admin, in Vietnamese. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`trường ${field}: ${message}`)
  }
}

export const labelOf = (options: readonly { value: string; label: string }[], value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? null

/** A stored date as ISO text; a value that is not a date names its field. */
export const iso = (value: unknown, field: string): string | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new FieldError(field, `"${value}" không phải ngày hợp lệ`)
  return date.toISOString()
}

/**
 * Maps a collection's documents for the snapshot; a document whose data cannot be exported
 * fails the commune's build with a message naming the document and the field (shown in the
 * admin), never a bare stack trace.
 */
export const each = <T extends { id: number | string; title?: string | null; name?: string | null }, R>(
  collection: string,
  docs: T[],
  map: (doc: T) => R,
): R[] =>
  docs.map((doc) => {
    try {
      return map(doc)
    } catch (err) {
      throw new Error(
        `Lỗi dữ liệu ở ${collection} #${doc.id} «${doc.title ?? doc.name ?? ''}», ${(err as Error).message}`,
        { cause: err },
      )
    }
  })

export type Rel<T> = number | string | T | null | undefined
export const asDoc = <T>(value: Rel<T>): T | null => (value && typeof value === 'object' ? value : null)

/**
 * Links whose address breaks the link rule (contract/link-url.ts) are left off the site:
 * the fields refuse them now, but older rows, or rows written around the API, may hold them.
 */
export const safeLinks = <L extends { url?: string | null }>(links: L[] | null | undefined): (L & { url: string })[] =>
  (links ?? []).filter((l): l is L & { url: string } => safeLinkUrl(l.url) !== null)

/**
 * Rich text as HTML. The Lexical converter escapes text but copies some node attributes into
 * the markup as they are, so its output always goes through the allowlist sanitiser. Images
 * in the text are the site's own media files, through `image` (which also has the build copy
 * them); without it they are left out.
 */
export const html = (data: unknown, field: string, image: ImageOf = () => null): string => {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  try {
    const converters = siteConverters(image)
    return sanitizeRichText(convertLexicalToHTML({ data: data as never, disableContainer: true, converters }))
  } catch (err) {
    throw new FieldError(field, `nội dung soạn thảo không đọc được (${(err as Error).message})`)
  }
}
