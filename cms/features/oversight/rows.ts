import type { PayloadRequest } from 'payload'
import { type ID, idOf } from '../../access/roles'
import type { WorkingDayCalendar } from '../../lib/working-days'
import { daysBefore, lastMonths, monthKey } from './calendar'
import { disclosureState } from './disclosure-deadlines'
import { holidaysAround } from './holidays'
import { type CommuneRecord, communesInScope, type OversightScope } from './scope'
import { emptySectionsOf } from './sections-check'
import { ACTIVITY_COLLECTIONS, countByTenant, publicDateOf, type Scan, scanContent, tenantOf } from './scan'
import { complianceScore } from './score'
import { type VisitsSnapshot, readVisits } from './visits'

/** Days without a publication after which a site is "stale". */
export const STALE_AFTER_DAYS = 30

/** One commune's line of the table (GET /api/oversight/communes `rows`). */
export type OversightRow = {
  id: ID
  commune: string
  slug: string
  district: string
  districtId: ID | null
  siteState: string
  lastPublishedAt: string | null
  published30d: number
  publishedByMonth: Record<string, number>
  emptySections: string[]
  lateDisclosures: number
  overdueDisclosures: number
  unansweredQuestions: number
  visits30d: number | null
  visitsByMonth: Record<string, number> | null
  stale: boolean
  score: number
}

export type OversightReport = {
  generatedAt: string
  months: string[]
  visits: Omit<VisitsSnapshot, 'sites'>
  rows: OversightRow[]
}

type Activity = { last: Date | null; last30: number; byMonth: Record<string, number> }

/** Publications per commune: the latest, the last 30 days and each of the `months`. */
const activityOf = (scan: Scan, now: Date, months: string[]): Map<string, Activity> => {
  const since = daysBefore(now, STALE_AFTER_DAYS).getTime()
  const byTenant = new Map<string, Activity>()
  for (const { slug, rows } of scan.activity) {
    const fields = ACTIVITY_COLLECTIONS.find((c) => c.slug === slug)?.dateFields ?? ['firstPublishedAt']
    for (const row of rows) {
      const date = publicDateOf(row, fields)
      // An item dated in the future is not yet public news.
      if (!date || date.getTime() > now.getTime()) continue
      const tenant = tenantOf(row)
      let a = byTenant.get(tenant)
      if (!a) {
        a = { last: null, last30: 0, byMonth: Object.fromEntries(months.map((m) => [m, 0])) }
        byTenant.set(tenant, a)
      }
      if (!a.last || date > a.last) a.last = date
      if (date.getTime() >= since) a.last30++
      const key = monthKey(date)
      if (key in a.byMonth) a.byMonth[key] = (a.byMonth[key] ?? 0) + 1
    }
  }
  return byTenant
}

type Deadlines = { late: number; overdue: number; onTime: number }

const deadlinesOf = (scan: Scan, now: Date, holidays: WorkingDayCalendar): Map<string, Deadlines> => {
  const byTenant = new Map<string, Deadlines>()
  for (const row of scan.disclosures) {
    const state = disclosureState(row, now, holidays)
    if (state === 'none' || state === 'pending') continue
    const tenant = tenantOf(row)
    const d = byTenant.get(tenant) ?? { late: 0, overdue: 0, onTime: 0 }
    if (state === 'late') d.late++
    else if (state === 'overdue') d.overdue++
    else d.onTime++
    byTenant.set(tenant, d)
  }
  return byTenant
}

const rowOf = (
  commune: CommuneRecord,
  parts: {
    months: string[]
    activity: Map<string, Activity>
    deadlines: Map<string, Deadlines>
    unanswered: Map<string, number>
    empty: Map<string, string[]>
    visits: VisitsSnapshot
  },
): OversightRow => {
  const key = String(commune.id)
  const a = parts.activity.get(key)
  const d = parts.deadlines.get(key) ?? { late: 0, overdue: 0, onTime: 0 }
  const emptySections = parts.empty.get(key) ?? []
  const unansweredQuestions = parts.unanswered.get(key) ?? 0
  const published30d = a?.last30 ?? 0
  const site = commune.matomoSiteId ? parts.visits.sites[String(commune.matomoSiteId)] : undefined
  const visitsKnown = parts.visits.status === 'ok' && site !== undefined
  return {
    id: commune.id,
    commune: commune.name,
    slug: commune.slug,
    district: commune.districtName,
    districtId: idOf(commune.district) ?? null,
    siteState: commune.site?.state ?? 'none',
    lastPublishedAt: a?.last?.toISOString() ?? null,
    published30d,
    publishedByMonth: a?.byMonth ?? Object.fromEntries(parts.months.map((m) => [m, 0])),
    emptySections,
    lateDisclosures: d.late,
    overdueDisclosures: d.overdue,
    unansweredQuestions,
    visits30d: visitsKnown ? (site?.last30 ?? null) : null,
    visitsByMonth: visitsKnown ? (site?.byMonth ?? null) : null,
    stale: published30d === 0,
    score: complianceScore({
      emptySections: emptySections.length,
      onTimeDisclosures: d.onTime,
      dueDisclosures: d.onTime + d.late + d.overdue,
      published30d,
      unansweredQuestions,
    }),
  }
}

/** The oversight table of the communes in `scope`, from a handful of queries. */
export const oversightReport = async (req: PayloadRequest, scope: OversightScope): Promise<OversightReport> => {
  const now = new Date()
  const months = lastMonths(now, 12)
  const [communes, scan, holidays, visits] = await Promise.all([
    communesInScope(req, scope),
    scanContent(req, scope.communeIds, now),
    holidaysAround(req, now),
    readVisits(req),
  ])
  const parts = {
    months,
    activity: activityOf(scan, now, months),
    deadlines: deadlinesOf(scan, now, holidays),
    unanswered: countByTenant(scan.unanswered),
    empty: emptySectionsOf(communes, scan),
    visits,
  }
  const { sites: _sites, ...visitsState } = visits
  return {
    generatedAt: now.toISOString(),
    months,
    visits: visitsState,
    rows: communes.map((c) => rowOf(c, parts)),
  }
}
