import type { Payload, Where } from 'payload'
import type { ID } from '../../access/roles'

/** Edges older than this were handled by earlier sweeps, or by a build since (a server down a day rebuilds on start). */
const LOOKBACK_MS = 24 * 3600_000

type Row = { tenant?: ID | { id: ID } | null; validFrom?: string | null; validUntil?: string | null }
type CommuneRow = { id: ID; site?: { state?: string | null; builtFrom?: string | null; liveSince?: string | null } }

/**
 * The live communes whose site shows an announcement that started or ended its validity window
 * after the site was built: the home page lists the announcements in force, so an expired one
 * must leave it (issue 14: within a minute), not wait for the next edit. Sites already queued or
 * building are left to that build; one built before the edge is asked for again.
 */
export const communesPastValidityEdge = async (payload: Payload, now = Date.now()): Promise<ID[]> => {
  const from = new Date(now - LOOKBACK_MS).toISOString()
  const to = new Date(now).toISOString()
  const crossed = (field: string): Where => ({
    and: [{ [field]: { greater_than: from } }, { [field]: { less_than_equal: to } }],
  })
  const found = await payload.find({
    collection: 'announcements',
    where: { and: [{ _status: { equals: 'published' } }, { or: [crossed('validUntil'), crossed('validFrom')] }] },
    limit: 2000,
    depth: 0,
    overrideAccess: true,
    select: { tenant: true, validFrom: true, validUntil: true },
  })
  const edges = new Map<string, number>()
  for (const doc of found.docs as Row[]) {
    const tenant = doc.tenant && typeof doc.tenant === 'object' ? doc.tenant.id : doc.tenant
    if (tenant === null || tenant === undefined) continue
    for (const at of [doc.validFrom, doc.validUntil].map((d) => Date.parse(d ?? ''))) {
      if (at > now - LOOKBACK_MS && at <= now) edges.set(String(tenant), Math.max(edges.get(String(tenant)) ?? 0, at))
    }
  }
  if (!edges.size) return []
  const communes = await payload.find({
    collection: 'communes',
    where: { and: [{ id: { in: [...edges.keys()] } }, { status: { equals: 'live' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { site: true },
  })
  return (communes.docs as unknown as CommuneRow[])
    .filter((c) => {
      const state = c.site?.state
      if (state === 'queued' || state === 'building') return false
      const built = Date.parse(c.site?.builtFrom ?? c.site?.liveSince ?? '')
      return !(built >= (edges.get(String(c.id)) ?? 0))
    })
    .map((c) => c.id)
}
