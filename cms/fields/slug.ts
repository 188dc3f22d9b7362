import type { FieldHook, TextField } from 'payload'
import { slugify } from '../lib/vietnamese'

const formatSlug =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

/**
 * A readable ASCII slug made from `from` unless given. Unique per commune, not globally
 * (the compound index is declared on the collection), so the global `unique` stays off.
 */
export const slugField = (
  from = 'title',
  overrides: Partial<Pick<TextField, 'unique' | 'access' | 'label' | 'required'>> = {},
): TextField => ({
  name: 'slug',
  type: 'text',
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tự tạo từ tiêu đề nếu để trống; không dấu.',
      en: 'Made from the title when empty; ASCII only.',
    },
  },
  hooks: { beforeValidate: [formatSlug(from)] },
  // Empty only when its source is missing too, which that field reports itself.
  validate: (value: unknown) =>
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
      ? true
      : 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
  ...overrides,
})
