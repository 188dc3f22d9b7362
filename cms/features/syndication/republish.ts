import type { PayloadRequest } from 'payload'
import { communeIdsWithRole, type ID, idOf, isProvinceAdmin, MEMBER_ROLES, memberRoleIn } from '../../access/roles'
import { copiedFields, copiesOf, type SharedItem } from './copies'
import { copyCoverImages } from './cover-image'
import { SHARED_NEWS_SLUG } from './slugs'
import { targetedCommuneIds } from './targets'

export class RepublishError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

export type RepublishInput = { sharedNews?: unknown; category?: unknown; commune?: unknown }
export type RepublishResult = { id: ID; slug: string; tenant: ID; workflowStatus: 'published' | 'submitted' }

const asId = (value: unknown): ID | undefined =>
  typeof value === 'number' || (typeof value === 'string' && /^[\w-]{1,64}$/.test(value)) ? value : undefined

/** The commune to republish in: the one asked for (a member of its board, or the province), else the user's only one. */
const communeFor = (req: PayloadRequest, asked: ID | undefined): ID => {
  if (asked !== undefined) {
    if (isProvinceAdmin(req.user) || memberRoleIn(req.user, asked)) return asked
    throw new RepublishError(403, 'Đăng lại: anh/chị không thuộc ban biên tập của đơn vị này.', 'commune')
  }
  const own = communeIdsWithRole(req.user, MEMBER_ROLES)
  if (own.length === 1) return own[0] as ID
  throw new RepublishError(400, 'Đăng lại: cần chọn đơn vị đăng tin.', 'commune')
}

/** The offer as the user may read it (it must be offered to them), and it must reach the commune. */
const offerFor = async (req: PayloadRequest, id: ID): Promise<SharedItem> => {
  const found = await req.payload.find({
    collection: SHARED_NEWS_SLUG as never,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const item = found.docs[0] as unknown as SharedItem | undefined
  if (!item) throw new RepublishError(404, `Đăng lại: không tìm thấy tin từ tỉnh #${String(id)}.`, 'sharedNews')
  return item
}

const categoryOf = async (req: PayloadRequest, id: ID, tenant: ID, communeName: string): Promise<ID> => {
  const found = await req.payload.find({
    collection: 'categories',
    where: { and: [{ id: { equals: id } }, { tenant: { equals: tenant } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (!found.docs[0])
    throw new RepublishError(400, `Đăng lại: chuyên mục #${String(id)} không thuộc ${communeName}.`, 'category')
  return found.docs[0].id
}

/**
 * "Đăng lại": the offer becomes a news item of the commune in the chosen category, marked as a
 * reprint with its source and the original's address. The board's own rights decide its state:
 * the chief (and the province) publish it at once; an editor or a contributor submits it to the
 * chief for approval, as any item of theirs. Once per commune.
 */
export const republish = async (req: PayloadRequest, input: RepublishInput): Promise<RepublishResult> => {
  const itemId = asId(input.sharedNews)
  if (itemId === undefined) throw new RepublishError(400, 'Đăng lại: thiếu tin cần đăng lại.', 'sharedNews')
  const categoryId = asId(input.category)
  if (categoryId === undefined) throw new RepublishError(400, 'Đăng lại: cần chọn chuyên mục.', 'category')
  const tenant = communeFor(req, asId(input.commune))
  const commune = await req.payload.findByID({
    collection: 'communes',
    id: tenant,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const item = await offerFor(req, itemId)
  if (!(await targetedCommuneIds(req, item)).some((c) => String(c) === String(tenant)))
    throw new RepublishError(403, `Đăng lại: tin này không gửi tới ${commune.name}.`, 'sharedNews')
  const category = await categoryOf(req, categoryId, tenant, commune.name)
  const existing = await copiesOf(req, item.id, tenant)
  if (existing.length)
    throw new RepublishError(
      409,
      `Đăng lại: ${commune.name} đã đăng lại tin này (tin bài #${String(existing[0]?.id)}).`,
    )
  const publishes = isProvinceAdmin(req.user) || memberRoleIn(req.user, tenant) === 'chief'
  const workflowStatus = publishes ? 'published' : 'submitted'
  req.context.syndicationCopy = true
  const copy = await req.payload
    .create({
      collection: 'posts',
      data: {
        ...copiedFields(item),
        tenant,
        categories: [category],
        workflowStatus,
        _status: publishes ? 'published' : 'draft',
      } as never,
      draft: !publishes,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .finally(() => {
      req.context.syndicationCopy = false
    })
  void copyCoverImages(req.payload, [copy as never], item).catch((err: Error) =>
    req.payload.logger.warn(`republish: cover image failed: ${err.message}`),
  )
  return { id: copy.id, slug: String(copy.slug ?? ''), tenant: idOf(copy.tenant as never) ?? tenant, workflowStatus }
}
