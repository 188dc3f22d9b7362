import { createLocalReq, type CollectionAfterChangeHook, type Payload, type PayloadRequest } from 'payload'
import type { ID } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { addMatomoAliasUrls, matomoConfig, type MatomoConfig } from './matomo'

type CommuneDoc = { id: ID; name?: string; matomoSiteId?: number | null; domains?: { domain?: string | null }[] | null }

/**
 * Audit summaries that also serve as the record of alias URLs Matomo has not received yet: a
 * commune whose latest Matomo alias entry is PENDING is retried (retryPendingMatomoAliases).
 * The audit log is append-only and shared by every server, which is what such a record needs.
 */
export const MATOMO_ALIASES_PENDING = 'Matomo: chưa thêm được tên miền mới (sẽ thử lại)'
export const MATOMO_ALIASES_ADDED = 'Matomo: đã thêm tên miền mới'

const domainsOf = (doc: CommuneDoc | undefined | null): string[] =>
  (doc?.domains ?? []).map((d) => (d?.domain ?? '').trim().toLowerCase()).filter(Boolean)

const COMMIT_WAIT_MS = 60_000

/**
 * Waits until the change is committed, read from the database without the request (so outside
 * its transaction, if any): once the commune's stored domains include `added`, they are saved.
 * Returns those saved, or none when they never appear (the change was rolled back).
 */
const committedDomains = async (payload: Payload, communeId: ID, added: string[]): Promise<string[]> => {
  const until = Date.now() + COMMIT_WAIT_MS
  for (;;) {
    const commune = (await payload.findByID({
      collection: 'communes',
      id: communeId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as CommuneDoc | null
    const stored = new Set(domainsOf(commune))
    const saved = added.filter((d) => stored.has(d))
    if (saved.length || Date.now() > until) return saved
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Sends the commune's domains to Matomo as alias URLs of its site and records the outcome in the
 * audit log. Never throws: Matomo being down must not fail anything; a failure is logged (in
 * English, without the token) and recorded as pending, to be retried.
 */
export const syncMatomoAliases = async (
  payload: Payload,
  communeId: ID,
  { only, req, config = matomoConfig() }: { only?: string[]; req?: PayloadRequest; config?: MatomoConfig | null } = {},
): Promise<{ ok: boolean; urls: string[]; error?: string }> => {
  if (!config) return { ok: true, urls: [] }
  const commune = (await payload.findByID({
    collection: 'communes',
    id: communeId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as CommuneDoc | null
  if (!commune?.matomoSiteId) return { ok: true, urls: [] }
  const domains = domainsOf(commune).filter((d) => !only || only.includes(d))
  const urls = domains.map((d) => `https://${d}`)
  if (!urls.length) return { ok: true, urls }
  const auditReq = req ?? (await createLocalReq({}, payload))
  try {
    await addMatomoAliasUrls(config, commune.matomoSiteId, urls)
  } catch (err) {
    const error = (err as Error).message
    payload.logger.warn(
      `Matomo: alias URLs ${urls.join(', ')} not added for commune ${String(commune.id)} (idsite ${commune.matomoSiteId}): ${error}; recorded, retried on the next provisioning run`,
    )
    await writeAudit(
      auditReq,
      {
        action: 'provision',
        collection: 'communes',
        documentId: commune.id,
        tenant: commune.id,
        summary: MATOMO_ALIASES_PENDING,
        details: { matomoSiteId: commune.matomoSiteId, urls, error },
      },
      { inTransaction: false },
    )
    return { ok: false, urls, error }
  }
  await writeAudit(
    auditReq,
    {
      action: 'provision',
      collection: 'communes',
      documentId: commune.id,
      tenant: commune.id,
      summary: MATOMO_ALIASES_ADDED,
      details: { matomoSiteId: commune.matomoSiteId, urls },
    },
    { inTransaction: false },
  )
  return { ok: true, urls }
}

/**
 * Communes hook: domains added to a commune that has a Matomo site become alias URLs of that
 * site, once the change is committed (read back from the database). Provisioning's own writes (context.skipMatomo) send
 * their URLs themselves.
 */
export const addMatomoAliasesAfterChange: CollectionAfterChangeHook<CommuneDoc> = ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (
    operation !== 'update' ||
    req.context?.skipMatomo ||
    req.context?.siteState ||
    !doc.matomoSiteId ||
    !matomoConfig()
  )
    return doc
  const before = new Set(domainsOf(previousDoc))
  const added = domainsOf(doc).filter((d) => !before.has(d))
  // A new idsite (set by hand) covers every domain of the commune.
  const all = previousDoc?.matomoSiteId !== doc.matomoSiteId
  if (!added.length && !(all && domainsOf(doc).length)) return doc
  // Not awaited: the save neither waits for Matomo nor fails with it.
  const payload = req.payload
  void (async () => {
    const saved = await committedDomains(payload, doc.id, added.length ? added : domainsOf(doc))
    if (saved.length) await syncMatomoAliases(payload, doc.id, { only: all ? undefined : saved, req })
  })().catch((err: unknown) => payload.logger.error(`Matomo alias sync failed unexpectedly: ${(err as Error).message}`))
  return doc
}

/** Communes whose latest Matomo alias entry in the audit log says the URLs are still pending. */
export const pendingMatomoAliases = async (payload: Payload, communeId?: ID): Promise<ID[]> => {
  const entries = await payload.find({
    collection: 'audit-logs',
    where: {
      and: [
        { action: { equals: 'provision' } },
        { summary: { in: [MATOMO_ALIASES_PENDING, MATOMO_ALIASES_ADDED] } },
        ...(communeId !== undefined ? [{ tenant: { equals: communeId } }] : []),
      ],
    },
    sort: '-at',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { summary: true, tenant: true },
  })
  const latest = new Map<string, string>()
  for (const e of entries.docs) {
    const key = String(typeof e.tenant === 'object' && e.tenant ? e.tenant.id : e.tenant)
    if (!latest.has(key)) latest.set(key, e.summary ?? '')
  }
  return [...latest]
    .filter(([, summary]) => summary === MATOMO_ALIASES_PENDING)
    .map(([id]) => (Number.isNaN(Number(id)) ? id : Number(id)))
}

/** Retries every pending alias sync (addSiteAliasUrls is idempotent, so all domains are sent). */
export const retryPendingMatomoAliases = async (
  payload: Payload,
  { log = () => undefined }: { log?: (line: string) => void } = {},
): Promise<{ retried: number; failed: number }> => {
  if (!matomoConfig()) return { retried: 0, failed: 0 }
  let failed = 0
  const pending = await pendingMatomoAliases(payload)
  for (const id of pending) {
    const result = await syncMatomoAliases(payload, id)
    if (!result.ok) failed++
  }
  if (pending.length) log(`Matomo: retried alias URLs of ${pending.length} communes, ${failed} still failing.`)
  return { retried: pending.length, failed }
}
