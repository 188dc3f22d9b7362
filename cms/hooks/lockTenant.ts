import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { idOf, isProvinceAdmin } from '../access/roles'

/**
 * A document stays in its commune: the tenant selector or an API client must not move it to
 * another commune (a known multi-tenant trap). Only the province admin re-assigns.
 */
export const lockTenant: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || isProvinceAdmin(req.user) || !originalDoc) return data
  const before = idOf(originalDoc.tenant)
  const after = 'tenant' in data ? idOf(data.tenant) : before
  if (String(before) !== String(after)) {
    const error = new Forbidden(req.t)
    error.message = 'Không thể chuyển nội dung sang đơn vị khác.'
    throw error
  }
  return data
}
