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
  /** The communes a viewer follows besides (or, since 2025, instead of) a district or region. */
  viewerCommunes?: (ID | { id: ID } | null)[] | null
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

/** The communes a viewer chose (`viewerCommunes`), as IDs. */
export const followedCommuneIds = (user: unknown): ID[] =>
  (asRoleUser(user)?.viewerCommunes ?? []).map((c) => idOf(c)).filter((id): id is ID => id !== undefined)

/**
 * A viewer (role 'district-viewer'): of a district, or a region the province defines, and/or
 * of chosen communes. Since 2025-07-01 there are no districts: a viewer with only chosen
 * communes is one too. A viewer with neither sees nothing and is no viewer.
 */
export const isDistrictViewer = (user: unknown): boolean => {
  const u = asRoleUser(user)
  return u?.globalRole === 'district-viewer' && (idOf(u.district) !== undefined || followedCommuneIds(u).length > 0)
}

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
 * IDs of the communes a viewer sees: those of their district (or region), if set, and those
 * they follow (`viewerCommunes`). Memoised on the request because every access check of one
 * request needs the same list.
 */
export const viewerCommuneIds = async (req: PayloadRequest): Promise<ID[]> => {
  const user = asRoleUser(req.user)
  if (user?.globalRole !== 'district-viewer') return []
  const districtId = idOf(user.district)
  const followed = followedCommuneIds(user)
  if (districtId === undefined && !followed.length) return []
  const where: Where =
    districtId === undefined
      ? { id: { in: followed } }
      : followed.length
        ? { or: [{ district: { equals: districtId } }, { id: { in: followed } }] }
        : { district: { equals: districtId } }
  const key = `viewerCommunes:${String(districtId ?? '')}:${followed.map(String).sort().join(',')}`
  return communeIdsWhere(req, key, where)
}

/** The communes a district viewer sees (see viewerCommuneIds; the name predates viewers of chosen communes). */
export const districtCommuneIds = viewerCommuneIds

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
