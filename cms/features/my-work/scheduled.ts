import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { type ID, idOf } from '../../access/roles'
import type { CommuneCard } from './communes'
import type { WorkScope } from './scope'
import { LISTED, type Section } from './section-run'
import { type ItemRow, itemSelect, toWorkItem, type WorkItem } from './work-item'

type Job = { waitUntil?: string | null; input?: { type?: string; doc?: { relationTo?: string; value?: ID } } }

/** Pending scheduled publish/unpublish jobs of workflow items (Payload's `schedulePublish` task). */
const pendingJobs = async (req: PayloadRequest, slugs: string[]): Promise<Job[]> => {
  const found = await req.payload.find({
    collection: 'payload-jobs' as CollectionSlug,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { 'input.doc.relationTo': { in: slugs } },
      ],
    },
    select: { input: true, waitUntil: true } as never,
    sort: 'waitUntil',
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as Job[]
}

/** What the person follows: a chief their communes' items, others their own, the province all in view. */
const followed = (scope: WorkScope): Where[] => {
  if (scope.kind !== 'board') return scope.communeIds === null ? [] : [{ tenant: { in: scope.communeIds } }]
  const mine: Where = { and: [{ createdBy: { equals: scope.userId } }, { tenant: { in: scope.communeIds ?? [] } }] }
  return [scope.chiefOf?.length ? { or: [{ tenant: { in: scope.chiefOf } }, mine] } : mine]
}

/**
 * Items waiting for a scheduled publish or unpublish, with its time. The jobs are few (only
 * those not run yet); their items are read per collection in one query each, within the person's view.
 */
export const scheduledSection = async (
  req: PayloadRequest,
  scope: WorkScope,
  slugs: string[],
  communes: Map<string, CommuneCard>,
): Promise<Section> => {
  const jobs = await pendingJobs(req, slugs)
  const items: WorkItem[] = []
  const counts = new Map<string, number>()
  for (const slug of slugs) {
    const ofSlug = jobs.filter((j) => j.input?.doc?.relationTo === slug && j.input.doc.value !== undefined)
    if (ofSlug.length === 0) continue
    // Payload keeps the job's document id as a string (#10481); SQLite's ids are numbers.
    const numeric = req.payload.db.defaultIDType === 'number'
    const ids = ofSlug.map((j) => (numeric ? Number(j.input?.doc?.value) : (j.input?.doc?.value as ID)))
    const found = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { and: [{ id: { in: ids } }, ...followed(scope)] },
      select: itemSelect(req.payload.config, slug) as never,
      draft: true,
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const rows = new Map((found.docs as unknown as ItemRow[]).map((row) => [String(row.id), row]))
    for (const job of ofSlug) {
      const row = rows.get(String(job.input?.doc?.value))
      if (!row) continue
      const item = toWorkItem(req.payload.config, slug, row.id as ID, row)
      item.communeName = communes.get(String(idOf(row.tenant)))?.name
      item.scheduledAt = job.waitUntil ?? null
      item.scheduleType = job.input?.type === 'unpublish' ? 'unpublish' : 'publish'
      items.push(item)
      counts.set(slug, (counts.get(slug) ?? 0) + 1)
    }
  }
  items.sort((a, b) => String(a.scheduledAt ?? '').localeCompare(String(b.scheduledAt ?? '')))
  const admin = req.payload.config.routes.admin
  return {
    key: 'scheduled',
    count: items.length,
    byCollection: slugs.map((collection) => {
      const ids = items.filter((i) => i.collection === collection).map((i) => i.id)
      const query = ids.map((id, n) => `where[id][in][${n}]=${encodeURIComponent(String(id))}`).join('&')
      return { collection, count: counts.get(collection) ?? 0, listUrl: `${admin}/collections/${collection}?${query}` }
    }),
    items: items.slice(0, LISTED),
  }
}
