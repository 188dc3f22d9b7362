import type { PayloadRequest, Where } from 'payload'
import { communeIdsWhere, type ID } from './roles'

/**
 * IDs of the communes whose content is public: status "live". A suspended, merged or still
 * provisioning commune's content stays with its board and the province, on every door (REST,
 * GraphQL, file downloads, populated relationships). Read per request, not cached across
 * requests, so a suspension takes effect on the very next read on every server.
 */
export const liveCommuneIds = (req: PayloadRequest): Promise<ID[]> =>
  communeIdsWhere(req, 'liveCommunes', { status: { equals: 'live' } })

/** A filter on `tenant` (or `version.tenant`) to the live communes; `false` when none is live. */
export const inLiveCommunes = async (req: PayloadRequest, prefix = ''): Promise<Where | false> => {
  const ids = await liveCommuneIds(req)
  return ids.length ? { [`${prefix}tenant`]: { in: ids } } : false
}
