import type { Payload, PayloadRequest } from 'payload'
import { callMatomo, MatomoError, matomoConfig } from '../provisioning/matomo'

/**
 * Visits of every commune site from the shared Matomo's Reporting API: one bulk request
 * (API.getBulkRequest) with two VisitsSummary.get per site (the last 30 days as one range, and
 * the last 12 months), the token in the POST body only (callMatomo). The answer is kept in
 * Payload's key-value store, refreshed hourly by a job, so the table never waits on Matomo.
 */
export type SiteVisits = { last30: number; byMonth: Record<string, number> }

export type VisitsSnapshot = {
  /** ok: figures from Matomo; unconfigured: no MATOMO_URL/MATOMO_TOKEN; error: Matomo failed. */
  status: 'ok' | 'unconfigured' | 'error'
  /** When Matomo last answered (ok), or when it was last tried. */
  fetchedAt: string | null
  /** English, for logs and the API (never the token). */
  message: string | null
  /** By Matomo idSite. */
  sites: Record<string, SiteVisits>
}

export const VISITS_KEY = 'oversight:visits'
/** The figures are refreshed hourly; older than this they are fetched again on read. */
const MAX_AGE_MS = 2 * 3_600_000
/** After a failure Matomo is asked again on read no sooner than this. */
const RETRY_AFTER_MS = 5 * 60_000

/** The bulk request's `urls[i]` entries, two per site: the last 30 days, then the last 12 months. */
export const bulkVisitUrls = (idSites: number[]): string[] =>
  idSites.flatMap((idSite) => [
    new URLSearchParams({
      method: 'VisitsSummary.get',
      idSite: String(idSite),
      period: 'range',
      date: 'last30',
    }).toString(),
    new URLSearchParams({
      method: 'VisitsSummary.get',
      idSite: String(idSite),
      period: 'month',
      date: 'last12',
    }).toString(),
  ])

const visitsOf = (value: unknown): number | null => {
  const n = Number((value as { nb_visits?: unknown } | null)?.nb_visits)
  return Number.isFinite(n) ? n : null
}

/** Matomo's answers, in the order of bulkVisitUrls; a site Matomo refused is left out. */
export const parseBulkVisits = (idSites: number[], answer: unknown): Record<string, SiteVisits> => {
  if (!Array.isArray(answer)) throw new MatomoError('API.getBulkRequest: the answer is not a list')
  const sites: Record<string, SiteVisits> = {}
  idSites.forEach((idSite, i) => {
    const last30 = visitsOf(answer[2 * i])
    if (last30 === null) return
    const months = answer[2 * i + 1]
    const byMonth: Record<string, number> = {}
    if (months && typeof months === 'object' && !Array.isArray(months))
      for (const [month, value] of Object.entries(months)) byMonth[month.slice(0, 7)] = visitsOf(value) ?? 0
    sites[String(idSite)] = { last30, byMonth }
  })
  return sites
}

/** Asks Matomo for every commune's visits now and keeps the answer (or the failure). */
export const refreshVisits = async (payload: Payload): Promise<VisitsSnapshot> => {
  const config = matomoConfig()
  const now = new Date().toISOString()
  if (!config)
    return { status: 'unconfigured', fetchedAt: null, message: 'MATOMO_URL or MATOMO_TOKEN not set', sites: {} }
  const communes = await payload.find({
    collection: 'communes',
    where: { matomoSiteId: { exists: true } },
    select: { matomoSiteId: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const idSites = [
    ...new Set(
      (communes.docs as { matomoSiteId?: number | null }[])
        .map((c) => Number(c.matomoSiteId))
        .filter((n) => Number.isInteger(n) && n > 0),
    ),
  ]
  let snapshot: VisitsSnapshot
  try {
    const urls = bulkVisitUrls(idSites)
    const answer = idSites.length
      ? await callMatomo(
          config,
          'API.getBulkRequest',
          urls.map((u, i) => [`urls[${i}]`, u]),
        )
      : []
    snapshot = { status: 'ok', fetchedAt: now, message: null, sites: parseBulkVisits(idSites, answer) }
  } catch (err) {
    const message = err instanceof MatomoError ? err.message : 'Matomo visits: unexpected failure'
    payload.logger.warn(`Oversight: visits not refreshed: ${message}`)
    snapshot = { status: 'error', fetchedAt: now, message, sites: {} }
  }
  await payload.kv.set(VISITS_KEY, snapshot)
  return snapshot
}

/**
 * The kept figures; fetched at once when there are none yet or they are older than two hours
 * (a server that was down missed its hourly job). Never throws: a failure is a status.
 */
export const readVisits = async (req: PayloadRequest): Promise<VisitsSnapshot> => {
  if (!matomoConfig()) return { status: 'unconfigured', fetchedAt: null, message: null, sites: {} }
  const kept = await req.payload.kv.get<VisitsSnapshot>(VISITS_KEY)
  const maxAge = kept?.status === 'ok' ? MAX_AGE_MS : RETRY_AFTER_MS
  if (kept?.fetchedAt && Date.now() - Date.parse(kept.fetchedAt) < maxAge) return kept
  try {
    return await refreshVisits(req.payload)
  } catch (err) {
    req.payload.logger.warn(`Oversight: visits unavailable: ${(err as Error).message}`)
    return { status: 'error', fetchedAt: null, message: 'visits unavailable', sites: {} }
  }
}
