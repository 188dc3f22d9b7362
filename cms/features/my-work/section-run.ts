import * as qs from 'qs-esm'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { ID } from '../../access/roles'
import { liveUrl } from '../notifications/live-link'
import type { CommuneCard } from './communes'
import { onLatestVersion, type SectionKey, type SectionQuery } from './sections'
import { byUpdatedDesc, type ItemRow, itemSelect, toWorkItem, type WorkItem } from './work-item'

/** How many items a section lists (the counts link to all of them). */
export const LISTED = 8

export type CollectionCount = { collection: string; count: number; listUrl: string }
export type Section = { key: SectionKey; count: number; byCollection: CollectionCount[]; items: WorkItem[] }

type Hit = { id: ID; row: ItemRow }
type Found = { count: number; hits: Hit[] }

const listUrlOf = (req: PayloadRequest, collection: string, where: Where): string =>
  `${req.payload.config.routes.admin}/collections/${collection}${qs.stringify({ where }, { addQueryPrefix: true })}`

const parentId = (parent: ID | { id: ID }): ID => (typeof parent === 'object' ? parent.id : parent)

/** One collection's part of a section: an indexed count, then the latest few only when there are any. */
const runOne = async (req: PayloadRequest, query: SectionQuery, slug: string): Promise<Found> => {
  const common = { collection: slug as CollectionSlug, depth: 0, overrideAccess: true, req } as const
  const select = itemSelect(req.payload.config, slug)
  const list = { sort: '-updatedAt', limit: LISTED, pagination: false } as const
  if (query.on === 'latest') {
    const where = onLatestVersion(query.where)
    const { totalDocs: count } = await req.payload.countVersions({ ...common, where })
    if (count === 0) return { count, hits: [] }
    const found = await req.payload.findVersions({
      ...common,
      ...list,
      where,
      select: { parent: true, updatedAt: true, version: select } as never,
    })
    const versions = found.docs as unknown as { parent: ID | { id: ID }; version: ItemRow }[]
    return { count, hits: versions.map((v) => ({ id: parentId(v.parent), row: v.version })) }
  }
  const { totalDocs: count } = await req.payload.count({ ...common, where: query.where })
  if (count === 0) return { count, hits: [] }
  const found = await req.payload.find({ ...common, ...list, where: query.where, select: select as never })
  return { count, hits: (found.docs as unknown as ItemRow[]).map((row) => ({ id: row.id as ID, row })) }
}

/** The item as the dashboard shows it: its commune's name, the comment when returned, the live link when published. */
const present = (
  req: PayloadRequest,
  key: SectionKey,
  collection: string,
  hit: Hit,
  communes: Map<string, CommuneCard>,
): WorkItem => {
  const item = toWorkItem(req.payload.config, collection, hit.id, hit.row)
  const commune = item.communeId === null ? undefined : communes.get(String(item.communeId))
  if (commune) item.communeName = commune.name
  if (key === 'returned') item.comment = hit.row.reviewComment ?? null
  if (key === 'published' && commune) item.liveUrl = liveUrl(collection, hit.row, commune)
  return item
}

/** A section over every workflow collection, the collections queried side by side. */
export const runSection = async (
  req: PayloadRequest,
  query: SectionQuery,
  slugs: string[],
  communes: Map<string, CommuneCard>,
): Promise<Section> => {
  const parts = await Promise.all(slugs.map((slug) => runOne(req, query, slug)))
  return {
    key: query.key,
    count: parts.reduce((sum, part) => sum + part.count, 0),
    byCollection: slugs.map((collection, i) => ({
      collection,
      count: parts[i]?.count ?? 0,
      listUrl: listUrlOf(req, collection, query.where),
    })),
    items: parts
      .flatMap((part, i) => part.hits.map((hit) => present(req, query.key, slugs[i] as string, hit, communes)))
      .sort(byUpdatedDesc)
      .slice(0, LISTED),
  }
}
