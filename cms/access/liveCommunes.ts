import type { PayloadRequest, Where } from 'payload'
import type { ID } from './roles'

/**
 * IDs of the communes whose content is public: status "live". A suspended, merged or still
 * provisioning commune's content stays with its board and the province, on every door (REST,
 * GraphQL, file downloads, populated relationships). Read per request, not cached across
 * requests, so a suspension takes effect on the very next read on every server; memoised on
 * the request because one GraphQL query asks many times.
 */
export const liveCommuneIds = async (req: PayloadRequest): Promise<ID[]> => {
  const cache = (req.context.accessCache ??= {}) as Record<string, ID[]>
  if (!cache.liveCommunes) {
    const result = await req.payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    cache.liveCommunes = result.docs.map((doc) => doc.id)
  }
  return cache.liveCommunes
}

/** A filter on `tenant` (or `version.tenant`) to the live communes; `false` when none is live. */
export const inLiveCommunes = async (req: PayloadRequest, prefix = ''): Promise<Where | false> => {
  const ids = await liveCommuneIds(req)
  return ids.length ? { [`${prefix}tenant`]: { in: ids } } : false
}
