import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf, type ID } from '../../access/roles'
import { requestSiteBuilds } from './queue'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

type Doc = { id: ID; tenant?: ID | { id: ID } | null; _status?: string | null; published?: boolean | null }

/** Whether a document is on the public site: published (drafts), or marked published (questions). */
const isPublic = (doc: Doc | undefined, drafts: boolean): boolean => {
  if (!doc) return false
  if (drafts) return doc._status === 'published'
  if ('published' in doc) return Boolean(doc.published)
  return true
}

/**
 * Queues a rebuild of the commune's site when a change reaches its public pages: publishing,
 * unpublishing, editing published content (or any change of content without drafts, like
 * categories, officials and site settings). A draft of never-published content builds nothing.
 */
export const rebuildSiteAfterChange =
  ({ drafts }: { drafts: boolean }): CollectionAfterChangeHook<Doc> =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    // An upload changes no page until a document uses it (that document's change builds).
    if (req.context?.skipSiteBuild || (collection.slug === 'media' && operation === 'create')) return doc
    const was = operation === 'update' && isPublic(previousDoc, drafts)
    if (!was && !isPublic(doc, drafts)) return doc
    const tenant = idOf(doc.tenant) ?? idOf(previousDoc?.tenant)
    if (tenant !== undefined) await requestSiteBuilds(req.payload, [tenant], { req })
    return doc
  }

export const rebuildSiteAfterDelete =
  ({ drafts }: { drafts: boolean }): CollectionAfterDeleteHook<Doc> =>
  async ({ doc, req }) => {
    if (req.context?.skipSiteBuild || !isPublic(doc, drafts)) return doc
    const tenant = idOf(doc.tenant)
    if (tenant !== undefined) await requestSiteBuilds(req.payload, [tenant], { req })
    return doc
  }

type CommuneDoc = {
  id: ID
  status?: string | null
  name?: string
  type?: string
  slug?: string | null
  district?: unknown
  domains?: unknown
}

/** Fields the province directory lists: a change to one of them rebuilds the directory too. */
const DIRECTORY_FIELDS = ['name', 'type', 'slug', 'district', 'status', 'domains'] as const

/**
 * A commune's own settings (theme, logo, contacts...) shape its whole site. The workers' own
 * writes of the site state (context.siteState) are not changes of the site.
 */
export const rebuildAfterCommuneChange: CollectionAfterChangeHook<CommuneDoc> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.siteState || req.context?.skipSiteBuild) return doc
  const targets: ID[] = []
  if (doc.status === 'live') targets.push(doc.id)
  const listed = doc.status === 'live' || previousDoc?.status === 'live'
  if (
    listed &&
    (operation === 'create' ||
      DIRECTORY_FIELDS.some(
        (f) =>
          JSON.stringify(idOf(doc[f] as never) ?? doc[f] ?? null) !==
          JSON.stringify(idOf(previousDoc?.[f] as never) ?? previousDoc?.[f] ?? null),
      ))
  )
    targets.push(DIRECTORY_SITE)
  await requestSiteBuilds(req.payload, targets, { req })
  return doc
}
