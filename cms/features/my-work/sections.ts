import type { Where } from 'payload'
import type { ID } from '../../access/roles'
import type { WorkScope } from './scope'

export const SECTION_KEYS = ['drafts', 'returned', 'awaiting', 'scheduled', 'published'] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

/** "Recently published": the last 30 days. */
export const RECENT_DAYS = 30

/** Where a section looks: the latest version of each item (drafts included), or the live row. */
export type SectionQuery = { key: Exclude<SectionKey, 'scheduled'>; on: 'latest' | 'live'; where: Where }

const inCommunes = (ids: ID[] | null): Where[] => (ids === null ? [] : [{ tenant: { in: ids } }])
const and = (clauses: Where[]): Where => (clauses.length === 1 ? (clauses[0] as Where) : { and: clauses })

/**
 * The filter of each section, written on the item's own fields (as the admin's list filter
 * takes it); the versions query prefixes them with `version.`. Sections that do not concern
 * the person are left out (a contributor approves nothing; the province writes no drafts).
 */
export const sectionQueries = (scope: WorkScope, now = new Date()): SectionQuery[] => {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const state = (value: string): Where => ({ workflowStatus: { equals: value } })
  const live: Where[] = [
    { _status: { equals: 'published' } },
    state('published'),
    { updatedAt: { greater_than: since } },
  ]
  if (scope.kind !== 'board') {
    const all = inCommunes(scope.communeIds)
    return [
      { key: 'awaiting', on: 'latest', where: and([state('submitted'), ...all]) },
      { key: 'returned', on: 'latest', where: and([state('returned'), ...all]) },
      { key: 'published', on: 'live', where: and([...live, ...all]) },
    ]
  }
  const mine: Where[] = [{ createdBy: { equals: scope.userId } }, ...inCommunes(scope.communeIds)]
  const chiefOf = scope.chiefOf ?? []
  const queries: SectionQuery[] = [
    { key: 'drafts', on: 'latest', where: and([state('draft'), ...mine]) },
    { key: 'returned', on: 'latest', where: and([state('returned'), ...mine]) },
  ]
  if (chiefOf.length > 0)
    queries.push({ key: 'awaiting', on: 'latest', where: and([state('submitted'), ...inCommunes(chiefOf)]) })
  // A chief follows everything their commune publishes; the others what they wrote.
  const whose: Where = chiefOf.length > 0 ? { or: [and(inCommunes(chiefOf)), and(mine)] } : and(mine)
  queries.push({ key: 'published', on: 'live', where: and([...live, whose]) })
  return queries
}

/** The same filter on the versions table: every field under `version.`, the latest version only. */
export const onLatestVersion = (where: Where): Where => ({ and: [{ latest: { equals: true } }, prefixed(where)] })

const prefixed = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(prefixed)]
        : [key === 'id' ? 'parent' : `version.${key}`, value],
    ),
  ) as Where
