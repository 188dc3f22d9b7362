import type { FilterOptions, Validate, Where } from 'payload'
import { type ID, idOf } from '../../access/roles'

type Rel = ID | { id: ID } | null | undefined

/** The picker in the admin offers the commune's own pictures only. */
export const ownImages: FilterOptions = ({ id }) => {
  if (id === undefined || id === null) return false
  const where: Where[] = [{ tenant: { equals: id } }, { mimeType: { contains: 'image/' } }]
  return { and: where }
}

const REFUSED = 'Chỉ chọn được ảnh trong thư viện tệp của chính đơn vị này.'

/**
 * A commune's logo and cover must be pictures of its own media: pointing at another commune's
 * file would copy it onto this site. Checked only when the value changes, so a file moved since
 * (a reorganisation) never blocks other edits of the commune. One message for a file that does
 * not exist and one of another commune, so the answer tells nothing about other communes.
 */
export const ownImage: Validate = async (value, { id, previousValue, req }) => {
  const chosen = idOf(value as Rel)
  if (chosen === undefined || chosen === null) return true
  if (String(chosen) === String(idOf(previousValue as Rel))) return true
  if (id === undefined || id === null) return 'Hãy lưu đơn vị trước, rồi chọn ảnh trong thư viện tệp của đơn vị.'
  const media = (await req.payload
    .findByID({ collection: 'media', id: chosen, depth: 0, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)) as { tenant?: Rel; mimeType?: string | null } | null
  if (!media || String(idOf(media.tenant)) !== String(id)) return REFUSED
  return media.mimeType?.startsWith('image/') ? true : 'Chỉ chọn được ảnh (JPEG, PNG hoặc WebP).'
}
