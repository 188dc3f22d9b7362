import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

type Label = string | Record<string, string> | undefined

/**
 * The title is required even on a draft: drafts skip Payload's validation, and an empty news
 * item used to be saved and listed under its id. Refused with a sentence naming the field,
 * shown next to it in the admin.
 */
export const requireTitle =
  (field: string, label: Label): CollectionBeforeValidateHook =>
  ({ collection, data, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return data
    const given = data && field in data
    if (operation === 'update' && !given) return data
    const value = (data as Record<string, unknown> | undefined)?.[field]
    if (typeof value === 'string' && value.trim()) return data
    const name = typeof label === 'string' ? label : (label?.vi ?? 'Tiêu đề')
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: field,
            label: name,
            message: `${name}: cần nhập ${name.toLowerCase()} trước khi lưu bản nháp hoặc xuất bản.`,
          },
        ],
        req,
      },
      req.t,
    )
  }
