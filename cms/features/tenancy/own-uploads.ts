import type { CollectionConfig, Field, Plugin, UploadField, Validate, Where } from 'payload'
import { upload as payloadUploadValidation } from 'payload/shared'
import { type ID, idOf } from '../../access/roles'
import { COMMUNE_SCOPED } from '../../collections/commune-scoped'

type Rel = ID | { id: ID } | null | undefined

const MEDIA = 'media'

const labelOf = (field: UploadField): string => {
  const label = field.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, string>).vi ?? field.name)
  return field.name
}

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((v) => idOf(v as Rel))
    .filter((id): id is ID => id !== null && id !== undefined)
    .map(String)

/** The admin's file picker offers the files of the document's own commune (and the province's own, with none). */
const sameCommuneFiles = ({ data }: { data?: Record<string, unknown> }): Where | true => {
  const commune = idOf(data?.tenant as Rel)
  if (commune === null || commune === undefined) return true
  return { or: [{ tenant: { equals: commune } }, { tenant: { exists: false } }] }
}

/**
 * An upload of a commune's document must be a file of that commune (or of the province, with no
 * commune): the site build copies every file a document names, so pointing at another commune's
 * file would put it, published or not, on this commune's site. Only newly chosen files are
 * checked (a file moved by a reorganisation never blocks other edits); then Payload's own
 * upload validation runs. One message for a missing file and another commune's, so the answer
 * says nothing about other communes.
 */
const ownCommuneUpload =
  (field: UploadField, original: Validate | undefined): Validate =>
  async (value, options) => {
    const { data, previousValue, req } = options
    const commune = idOf((data as { tenant?: Rel } | undefined)?.tenant)
    const before = new Set(idsOf(previousValue))
    const chosen = idsOf(value).filter((id) => !before.has(id))
    if (chosen.length && commune !== null && commune !== undefined) {
      const numeric = req.payload.db.defaultIDType === 'number'
      const { docs } = await req.payload.find({
        collection: MEDIA,
        where: { id: { in: chosen.map((id) => (numeric ? Number(id) : id)) } },
        select: { tenant: true } as never,
        depth: 0,
        limit: chosen.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const ours = new Set(
        (docs as { id: ID; tenant?: Rel }[])
          .filter((m) => {
            const owner = idOf(m.tenant)
            return owner === null || owner === undefined || String(owner) === String(commune)
          })
          .map((m) => String(m.id)),
      )
      if (chosen.some((id) => !ours.has(id)))
        return `"${labelOf(field)}": chỉ chọn được tệp trong thư viện tệp của chính đơn vị này.`
    }
    return (original ?? (payloadUploadValidation as Validate))(value, options)
  }

const withOwnUploads = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'upload' && field.relationTo === MEDIA) {
      const { filterOptions } = field
      return {
        ...field,
        validate: ownCommuneUpload(field, field.validate as Validate | undefined),
        // Keep a field's own filter; add the commune's only where it has none.
        filterOptions: filterOptions ?? (sameCommuneFiles as UploadField['filterOptions']),
      }
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withOwnUploads(tab.fields) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withOwnUploads(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withOwnUploads(field.fields) } as Field
    return field
  })

/** Every upload field of the commune-scoped collections names files of the document's own commune only. */
export const ownUploadsPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(
    (collection): CollectionConfig =>
      (COMMUNE_SCOPED as readonly string[]).includes(collection.slug)
        ? { ...collection, fields: withOwnUploads(collection.fields) }
        : collection,
  ),
})
