import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { type ID, idOf } from '../../access/roles'
import { daysBefore } from './calendar'

/**
 * The few projection queries the oversight table is built from: one per collection, over every
 * commune in view at once, reading only the fields the table needs (tenant, dates, a flag).
 * Nothing is read per commune or per month; the grouping is done in memory.
 */
type Row = Record<string, unknown> & { id: ID; tenant?: ID | { id: ID } | null }

/** Days after which a pending question counts as unanswered. */
export const UNANSWERED_AFTER_DAYS = 15

/**
 * The collections whose published items count as the board publishing, and the date each item
 * went public by (the date the site shows, else the server's first-publication stamp). Pages are
 * left out: the template publishes the introduction pages when a commune is created.
 */
export const ACTIVITY_COLLECTIONS: readonly { slug: string; dateFields: string[] }[] = [
  { slug: 'posts', dateFields: ['publishedAt', 'firstPublishedAt'] },
  { slug: 'announcements', dateFields: ['publishedAt', 'firstPublishedAt'] },
  { slug: 'documents', dateFields: ['firstPublishedAt'] },
  { slug: 'disclosures', dateFields: ['publicationDate', 'firstPublishedAt'] },
]

const findAll = async (req: PayloadRequest, collection: string, where: Where[], fields: string[]): Promise<Row[]> => {
  const select = Object.fromEntries(['tenant', ...fields].map((f) => [f, true]))
  const found = await req.payload.find({
    collection: collection as CollectionSlug,
    where: where.length ? { and: where } : undefined,
    select: select as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    // Not the asker's request: a REST request's reads are capped per page (query limits), and
    // these are the server's own reads of every commune in view.
  })
  return found.docs as unknown as Row[]
}

export const tenantOf = (row: Row): string => String(idOf(row.tenant) ?? '')

export type Scan = {
  activity: { slug: string; rows: Row[] }[]
  disclosures: Row[]
  pages: Row[]
  leaders: Row[]
  procedures: Row[]
  unanswered: Row[]
}

/** Every query of the table at once, scoped to `communeIds` (null: the whole province). */
export const scanContent = async (req: PayloadRequest, communeIds: ID[] | null, now: Date): Promise<Scan> => {
  const inScope: Where[] = communeIds === null ? [] : [{ tenant: { in: communeIds } }]
  const published: Where = { _status: { equals: 'published' } }
  const activityOf = ACTIVITY_COLLECTIONS.filter((c) => c.slug !== 'disclosures')
  const [activity, disclosures, pages, leaders, procedures, unanswered] = await Promise.all([
    Promise.all(
      activityOf.map(async (c) => ({
        slug: c.slug,
        rows: await findAll(req, c.slug, [...inScope, published], c.dateFields),
      })),
    ),
    findAll(req, 'disclosures', inScope, [
      '_status',
      'category',
      'decisionDate',
      'publicationDate',
      'firstPublishedAt',
    ]),
    findAll(req, 'pages', [...inScope, published], ['slug', 'content']),
    findAll(req, 'officials', [...inScope, { biography: { exists: true } }, { biography: { not_equals: '' } }], []),
    findAll(req, 'procedures', inScope, []),
    findAll(
      req,
      'questions',
      [
        ...inScope,
        { status: { equals: 'pending' } },
        { createdAt: { less_than: daysBefore(now, UNANSWERED_AFTER_DAYS).toISOString() } },
      ],
      [],
    ),
  ])
  activity.push({ slug: 'disclosures', rows: disclosures.filter((d) => d._status === 'published') })
  return { activity, disclosures, pages, leaders, procedures, unanswered }
}

/** Counts of rows per commune. */
export const countByTenant = (rows: Row[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(tenantOf(row), (counts.get(tenantOf(row)) ?? 0) + 1)
  return counts
}

/** The date an item went public: its first set date field, as the collection names them. */
export const publicDateOf = (row: Row, dateFields: string[]): Date | null => {
  for (const field of dateFields) {
    const value = row[field]
    if (typeof value === 'string' && value) {
      const date = new Date(value)
      if (!Number.isNaN(date.getTime())) return date
    }
  }
  return null
}
