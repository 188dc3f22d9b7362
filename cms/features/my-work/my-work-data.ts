import type { PayloadRequest } from 'payload'
import { workflowSlugs } from '../notifications/workflow-collections'
import { type CommuneCard, communesInView, type SitesSummary, sitesSummary } from './communes'
import { scheduledSection } from './scheduled'
import { type WorkScope, scopeOf } from './scope'
import { runSection, type Section } from './section-run'
import { RECENT_DAYS, SECTION_KEYS, sectionQueries } from './sections'

/** What "Việc của tôi" shows one person (GET /api/my-work answers it as JSON). */
export type MyWork = {
  scope: WorkScope['kind']
  generatedAt: string
  recentDays: number
  /** The person's communes (board), or none: the province and districts get `sites`. */
  communes: CommuneCard[]
  sites: SitesSummary | null
  sections: Section[]
}

/**
 * The person's work across every workflow collection of their communes: a handful of indexed
 * counts per collection (lists only where a count is not zero), the pending scheduled jobs,
 * and their communes in one query. Nothing is read per commune.
 */
export const myWork = async (req: PayloadRequest): Promise<MyWork | null> => {
  const scope = await scopeOf(req)
  if (!scope) return null
  const slugs = workflowSlugs(req.payload.config)
  const communes = await communesInView(req, scope)
  const byId = new Map(communes.map((c) => [String(c.id), c]))
  const empty = scope.communeIds !== null && scope.communeIds.length === 0
  const sections = empty
    ? []
    : await Promise.all([
        ...sectionQueries(scope).map((query) => runSection(req, query, slugs, byId)),
        scheduledSection(req, scope, slugs, byId),
      ])
  sections.sort((a, b) => SECTION_KEYS.indexOf(a.key) - SECTION_KEYS.indexOf(b.key))
  const board = scope.kind === 'board'
  return {
    scope: scope.kind,
    generatedAt: new Date().toISOString(),
    recentDays: RECENT_DAYS,
    communes: board ? communes : [],
    sites: board ? null : sitesSummary(communes),
    sections,
  }
}
