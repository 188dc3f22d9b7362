import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import type { ID } from '../../access/roles'
import { communeOf, isPublished, markPublic, refreshCommuneMedia, type MediaSource } from './refresh'
import { mediaIdsIn } from './references'

type Doc = Record<string, unknown> & { id?: ID }

const stashKey = (source: MediaSource, id: unknown) => `mediaVisibility:${source.slug}:${String(id)}`

/** The stored row (the live version for drafts collections), as the database holds it now. */
const storedRow = async (req: PayloadRequest, source: MediaSource, id: unknown): Promise<Doc | null> =>
  (await req.payload.db.findOne({ collection: source.slug as never, where: { id: { equals: id } }, req })) as Doc | null

const liveMedia = (source: MediaSource, row: Doc | null | undefined): Set<string> =>
  isPublished(source, row) ? mediaIdsIn(source.fields, row) : new Set()

/**
 * Before an update of one document, what was live (a draft's `previousDoc` is the draft, not
 * the live version, so the hooks after the change cannot tell what a publish replaced).
 */
export const rememberLiveMedia =
  (source: MediaSource): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const id = (args as { id?: unknown }).id
    if (operation === 'update' && id !== undefined && id !== null)
      req.context[stashKey(source, id)] = (await storedRow(req, source, id)) ?? null
    return args
  }

/**
 * After a change: files the live version now uses become public at once (one query); when the
 * live version stopped using a file (unpublished, replaced, moved to another commune), the
 * commune's files are worked out again, since other published content may still use it. A
 * draft saved over live content changes nothing live, and so nothing here.
 */
export const updateMediaVisibility =
  (source: MediaSource): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    // Build workers writing a commune's site state change nothing a page shows.
    if (req.context?.siteState) return doc
    const commune = communeOf(source, doc)
    if (operation === 'create') {
      if (commune !== undefined) await markPublic(req.payload, commune, liveMedia(source, doc), req)
      return doc
    }
    const key = stashKey(source, doc.id)
    if (!(key in req.context)) {
      // Many documents at once (an update by `where`): no earlier state, so work it all out.
      if (!isPublished(source, doc) && !isPublished(source, previousDoc)) return doc
      for (const c of new Set([commune, communeOf(source, previousDoc)]))
        if (c !== undefined) await refreshCommuneMedia(req.payload, c, req)
      return doc
    }
    const before = req.context[key] as Doc | null
    delete req.context[key]
    const after = await storedRow(req, source, doc.id)
    const was = liveMedia(source, before)
    const now = liveMedia(source, after)
    const formerCommune = communeOf(source, before)
    const moved = formerCommune !== undefined && formerCommune !== commune
    if (moved) await refreshCommuneMedia(req.payload, formerCommune, req)
    else if (formerCommune !== undefined && [...was].some((id) => !now.has(id)))
      await refreshCommuneMedia(req.payload, formerCommune, req)
    if (commune !== undefined) await markPublic(req.payload, commune, now, req)
    return doc
  }

export const updateMediaVisibilityAfterDelete =
  (source: MediaSource): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const commune = communeOf(source, doc)
    if (commune !== undefined && liveMedia(source, doc).size) await refreshCommuneMedia(req.payload, commune, req)
    return doc
  }
