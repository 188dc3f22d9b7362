import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { communeOf, isPublished, markPublic, refreshCommuneMedia, type MediaSource } from './refresh'
import { mediaIdsIn } from './references'

/**
 * After a change: new content that is published makes its files public at once (one query);
 * any change to content that is or was published works out the commune's files again, since
 * it may have stopped using a file (unpublished, file replaced, a draft over live content
 * published: `previousDoc` is then the draft, not what was live) that nothing else uses.
 * A draft of never-published content changes nothing.
 */
export const updateMediaVisibility =
  (source: MediaSource): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    // Build workers writing a commune's site state change nothing a page shows.
    if (req.context?.siteState) return doc
    const commune = communeOf(source, doc)
    if (operation === 'create') {
      if (commune !== undefined && isPublished(source, doc)) await markPublic(req.payload, commune, mediaIdsIn(source.fields, doc), req)
      return doc
    }
    const before = communeOf(source, previousDoc)
    const moved = before !== undefined && before !== commune
    if (!moved && !isPublished(source, doc) && !isPublished(source, previousDoc)) return doc
    if (commune !== undefined) await refreshCommuneMedia(req.payload, commune, req)
    if (moved) await refreshCommuneMedia(req.payload, before, req)
    return doc
  }

export const updateMediaVisibilityAfterDelete =
  (source: MediaSource): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const commune = communeOf(source, doc)
    if (commune !== undefined && isPublished(source, doc) && mediaIdsIn(source.fields, doc).size) await refreshCommuneMedia(req.payload, commune, req)
    return doc
  }
