import { Forbidden, ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import { asRoleUser, idOf, isProvinceAdmin, memberRoleIn, type ID } from '../access/roles'

export const TENANT_REQUIRED_MESSAGE = 'Đơn vị: cần chọn đơn vị (xã, phường, thị trấn) của nội dung này.'
export const TENANT_UNKNOWN_MESSAGE = 'Đơn vị: không tìm thấy đơn vị đã chọn.'
export const TENANT_NOT_YOURS_MESSAGE = 'Đơn vị: bạn không được tạo loại nội dung này trong đơn vị đã chọn.'
export const TENANT_LOCKED_MESSAGE =
  'Đơn vị: không thể chuyển nội dung sang đơn vị khác (chỉ quản trị tỉnh được chuyển).'

const missing = (req: PayloadRequest, collection: string, message: string): never => {
  throw new ValidationError({ collection, errors: [{ path: 'tenant', message }] }, req.t)
}

/**
 * Communes a request has already found, so that a request writing many items of one commune
 * (the demo seed writes a commune's hundred-odd items on one request) counts it once instead
 * of once per item. Only found communes are kept, for as long as the request lives.
 */
const foundCommunes = new WeakMap<PayloadRequest, Set<string>>()

const communeExists = async (req: PayloadRequest, id: ID): Promise<boolean> => {
  if (typeof id === 'string' && !/^\d+$/.test(id) && !/^[a-f0-9]{24}$/i.test(id)) return false
  if (foundCommunes.get(req)?.has(String(id))) return true
  try {
    const found = await req.payload.count({
      collection: 'communes',
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs === 0) return false
    const known = foundCommunes.get(req) ?? new Set<string>()
    foundCommunes.set(req, known.add(String(id)))
    return true
  } catch {
    return false // an id of the wrong shape for this database
  }
}

/**
 * Every commune-scoped document belongs to a commune, on every save: drafts skip Payload's
 * validation (so the tenant field's own `required` never ran for them), and the province admin,
 * who may write anywhere, must still say where. On create, the commune (given, or filled in
 * from the admin's tenant selector) must be one where the user may create this kind of content:
 * create access saw only the request body, before that default was applied. Moving a document
 * to another commune is refused here too (lockTenant stays as the last word before the write).
 * Runs before validation, ahead of the tenant plugin's own membership check, so every refusal
 * names the field in Vietnamese; the tenant field's default (the admin's selector) is applied
 * by then.
 */
export const requireTenant: CollectionBeforeValidateHook = async ({
  collection,
  data = {},
  operation,
  originalDoc,
  req,
}) => {
  const given = operation === 'update' && !('tenant' in data) ? originalDoc?.tenant : data.tenant
  const tenant = idOf(given as ID | { id: ID } | null | undefined)
  if (tenant === undefined || tenant === null || tenant === '' || tenant === 0)
    missing(req, collection.slug, TENANT_REQUIRED_MESSAGE)
  if (operation === 'update' && String(tenant) === String(idOf(originalDoc?.tenant))) return data
  if (!(await communeExists(req, tenant as ID))) missing(req, collection.slug, TENANT_UNKNOWN_MESSAGE)

  const user = asRoleUser(req.user)
  if (!user || isProvinceAdmin(user)) return data
  if (operation === 'update') missing(req, collection.slug, TENANT_LOCKED_MESSAGE)
  const create = collection.access?.create
  const allowed =
    memberRoleIn(user, tenant as ID) !== undefined &&
    (typeof create !== 'function' || (await create({ req, data: { ...data, tenant } })) !== false)
  if (!allowed) {
    req.payload.logger.warn(
      `requireTenant refused: ${collection.slug} create in commune ${String(tenant)} (user ${String(user.id)})`,
    )
    const error = new Forbidden(req.t)
    error.message = TENANT_NOT_YOURS_MESSAGE
    throw error
  }
  return data
}
