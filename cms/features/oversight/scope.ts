import type { PayloadRequest, Where } from 'payload'
import {
  asRoleUser,
  followedCommuneIds,
  type ID,
  idOf,
  isDistrictViewer,
  isProvinceAdmin,
  viewerCommuneIds,
} from '../../access/roles'
import { compareDistricts, NO_DISTRICT_LABEL, NO_DISTRICT_QUERY } from './labels'

/**
 * Whose communes the oversight shows: the province (all), one district's (or region's), those
 * of no district, or a viewer's (their district's and the communes they follow).
 */
export type OversightScope = {
  communeIds: ID[] | null
  districtId: ID | null
  /** The scope holds communes a viewer follows (`viewerCommunes`), not a district's alone. */
  followed?: boolean
}

export type ScopeRefusal = { status: 401 | 403 | 404; message: string }

/** What `district` asks for: a district (its id or slug), the communes of none, or nothing such. */
type AskedDistrict = { id: ID } | 'none' | null

const districtOf = async (req: PayloadRequest, asked: string): Promise<AskedDistrict> => {
  if (asked === NO_DISTRICT_QUERY) return 'none'
  const found = await req.payload.find({
    collection: 'districts',
    where: { or: [{ slug: { equals: asked } }, ...(/^\d+$/.test(asked) ? [{ id: { equals: Number(asked) } }] : [])] },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  const id = found.docs[0]?.id
  return id === undefined ? null : { id }
}

/** The IDs of the communes of the district asked for (or of none), among `within` when given. */
const communesOfDistrict = async (req: PayloadRequest, asked: { id: ID } | 'none', within?: ID[]): Promise<ID[]> => {
  const where: Where = {
    and: [
      asked === 'none' ? { district: { exists: false } } : { district: { equals: asked.id } },
      ...(within ? [{ id: { in: within } }] : []),
    ],
  }
  const found = await req.payload.find({
    collection: 'communes',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs.map((c) => c.id)
}

/**
 * The province admin sees every commune (or one district's, or those of no district, with
 * `district`); a viewer sees their district's and the communes they follow, and is refused a
 * district where they follow nothing; boards and citizens are refused.
 */
export const oversightScope = async (
  req: PayloadRequest,
  askedDistrict: string | null,
): Promise<OversightScope | ScopeRefusal> => {
  const user = asRoleUser(req.user)
  if (!user) return { status: 401, message: 'Cần đăng nhập để xem bảng giám sát.' }
  const asked = askedDistrict?.trim().slice(0, 100) || null
  const district = asked ? await districtOf(req, asked) : null
  if (asked && district === null)
    return { status: 404, message: `Không có huyện/thị xã/thành phố "${asked}" để lọc bảng giám sát.` }
  const districtId = district && district !== 'none' ? district.id : null
  if (isProvinceAdmin(user)) {
    if (district === null) return { communeIds: null, districtId: null }
    return { communeIds: await communesOfDistrict(req, district), districtId }
  }
  if (isDistrictViewer(user)) {
    const own = idOf(user.district) ?? null
    const followed = followedCommuneIds(user).length > 0
    const mine = await viewerCommuneIds(req)
    if (district === null) return { communeIds: mine, districtId: own, followed }
    const ownDistrict = own !== null && districtId !== null && String(own) === String(districtId)
    const inDistrict = await communesOfDistrict(req, district, mine)
    // Another district than their own: only where they follow some of its communes.
    if (!ownDistrict && !inDistrict.length)
      return { status: 403, message: 'Tài khoản theo dõi chỉ xem được bảng giám sát của các đơn vị mình theo dõi.' }
    return { communeIds: inDistrict, districtId, followed: followed && !ownDistrict }
  }
  return {
    status: 403,
    message: 'Bảng giám sát dành cho quản trị tỉnh và cán bộ theo dõi khu vực; ban biên tập xã không xem được.',
  }
}

/** The scope's name in a title ("Giám sát …: toàn tỉnh"), from the rows it holds. */
export const scopeName = (scope: OversightScope, districts: string[]): string =>
  scope.communeIds === null
    ? 'toàn tỉnh'
    : scope.followed
      ? 'các đơn vị theo dõi'
      : districts.length === 1
        ? (districts[0] as string)
        : districts.length
          ? districts.join(', ')
          : 'toàn tỉnh'

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

/** The communes in view with their districts' names, in two queries, by district then name (no district last). */
export const communesInScope = async (req: PayloadRequest, scope: OversightScope): Promise<CommuneRecord[]> => {
  // A commune merged away by the reorganisation no longer exists: its content is its successor's.
  const current: Where = { status: { not_equals: 'merged' } }
  const where: Where = scope.communeIds === null ? current : { and: [current, { id: { in: scope.communeIds } }] }
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
  // A commune of no district (none since 2025-07-01) is grouped under NO_DISTRICT_LABEL, last.
  return (communes.docs as unknown as Omit<CommuneRecord, 'districtName'>[])
    .map((c) => ({ ...c, districtName: names.get(String(idOf(c.district))) || NO_DISTRICT_LABEL }))
    .sort((a, b) => compareDistricts(a.districtName, b.districtName) || a.name.localeCompare(b.name, 'vi'))
}
