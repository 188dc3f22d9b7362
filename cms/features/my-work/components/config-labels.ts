import { getTranslation } from '@payloadcms/translations'
import type { ClientConfig, ClientField } from 'payload'

type I18n = Parameters<typeof getTranslation>[1]

/** A collection's name in the admin's language (plural for lists, singular for one item). */
export const collectionLabel = (
  config: ClientConfig,
  slug: string,
  i18n: I18n,
  form: 'plural' | 'singular',
): string => {
  const labels = config.collections.find((c) => c.slug === slug)?.labels
  const label = labels?.[form]
  return label ? String(getTranslation(label as Parameters<typeof getTranslation>[0], i18n)) : slug
}

const fieldAt = (fields: ClientField[] | undefined, path: string[]): ClientField | undefined => {
  const [head, ...rest] = path
  const field = fields?.find((f) => 'name' in f && f.name === head)
  if (!field || rest.length === 0) return field
  return fieldAt((field as { fields?: ClientField[] }).fields, rest)
}

/**
 * The label of a select option as the collection's field defines it (the site's state, a board
 * role), so the dashboard says what the rest of the admin says.
 */
export const optionLabel = (config: ClientConfig, slug: string, path: string[], value: string, i18n: I18n): string => {
  const fields = config.collections.find((c) => c.slug === slug)?.fields
  const options = (fieldAt(fields, path) as { options?: (string | { label: unknown; value: string })[] } | undefined)
    ?.options
  const option = options?.find((o) => (typeof o === 'string' ? o : o.value) === value)
  if (!option || typeof option === 'string') return value
  return String(getTranslation(option.label as Parameters<typeof getTranslation>[0], i18n))
}
