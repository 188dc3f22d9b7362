import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'
import { slugify } from '../lib/vietnamese'

type ID = number | string

/** How many numbered forms ("-2" … "-30") one query looks at for a free slug. */
const NUMBERED_FORMS = 30

/**
 * The slug itself when no other document of the commune has it, else the first free numbered
 * form ("thong-bao-2"): boards often give two items the same title (a monthly "Lịch tiếp công
 * dân"), and the compound index would refuse the second with a message about the commune.
 */
const freeInCommune = async (
  base: string,
  { collection, tenant, id, req }: { collection?: string; tenant: unknown; id?: ID; req: PayloadRequest },
): Promise<string> => {
  const commune = tenant && typeof tenant === 'object' ? (tenant as { id: ID }).id : (tenant as ID | undefined)
  // A malformed commune ("abc") is the tenant field's to report, in its own words.
  if (!collection || !looksLikeId(commune)) return base
  const forms = [base, ...Array.from({ length: NUMBERED_FORMS - 1 }, (_, i) => `${base}-${i + 2}`)]
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: {
      and: [
        { tenant: { equals: commune } },
        { slug: { in: forms } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    select: { slug: true } as never,
    depth: 0,
    limit: NUMBERED_FORMS,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set((docs as { slug?: string }[]).map((d) => d.slug))
  return forms.find((form) => !taken.has(form)) ?? `${base}-${Date.now().toString(36)}`
}

/** A row id of SQLite/Postgres (an integer) or MongoDB (24 hex digits). */
const looksLikeId = (value: unknown): value is ID =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^(\d+|[0-9a-f]{24})$/i.test(value))

const formatSlug =
  (from: string, numbered: boolean): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || !source.trim()) return value
    if (!numbered) return slugify(source)
    return freeInCommune(slugify(source), {
      collection: collection?.slug,
      tenant: data?.tenant ?? originalDoc?.tenant,
      id: originalDoc?.id,
      req,
    })
  }

/**
 * A readable ASCII slug made from `from` unless given. Unique per commune, not globally
 * (the compound index is declared on the collection), so the global `unique` stays off.
 */
export const slugField = (
  from = 'title',
  {
    numbered = false,
    ...overrides
  }: Partial<Pick<TextField, 'unique' | 'access' | 'label' | 'required'>> & {
    /** Items (news, documents...): a title the commune already used gets the next free "-2", "-3". */
    numbered?: boolean
  } = {},
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
  hooks: { beforeValidate: [formatSlug(from, numbered)] },
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
