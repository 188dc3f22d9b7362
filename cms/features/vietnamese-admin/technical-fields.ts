import type { CollectionConfig, Field } from 'payload'
import { isProvinceAdmin } from '../../access/roles'

/**
 * Fields only the province's IT staff make sense of (raw ids, request addresses, JSON details):
 * not shown to board members and district viewers in the document view. Their data stays
 * readable where their access allows; this is about what a board member has to read on screen.
 */
const TECHNICAL: Readonly<Record<string, readonly string[]>> = {
  'audit-logs': ['documentId', 'details', 'ip'],
}

const provinceOnly = (field: Field): Field => {
  const admin = field.admin ?? {}
  const own = 'condition' in admin ? admin.condition : undefined
  return {
    ...field,
    admin: {
      ...admin,
      condition: (data, siblingData, context) =>
        isProvinceAdmin(context.user) && (own ? own(data, siblingData, context) : true),
    },
  } as Field
}

/** The collection with its technical fields hidden from everyone but the province admin. */
export const withTechnicalFieldsHidden = (collection: CollectionConfig): CollectionConfig => {
  const names = TECHNICAL[collection.slug]
  if (!names) return collection
  return {
    ...collection,
    fields: collection.fields.map((f) => ('name' in f && names.includes(f.name) ? provinceOnly(f) : f)),
  }
}
