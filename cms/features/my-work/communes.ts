import type { PayloadRequest, Where } from 'payload'
import { type ID, memberRoleIn, type MemberRole } from '../../access/roles'
import { communeSiteUrl, type SiteCommune } from '../notifications/live-link'
import type { WorkScope } from './scope'

/** A commune as the dashboard shows it: its name, its site's address and state. */
export type CommuneCard = SiteCommune & {
  id: ID
  name: string
  siteUrl: string | null
  siteState: string
  liveSince: string | null
  role: MemberRole | null
  editUrl: string
}

/** The province's (or district's) sites at a glance: how many in each state, and those whose last build failed. */
export type SitesSummary = { communes: number; byState: Record<string, number>; failed: CommuneCard[] }

type Row = SiteCommune & {
  id: ID
  name?: string | null
  site?: { state?: string | null; liveSince?: string | null } | null
}

/** Every commune in view, in one query (156 rows for the province: cheaper than one count per state). */
export const communesInView = async (req: PayloadRequest, scope: WorkScope): Promise<CommuneCard[]> => {
  const where: Where | undefined = scope.communeIds === null ? undefined : { id: { in: scope.communeIds } }
  const found = await req.payload.find({
    collection: 'communes',
    where,
    select: { name: true, slug: true, domains: true, site: { state: true, liveSince: true } } as never,
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs as unknown as Row[]).map((c) => ({
    id: c.id,
    name: c.name ?? '',
    slug: c.slug,
    domains: c.domains,
    siteUrl: communeSiteUrl(c),
    siteState: c.site?.state ?? 'none',
    liveSince: c.site?.liveSince ?? null,
    role: memberRoleIn(req.user, c.id) ?? null,
    editUrl: `${req.payload.config.routes.admin}/collections/communes/${String(c.id)}`,
  }))
}

export const sitesSummary = (communes: CommuneCard[]): SitesSummary => {
  const byState: Record<string, number> = {}
  for (const c of communes) byState[c.siteState] = (byState[c.siteState] ?? 0) + 1
  return { communes: communes.length, byState, failed: communes.filter((c) => c.siteState === 'failed').slice(0, 20) }
}
