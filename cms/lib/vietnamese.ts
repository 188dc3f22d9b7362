/**
 * Vietnamese text helpers used for unit names, slugs and search.
 *
 * Source data mixes Unicode forms (NFC/NFD), whitespace, letter case of the
 * type prefix and the two tone-placement conventions ("Hoà" vs "Hòa"). These
 * helpers give one canonical spelling so that names compare equal and slugs
 * are deterministic.
 */

// Combining tone marks (after NFD): grave, acute, tilde, hook above, dot below.
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'
const TONE_MARK_RE = new RegExp(`[${TONE_MARKS}]`, 'u')

// oa / oe / uy clusters where the tone sits on the second vowel and the
// syllable has no final letter. Only there do the two conventions differ
// ("hoà" vs "hòa"); "hoàng", "toán", "khuỷu" are spelled the same in both.
// A preceding q is excluded: in "quý" the u belongs to the initial "qu", so
// the tone correctly stays on y.
const OLD_STYLE_CLUSTER_RE =
  /(?<![qQ])([oO])([àáãảạÀÁÃẢẠèéẽẻẹÈÉẼẺẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỹỷỵỲÝỸỶỴ])(?![\p{L}\p{M}])/gu

/** Moves the tone mark of `toned` onto `bare` ("o" + "à" -> "ò" + "a"). */
function moveTone(bare: string, toned: string): string {
  const decomposed = toned.normalize('NFD')
  const tone = decomposed.match(TONE_MARK_RE)?.[0] ?? ''
  const base = decomposed.replace(TONE_MARK_RE, '')
  return `${bare}${tone}`.normalize('NFC') + base.normalize('NFC')
}

/**
 * Canonical form of a Vietnamese string: NFC, trimmed, single spaces, and the
 * tone placement used by the GSO unit list ("Hoà" -> "Hòa", "Thuỷ" -> "Thủy").
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(OLD_STYLE_CLUSTER_RE, (_match: string, o?: string, ae?: string, u?: string, y?: string): string =>
      o !== undefined && ae !== undefined ? moveTone(o, ae) : moveTone(u ?? '', y ?? ''),
    )
}

/**
 * Normalises a unit name and restores the canonical casing of its type
 * prefix, so "Thị Trấn Long Bình" (type "Thị trấn") becomes "Thị trấn Long Bình".
 */
export function normalizeUnitName(name: string, type: string): string {
  const n = normalizeText(name)
  const t = normalizeText(type)
  if (t === '') return n
  const head = n.slice(0, t.length)
  const rest = n.slice(t.length)
  // Only a whole-word prefix counts ("Xã" must not match "Xãx...").
  if (head.toLocaleLowerCase('vi') === t.toLocaleLowerCase('vi') && (rest === '' || rest.startsWith(' '))) {
    return t + rest
  }
  return n
}

/** Removes all diacritics; "đ"/"Đ" are separate letters in Unicode, not marks. */
export function stripDiacritics(s: string): string {
  return s.replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** Accent- and case-insensitive key for search ("Phú Hòa" ~ "phu hoa"). */
export function foldForSearch(s: string): string {
  return normalizeText(stripDiacritics(s).toLowerCase())
}

/** URL-safe ASCII slug: "Phường Mỹ Bình" -> "phuong-my-binh". */
export function slugify(s: string): string {
  return stripDiacritics(normalizeText(s))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
}
