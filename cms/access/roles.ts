import type { PayloadRequest, Where } from 'payload'

/** Roles of PRODUCT.md. A user holds one global role and, per commune, one membership role. */
export const GLOBAL_ROLES = ['province-admin', 'district-viewer', 'none'] as const
export type GlobalRole = (typeof GLOBAL_ROLES)[number]

export const MEMBER_ROLES = ['chief', 'editor', 'contributor'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export type ID = number | string

type Membership = { tenant?: ID | { id: ID } | null; role?: MemberRole | null }

/** The part of a user document that access decisions read. */
export type RoleUser = {
  id: ID
  collection?: string
  globalRole?: GlobalRole | null
  district?: ID | { id: ID } | null
  tenants?: Membership[] | null
  disabled?: boolean | null
}

export const idOf = (value: ID | { id: ID } | null | undefined): ID | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** The acting user, or null for citizens and for disabled accounts (their sessions lose every right at once). */
export const asRoleUser = (user: unknown): RoleUser | null =>
  user && typeof user === 'object' && (user as RoleUser).collection === 'users' && !(user as RoleUser).disabled
    ? (user as RoleUser)
    : null

export const isProvinceAdmin = (user: unknown): boolean => asRoleUser(user)?.globalRole === 'province-admin'

export const isDistrictViewer = (user: unknown): boolean =>
  asRoleUser(user)?.globalRole === 'district-viewer' && idOf(asRoleUser(user)?.district) !== undefined

/** Commune IDs where the user holds one of `roles`. */
export const communeIdsWithRole = (user: unknown, roles: readonly MemberRole[]): ID[] => {
  const u = asRoleUser(user)
  if (!u?.tenants) return []
  const ids: ID[] = []
  for (const row of u.tenants) {
    const id = idOf(row.tenant)
    if (id !== undefined && row.role && roles.includes(row.role)) ids.push(id)
  }
  return ids
}

export const memberRoleIn = (user: unknown, communeId: ID | undefined): MemberRole | undefined => {
  if (communeId === undefined) return undefined
  const row = asRoleUser(user)?.tenants?.find((r) => String(idOf(r.tenant)) === String(communeId))
  return row?.role ?? undefined
}

/**
 * IDs of the communes of the district viewer's district, memoised on the request because
 * every access check of one request needs the same list.
 */
export const districtCommuneIds = async (req: PayloadRequest): Promise<ID[]> => {
  const districtId = idOf(asRoleUser(req.user)?.district)
  if (districtId === undefined) return []
  return communeIdsWhere(req, `districtCommunes:${districtId}`, { district: { equals: districtId } })
}

/**
 * IDs of the communes matching `where`, read once per request under `key`: every access check
 * of one request (a GraphQL query asks many times) needs the same list.
 */
export const communeIdsWhere = async (req: PayloadRequest, key: string, where: Where): Promise<ID[]> => {
  if (!req.context.accessCache) req.context.accessCache = {}
  const cache = req.context.accessCache as Record<string, ID[]>
  if (!cache[key]) {
    const result = await req.payload.find({
      collection: 'communes',
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    cache[key] = result.docs.map((doc) => doc.id)
  }
  return cache[key]
}
