import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { type ID, idOf } from '../../access/roles'
import { notifyBoardOfPublication } from '../notifications'
import { requestSiteBuilds } from '../publishing/queue'
import { copyCoverImages } from './cover-image'
import { MANDATORY_CATEGORY } from './slugs'
import { type Targeted, targetedCommuneIds } from './targets'

export type SharedItem = Targeted & {
  id: ID
  title: string
  summary?: string | null
  content?: unknown
  imageUrl?: string | null
  link?: string | null
  source: string
  mandatory?: boolean | null
}

type Copy = { id: ID; slug?: string | null; tenant?: ID | { id: ID } | null; _status?: string | null }

/** The writes of copies: their own builds are requested once for all; the audit still records them. */
export const COPY_CONTEXT = { syndicationCopy: true, skipSiteBuild: true, skipNotifications: true } as const

/** What a copy takes from the shared item (and takes again at every correction). */
export const copiedFields = (item: SharedItem) => ({
  title: item.title,
  excerpt: item.summary ?? null,
  content: item.content ?? null,
  origin: 'reprint',
  source: item.source,
  reprint: {
    sharedNews: item.id,
    canonicalUrl: item.link || null,
    imageUrl: item.imageUrl || null,
    mandatory: Boolean(item.mandatory),
  },
})

/** The copies of a shared item, in every commune (drafts included). */
export const copiesOf = async (req: PayloadRequest, itemId: ID, tenant?: ID): Promise<Copy[]> => {
  const { docs } = await req.payload.find({
    collection: 'posts',
    where: {
      and: [
        { 'reprint.sharedNews': { equals: itemId } },
        ...(tenant === undefined ? [] : [{ tenant: { equals: tenant } }]),
      ],
    },
    select: { slug: true, tenant: true, _status: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  return docs as unknown as Copy[]
}

/** The commune's "Tin từ tỉnh" category, created the first time a mandatory item reaches it. */
const mandatoryCategory = async (req: PayloadRequest, tenant: ID): Promise<ID> => {
  const found = await req.payload.find({
    collection: 'categories',
    where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: MANDATORY_CATEGORY.slug } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return found.docs[0].id
  const made = await req.payload.create({
    collection: 'categories',
    data: { tenant, name: MANDATORY_CATEGORY.name, slug: MANDATORY_CATEGORY.slug } as never,
    depth: 0,
    overrideAccess: true,
    context: { skipSiteBuild: true },
    req,
  })
  return made.id
}

/**
 * A mandatory item is published on every targeted live commune that has no copy yet (a second
 * save creates nothing twice), in its "Tin từ tỉnh" category; the sites are rebuilt together
 * and each board's chief and editors are told.
 */
export const publishMandatory = async (req: PayloadRequest, item: SharedItem): Promise<ID[]> => {
  const targets = await targetedCommuneIds(req, item)
  const have = new Set((await copiesOf(req, item.id)).map((c) => String(idOf(c.tenant))))
  const made: Copy[] = []
  for (const tenant of targets) {
    if (have.has(String(tenant))) continue
    const category = await mandatoryCategory(req, tenant)
    const copy = await req.payload.create({
      collection: 'posts',
      data: { ...copiedFields(item), tenant, categories: [category], _status: 'published' } as never,
      depth: 0,
      overrideAccess: true,
      context: COPY_CONTEXT,
      req,
    })
    made.push(copy as unknown as Copy)
  }
  if (!made.length) return []
  await requestSiteBuilds(
    req.payload,
    made.map((c) => idOf(c.tenant) as ID),
    { req },
  )
  for (const copy of made)
    await notifyBoardOfPublication(req, 'posts', copy as never, {
      roles: ['chief', 'editor'],
      comment: `Tin bắt buộc từ tỉnh (nguồn: ${item.source}), đã đăng trên trang của đơn vị.`,
    })
  req.payload.logger.info(`shared news ${String(item.id)}: mandatory copies published in ${made.length} communes`)
  void copyCoverImages(req.payload, made, item).catch((err: Error) =>
    req.payload.logger.warn(`mandatory copies: cover images failed: ${err.message}`),
  )
  return made.map((c) => idOf(c.tenant) as ID)
}

const CORRECTED = ['title', 'summary', 'content', 'imageUrl', 'link', 'source', 'mandatory'] as const

/** A correction of the shared item: every copy takes it; the sites showing one are rebuilt together. */
export const correctCopies = async (req: PayloadRequest, item: SharedItem): Promise<number> => {
  const copies = await copiesOf(req, item.id)
  for (const copy of copies)
    await req.payload.update({
      collection: 'posts',
      id: copy.id,
      data: copiedFields(item) as never,
      depth: 0,
      overrideAccess: true,
      context: COPY_CONTEXT,
      req,
    })
  const live = copies.filter((c) => c._status === 'published').map((c) => idOf(c.tenant) as ID)
  await requestSiteBuilds(req.payload, live, { req })
  if (copies.length) req.payload.logger.info(`shared news ${String(item.id)}: ${copies.length} copies corrected`)
  return copies.length
}

/** After a save of a shared item: corrections reach every copy, a mandatory item every targeted site. */
export const propagateSharedNews: CollectionAfterChangeHook<SharedItem> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipSyndication) return doc
  const changed =
    operation === 'update' &&
    CORRECTED.some((f) => JSON.stringify(doc[f] ?? null) !== JSON.stringify(previousDoc?.[f] ?? null))
  if (changed) await correctCopies(req, doc)
  if (doc.mandatory) await publishMandatory(req, doc)
  return doc
}
