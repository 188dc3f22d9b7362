import type { PayloadRequest, Where } from 'payload'
import { asRoleUser, districtCommuneIds, type ID, idOf, isDistrictViewer, isProvinceAdmin } from '../../access/roles'

/** Whose communes the oversight shows: the province (all), or one district's. */
export type OversightScope = { communeIds: ID[] | null; districtId: ID | null }

export type ScopeRefusal = { status: 401 | 403 | 404; message: string }

/** The district asked for (`district` = its id or slug), or a refusal when there is none such. */
const districtOf = async (req: PayloadRequest, asked: string): Promise<ID | null> => {
  const found = await req.payload.find({
    collection: 'districts',
    where: { or: [{ slug: { equals: asked } }, ...(/^\d+$/.test(asked) ? [{ id: { equals: Number(asked) } }] : [])] },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.id ?? null
}

/**
 * The province admin sees every commune (or one district's, with `district`); a district viewer
 * sees their own district's and is refused another; boards and citizens are refused.
 */
export const oversightScope = async (
  req: PayloadRequest,
  askedDistrict: string | null,
): Promise<OversightScope | ScopeRefusal> => {
  const user = asRoleUser(req.user)
  if (!user) return { status: 401, message: 'Cần đăng nhập để xem bảng giám sát.' }
  const asked = askedDistrict?.trim().slice(0, 100) || null
  const districtId = asked ? await districtOf(req, asked) : null
  if (asked && districtId === null)
    return { status: 404, message: `Không có huyện/thị xã/thành phố "${asked}" để lọc bảng giám sát.` }
  if (isProvinceAdmin(user)) {
    if (districtId === null) return { communeIds: null, districtId: null }
    const found = await req.payload.find({
      collection: 'communes',
      where: { district: { equals: districtId } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
    })
    return { communeIds: found.docs.map((c) => c.id), districtId }
  }
  if (isDistrictViewer(user)) {
    const own = idOf(user.district) as ID
    if (districtId !== null && String(districtId) !== String(own))
      return { status: 403, message: 'Tài khoản huyện chỉ xem được bảng giám sát của huyện mình.' }
    return { communeIds: await districtCommuneIds(req), districtId: own }
  }
  return {
    status: 403,
    message: 'Bảng giám sát dành cho quản trị tỉnh và cán bộ huyện; ban biên tập xã không xem được.',
  }
}

export const isRefusal = (value: OversightScope | ScopeRefusal): value is ScopeRefusal => 'status' in value

/** A commune as the table needs it. */
export type CommuneRecord = {
  id: ID
  name: string
  slug: string
  district: ID | { id: ID } | null
  districtName: string
  matomoSiteId: number | null
  site?: { state?: string | null } | null
  contact?: { address?: string | null; phone?: string | null; email?: string | null } | null
  spokesperson?: { name?: string | null } | null
}

/** The communes in view with their districts' names, in two queries, by district then name. */
export const communesInScope = async (req: PayloadRequest, scope: OversightScope): Promise<CommuneRecord[]> => {
  const where: Where | undefined = scope.communeIds === null ? undefined : { id: { in: scope.communeIds } }
  const [communes, districts] = await Promise.all([
    req.payload.find({
      collection: 'communes',
      where,
      select: {
        name: true,
        slug: true,
        district: true,
        matomoSiteId: true,
        site: { state: true },
        contact: true,
        spokesperson: { name: true },
      } as never,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'districts',
      select: { name: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const names = new Map(districts.docs.map((d) => [String(d.id), String((d as { name?: string }).name ?? '')]))
  return (communes.docs as unknown as Omit<CommuneRecord, 'districtName'>[])
    .map((c) => ({ ...c, districtName: names.get(String(idOf(c.district))) ?? '' }))
    .sort((a, b) => a.districtName.localeCompare(b.districtName, 'vi') || a.name.localeCompare(b.name, 'vi'))
}
