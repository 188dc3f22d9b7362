import type { Access, CollectionBeforeChangeHook, CollectionConfig, Field, FieldAccess, PayloadRequest } from 'payload'
import { asRoleUser, type ID, idOf, isProvinceAdmin } from '../../access/roles'

/**
 * A district's or region's own newsroom, where the province allows it (issue 14): the province
 * ticks "Có trang tin riêng" on the district; its viewer then writes items offered to the
 * communes of that district only (never mandatory: only the province imposes), and edits or
 * removes only those. Everything else of "Tin từ tỉnh" stays the province's.
 */
export const NEWSROOM_FIELD = 'newsroom'

/** On the districts: the province allows the district's (or region's) viewer a newsroom. */
export const districtNewsroomField = (): Field => ({
  name: NEWSROOM_FIELD,
  type: 'checkbox',
  defaultValue: false,
  label: { vi: 'Có trang tin riêng (gửi tin cho các xã trong huyện/khu vực)', en: 'Own newsroom' },
  admin: {
    description: {
      vi: 'Tài khoản theo dõi của huyện/khu vực được viết tin gửi các xã, phường của mình trong "Tin từ tỉnh" (không được đặt bắt buộc).',
      en: "The district's viewer may offer news to its communes.",
    },
  },
})

/** The district of a viewer whose district has a newsroom, or undefined. Read once per request. */
export const newsroomDistrictOf = async (req: PayloadRequest): Promise<ID | undefined> => {
  const user = asRoleUser(req.user)
  const district = idOf(user?.district)
  if (user?.globalRole !== 'district-viewer' || district === undefined) return undefined
  const cacheKey = 'syndicationNewsroomDistrict'
  const context = req.context as Record<string, unknown>
  if (!(cacheKey in context)) {
    const found = await req.payload.find({
      collection: 'districts',
      where: { and: [{ id: { equals: district } }, { [NEWSROOM_FIELD]: { equals: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    context[cacheKey] = found.docs.length ? district : undefined
  }
  return context[cacheKey] as ID | undefined
}

/** Create: the province, or a viewer of a district with a newsroom. */
export const createSharedNews: Access = async ({ req }) =>
  isProvinceAdmin(req.user) || (await newsroomDistrictOf(req)) !== undefined

/** Update and delete: the province every item; a district's newsroom only the items it wrote. */
export const changeSharedNews: Access = async ({ req }) => {
  if (isProvinceAdmin(req.user)) return true
  const district = await newsroomDistrictOf(req)
  return district === undefined ? false : { [NEWSROOM_FIELD]: { equals: district } }
}

/** The item's newsroom: set by the server from who writes (null: the province's). */
export const newsroomOfItemField = (): Field => ({
  name: NEWSROOM_FIELD,
  type: 'relationship',
  relationTo: 'districts',
  label: { vi: 'Trang tin của huyện/khu vực', en: 'District newsroom' },
  access: { create: (() => false) as FieldAccess, update: (() => false) as FieldAccess },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.[NEWSROOM_FIELD]) },
})

/**
 * A district newsroom's item is its own and goes to its communes only: whatever the viewer sent
 * as target, newsroom or mandatory is replaced. The province's writes are left as they are.
 */
export const confineDistrictNewsroom: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (isProvinceAdmin(req.user) || !asRoleUser(req.user)) return data
  const district = await newsroomDistrictOf(req)
  if (district === undefined) return data
  return {
    ...data,
    ...(operation === 'create' ? { [NEWSROOM_FIELD]: district } : {}),
    target: 'districts',
    districts: [district],
    communes: [],
    mandatory: false,
  }
}

/** Shared news with district newsrooms: access, the item's newsroom field and the confining hook. */
export const withDistrictNewsrooms = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, create: createSharedNews, update: changeSharedNews, delete: changeSharedNews },
  admin: {
    ...collection.admin,
    hidden: ({ user }) => !isProvinceAdmin(user) && asRoleUser(user)?.globalRole !== 'district-viewer',
  },
  fields: [...collection.fields, newsroomOfItemField()],
  hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), confineDistrictNewsroom] },
})
