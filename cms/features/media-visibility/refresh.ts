import type { CollectionConfig, Field, Payload, PayloadRequest, Where } from 'payload'
import type { ID } from '../../access/roles'
import { MEDIA, canReferToMedia, mediaIdsIn } from './references'

/** A collection whose documents may use media, and what makes one of them public. */
export type MediaSource = {
  slug: string
  fields: readonly Field[]
  /** `_status` decides (drafts) / a `published` checkbox decides / always public. */
  publishedBy: 'status' | 'checkbox' | 'always'
  /** Where the commune is: the `tenant` field, or the document itself (communes). */
  communeBy: 'tenant' | 'self'
}

export const COMMUNES = 'communes'

const hasTopField = (fields: readonly Field[], name: string) => fields.some((f) => 'name' in f && f.name === name)

/** The commune-scoped collections (and communes themselves) whose documents may show media. */
export const mediaSourceOf = (
  collection: Pick<CollectionConfig, 'slug' | 'fields' | 'versions'>,
): MediaSource | null => {
  if (collection.slug === MEDIA || collection.slug.startsWith('payload-')) return null
  if (!canReferToMedia(collection.fields)) return null
  const communeBy = collection.slug === COMMUNES ? 'self' : hasTopField(collection.fields, 'tenant') ? 'tenant' : null
  if (!communeBy) return null
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  return {
    slug: collection.slug,
    fields: collection.fields,
    publishedBy: drafts ? 'status' : hasTopField(collection.fields, 'published') ? 'checkbox' : 'always',
    communeBy,
  }
}

const sourcesOf = (payload: Payload): MediaSource[] =>
  payload.config.collections.map((c) => mediaSourceOf(c)).filter((s): s is MediaSource => s !== null)

type Doc = Record<string, unknown> & { id?: ID }

export const communeOf = (source: MediaSource, doc: Doc | null | undefined): ID | undefined => {
  if (!doc) return undefined
  const value = source.communeBy === 'self' ? doc.id : doc.tenant
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? (value as { id: ID }).id : (value as ID)
}

/** Whether the document, as stored, is on the public site. */
export const isPublished = (source: MediaSource, doc: Doc | null | undefined): boolean => {
  if (!doc) return false
  if (source.publishedBy === 'status') return doc._status === 'published'
  if (source.publishedBy === 'checkbox') return Boolean(doc.published)
  return true
}

/** Media IDs as the database stores them (numbers on SQLite, strings on MongoDB). */
const dbIds = (payload: Payload, ids: Iterable<string>): ID[] =>
  [...ids].map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : id))

const notTrue: Where = { or: [{ public: { equals: false } }, { public: { exists: false } }] }
const notFalse: Where = { or: [{ public: { equals: true } }, { public: { exists: false } }] }

/**
 * Marks media of `commune` as public (cheap: one query when nothing changes). Only the
 * commune's own media: a document cannot make another commune's file public by pointing at it.
 */
export const markPublic = async (
  payload: Payload,
  commune: ID,
  ids: Set<string>,
  req?: PayloadRequest,
): Promise<void> => {
  if (!ids.size) return
  await payload.db.updateMany({
    collection: MEDIA,
    where: { and: [{ tenant: { equals: commune } }, { id: { in: dbIds(payload, ids) } }, notTrue] },
    data: { public: true },
    req,
    returning: false,
  })
}

/**
 * Works out again which of a commune's files are public: those used by its published content
 * (and its own logo). Called when a file may have lost its last public use (unpublish, edit,
 * delete), so it reads everything the commune has published, as a site build does.
 */
export const refreshCommuneMedia = async (payload: Payload, commune: ID, req?: PayloadRequest): Promise<void> => {
  const used = new Set<string>()
  for (const source of sourcesOf(payload)) {
    const scope: Where = source.communeBy === 'self' ? { id: { equals: commune } } : { tenant: { equals: commune } }
    const published: Where[] =
      source.publishedBy === 'status'
        ? [{ _status: { equals: 'published' } }]
        : source.publishedBy === 'checkbox'
          ? [{ published: { equals: true } }]
          : []
    const { docs } = await payload.find({
      collection: source.slug as never,
      where: { and: [scope, ...published] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) mediaIdsIn(source.fields, doc, used)
  }
  await markPublic(payload, commune, used, req)
  const stillUsed: Where[] = used.size ? [{ id: { not_in: dbIds(payload, used) } }] : []
  await payload.db.updateMany({
    collection: MEDIA,
    where: { and: [{ tenant: { equals: commune } }, ...stillUsed, notFalse] },
    data: { public: false },
    req,
    returning: false,
  })
}

/**
 * Files never worked out (stored before the flag existed): their communes are worked out once.
 * Runs after the migrations at every start; a single query when there is nothing to do.
 */
export const backfillMediaVisibility = async (payload: Payload): Promise<number> => {
  const pending = await payload.find({
    collection: MEDIA as never,
    where: { public: { exists: false } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { tenant: true } as never,
  })
  const communes = new Set<ID>()
  for (const doc of pending.docs as unknown as { tenant?: ID | { id: ID } | null }[]) {
    const tenant = typeof doc.tenant === 'object' && doc.tenant ? doc.tenant.id : doc.tenant
    if (tenant !== null && tenant !== undefined) communes.add(tenant)
  }
  for (const commune of communes) await refreshCommuneMedia(payload, commune)
  // Files of no commune belong to no public page.
  await payload.db.updateMany({
    collection: MEDIA,
    where: { and: [{ public: { exists: false } }, { tenant: { exists: false } }] },
    data: { public: false },
    returning: false,
  })
  if (communes.size)
    payload.logger.info(`media visibility worked out for ${pending.docs.length} files of ${communes.size} communes`)
  return communes.size
}
