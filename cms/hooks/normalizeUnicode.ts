import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

/** Every string, also inside arrays, groups and rich text, in Unicode NFC. */
export const toNFC = <T>(value: T): T => {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(toNFC) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNFC(v)])) as T
  return value
}

/**
 * Vietnamese typed on macOS or pasted from PDFs often arrives decomposed (NFD); stored as is,
 * "Hòa" would not equal "Hòa" in search, slugs and uniqueness. Passwords are left alone.
 */
export const normalizeUnicode: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const { password, ...rest } = data as Record<string, unknown>
  return { ...toNFC(rest), ...(password === undefined ? {} : { password }) }
}

export const withNormalizedText = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeValidate: [normalizeUnicode, ...(collection.hooks?.beforeValidate ?? [])] },
})
