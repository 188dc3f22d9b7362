import type { SanitizedConfig } from 'payload'
import { type ID, idOf } from '../../access/roles'

/** One item in a section of the dashboard, with where it opens. */
export type WorkItem = {
  collection: string
  id: ID
  title: string
  communeId: ID | null
  communeName?: string
  updatedAt: string | null
  comment?: string | null
  liveUrl?: string | null
  scheduledAt?: string | null
  scheduleType?: 'publish' | 'unpublish'
  editUrl: string
}

/** An item's fields as read from its row or version (only those asked for). */
export type ItemRow = {
  id?: ID
  title?: string | null
  number?: string | null
  tenant?: ID | { id: ID } | null
  updatedAt?: string | null
  reviewComment?: string | null
  slug?: string | null
  path?: string | null
  category?: string | null
}

const ITEM_FIELDS = ['title', 'number', 'tenant', 'updatedAt', 'reviewComment', 'slug', 'path', 'category'] as const

/** A `select` of the item fields this collection has (asking for a field it lacks is an error). */
export const itemSelect = (config: SanitizedConfig, slug: string): Record<string, true> => {
  const names = new Set(
    (config.collections.find((c) => c.slug === slug)?.fields ?? []).flatMap((f) => ('name' in f ? [f.name] : [])),
  )
  return Object.fromEntries(ITEM_FIELDS.filter((n) => n === 'updatedAt' || names.has(n)).map((n) => [n, true]))
}

export const editUrlOf = (config: SanitizedConfig, collection: string, id: ID): string =>
  `${config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`

export const toWorkItem = (config: SanitizedConfig, collection: string, id: ID, row: ItemRow): WorkItem => ({
  collection,
  id,
  title: row.title || row.number || `#${String(id)}`,
  communeId: idOf(row.tenant) ?? null,
  updatedAt: row.updatedAt ?? null,
  editUrl: editUrlOf(config, collection, id),
})

/** Newest first, across collections. */
export const byUpdatedDesc = (a: WorkItem, b: WorkItem): number =>
  String(b.scheduledAt ?? b.updatedAt ?? '').localeCompare(String(a.scheduledAt ?? a.updatedAt ?? ''))
