import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'
import { idOf, type ID } from '../../access/roles'

export type PageFeedbackRow = {
  commune: { id: ID; slug: string; name: string }
  path: string
  yes: number
  no: number
  /** The comments of this page, newest first. */
  comments: { helpful: boolean; comment: string; createdAt: string }[]
}

export type CommuneFeedbackTotal = { commune: { id: ID; slug: string; name: string }; yes: number; no: number }

type FeedbackDoc = {
  tenant: ID | { id: ID }
  path: string
  helpful?: boolean | null
  comment?: string | null
  createdAt: string
}

/** Rows per page from the ratings (newest first), most answers first. */
export const groupFeedback = (
  docs: FeedbackDoc[],
  communes: Map<string, { id: ID; slug: string; name: string }>,
): { pages: PageFeedbackRow[]; communes: CommuneFeedbackTotal[] } => {
  const pages = new Map<string, PageFeedbackRow>()
  const totals = new Map<string, CommuneFeedbackTotal>()
  for (const doc of docs) {
    const communeId = String(idOf(doc.tenant))
    const commune = communes.get(communeId) ?? { id: communeId, slug: '', name: '' }
    const key = `${communeId} ${doc.path}`
    const row = pages.get(key) ?? { commune, path: doc.path, yes: 0, no: 0, comments: [] }
    const total = totals.get(communeId) ?? { commune, yes: 0, no: 0 }
    if (doc.helpful) {
      row.yes++
      total.yes++
    } else {
      row.no++
      total.no++
    }
    if (doc.comment)
      row.comments.push({ helpful: Boolean(doc.helpful), comment: doc.comment, createdAt: doc.createdAt })
    pages.set(key, row)
    totals.set(communeId, total)
  }
  const byCount = (a: { yes: number; no: number }, b: { yes: number; no: number }) => b.yes + b.no - (a.yes + a.no)
  return { pages: [...pages.values()].sort(byCount), communes: [...totals.values()].sort(byCount) }
}

/**
 * The counts per page and per commune of the ratings the user may read (the collection's read
 * rule decides: the province all, a viewer their communes, a board its own), optionally of one
 * commune (by slug).
 */
export const feedbackSummary = async (
  payload: Payload,
  req: Partial<PayloadRequest> & Pick<PayloadRequest, 'user'>,
  communeSlug?: string,
) => {
  const where: Where = communeSlug ? { 'tenant.slug': { equals: communeSlug } } : {}
  const found = await payload.find({
    collection: 'page-feedback',
    where,
    depth: 0,
    pagination: false,
    sort: '-createdAt',
    select: { tenant: true, path: true, helpful: true, comment: true, createdAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const docs = found.docs as unknown as FeedbackDoc[]
  const ids = [...new Set(docs.map((d) => idOf(d.tenant)).filter((id): id is ID => id !== undefined))]
  const communes = ids.length
    ? await payload.find({
        collection: 'communes',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        select: { slug: true, name: true },
        overrideAccess: true,
      })
    : { docs: [] }
  const byId = new Map(
    communes.docs.map((c) => [String(c.id), { id: c.id, slug: String(c.slug), name: String(c.name) }]),
  )
  return groupFeedback(docs, byId)
}

/** GET /api/page-feedback/summary[?commune=<slug>]: the counts per page and per commune the user may read. */
export const feedbackSummaryEndpoint: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Cần đăng nhập để xem đánh giá.' }] }, { status: 401 })
    const commune = typeof req.query?.commune === 'string' ? req.query.commune : undefined
    try {
      return Response.json(await feedbackSummary(req.payload, req, commune))
    } catch (err) {
      if ((err as { status?: number }).status !== 403) throw err
      return Response.json({ errors: [{ message: 'Bạn không có quyền xem đánh giá trang.' }] }, { status: 403 })
    }
  },
}
