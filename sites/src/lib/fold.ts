/**
 * Folds Vietnamese text for search: lower-case, tone and vowel marks removed, đ → d, anything
 * that is not a letter or digit → one space. Shared by the build (search index) and the browser
 * (the query), so both sides fold the same way. Removing every mark also makes the two tone
 * placements ("Hoà" / "Hòa") and NFC/NFD spellings fold to the same "hoa".
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
