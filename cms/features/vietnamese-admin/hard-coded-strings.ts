/**
 * English written into the admin's libraries themselves, out of reach of any translation key:
 * Lexical's handles and link buttons, sonner's toaster region, Payload's upload card, its "ID"
 * column and " - ID: " fallback titles, the relationship field's edit button. Each is rewritten
 * on the page (components/HardCodedEnglish.tsx); the replacements are exact, never a guess.
 */
type Rule = readonly [RegExp, string | ((...groups: string[]) => string)]

const DROPDOWNS: Readonly<Record<string, string>> = {
  add: 'Trình đơn thêm',
  text: 'Trình đơn kiểu chữ',
  align: 'Trình đơn căn lề',
  format: 'Trình đơn định dạng',
}

/** aria-label, title and placeholder values. */
const ATTRIBUTE_RULES: readonly Rule[] = [
  [/^Notifications\b.*$/, 'Thông báo'],
  [/^Close toast$/, 'Đóng thông báo'],
  [/^Drag to move$/, 'Kéo để di chuyển'],
  [/^Add block$/, 'Thêm khối'],
  [/^Edit link$/, 'Sửa liên kết'],
  [/^Remove link$/, 'Gỡ liên kết'],
  [/^Add Row$/, 'Thêm hàng'],
  [/^Add Column$/, 'Thêm cột'],
  [/^Insert Paragraph$/, 'Chèn đoạn văn'],
  [/^Slash menu$/, 'Trình đơn lệnh'],
  [/^(\S+) dropdown$/, (_, group) => DROPDOWNS[group] ?? 'Trình đơn'],
  [/^Edit (.+)$/s, (_, label) => `Sửa: ${label}`],
  [/^Copy URL$/, 'Sao chép địa chỉ'],
  [/ - ID: ?/g, ' - mã '],
]

/** Visible text (a text node's whole content, or the " - ID: " piece of a fallback title). */
const TEXT_RULES: readonly Rule[] = [
  [/^ID$/, 'Mã'],
  [/\bMIME Type\b/g, 'Kiểu tệp'],
  [/^Copy URL$/, 'Sao chép địa chỉ'],
  [/ - ID: ?/g, ' - mã '],
]

const apply = (rules: readonly Rule[], value: string): string => {
  let out = value
  for (const [pattern, replacement] of rules) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement)
  }
  return out
}

export const ATTRIBUTES = ['aria-label', 'title', 'placeholder'] as const

export const vietnameseAttribute = (value: string): string => apply(ATTRIBUTE_RULES, value)

export const vietnameseText = (value: string): string => {
  const trimmed = value.trim()
  const replaced = apply(TEXT_RULES, trimmed)
  return replaced === trimmed ? value : value.replace(trimmed, replaced)
}
