import type { PayloadRequest } from 'payload'
import { THEMES } from '../../../themes/index'
import { asRoleUser, communeIdsWithRole, idOf, isProvinceAdmin, memberRoleIn } from '../../access/roles'
import { ITEM_NOUN, isPreviewCollection, itemPath } from './item'
import { PREVIEW_TTL_MS, type PreviewGrant, signPreview } from './token'

/**
 * Who may make a preview link: the board of the item's commune (chief, editor, contributor,
 * for what they can read) and the province admin; for another theme, whoever may change the
 * commune's theme (its chief, the province admin). Nobody else, whatever they can read.
 */

export type PreviewLink = { url: string; expiresAt: string }
export type Refused = { status: number; field?: string; message: string }
export type Granted = { ok: true; link: PreviewLink } | { ok: false; refused: Refused }

const refuse = (status: number, message: string, field?: string): Granted => ({
  ok: false,
  refused: { status, message, ...(field ? { field } : {}) },
})

/** Per person: previews asked for in the last 10 minutes (each may cost a build). */
const recent = new Map<string, number[]>()
const PER_PERSON = 30
const WINDOW_MS = 10 * 60 * 1000
const withinBudget = (userId: string): boolean => {
  const now = Date.now()
  const times = (recent.get(userId) ?? []).filter((t) => now - t < WINDOW_MS)
  if (times.length >= PER_PERSON) return false
  times.push(now)
  if (recent.size > 5000) recent.clear()
  recent.set(userId, times)
  return true
}

const communeOf = (req: PayloadRequest, id: number | string) =>
  req.payload
    .findByID({ collection: 'communes', id, depth: 0, overrideAccess: true, select: { slug: true, name: true } })
    .catch(() => null)

const signed = (grant: Omit<PreviewGrant, 'expires'>, path: string): Granted => {
  const expires = Date.now() + PREVIEW_TTL_MS
  const token = signPreview({ ...grant, expires })
  // Without the trailing slash: Next would answer it with a redirect first.
  const url = `/api/preview/${token}${path.replace(/\/$/, '')}`
  return { ok: true, link: { url, expiresAt: new Date(expires).toISOString() } }
}

/** Checks the caller before any work: signed in, and not over their budget. */
const caller = (req: PayloadRequest): Granted | null => {
  const user = asRoleUser(req.user)
  if (!user) return refuse(401, 'Hãy đăng nhập để xem trước nội dung.')
  if (!withinBudget(String(user.id)))
    return refuse(429, 'Bạn đã tạo quá nhiều bản xem trước trong 10 phút qua; hãy thử lại sau ít phút.')
  return null
}

/** A link to the draft of one item, as its commune's site will show it. */
export const grantItemPreview = async (req: PayloadRequest, collection: unknown, id: unknown): Promise<Granted> => {
  const refusal = caller(req)
  if (refusal) return refusal
  if (!isPreviewCollection(collection))
    return refuse(
      400,
      'Loại nội dung: chỉ xem trước được tin bài, trang, thông báo, văn bản và mục công khai.',
      'collection',
    )
  if (typeof id !== 'string' && typeof id !== 'number')
    return refuse(400, 'Mã nội dung: thiếu mã của nội dung cần xem trước.', 'id')
  // What the caller may read, drafts included (a contributor: their own); anything else is "not found".
  const doc = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!doc) return refuse(404, `Không tìm thấy ${ITEM_NOUN[collection]} #${String(id)} để xem trước.`, 'id')
  const tenantId = idOf(doc.tenant as never)
  const commune = tenantId === undefined ? null : await communeOf(req, tenantId)
  if (!commune?.slug) return refuse(404, `Nội dung «${doc.title}» không thuộc đơn vị nào.`, 'id')
  if (!isProvinceAdmin(req.user) && !memberRoleIn(req.user, tenantId))
    return refuse(
      403,
      `Chỉ ban biên tập ${commune.name} và quản trị tỉnh được xem trước ${ITEM_NOUN[collection]} «${doc.title}».`,
    )
  return signed({ commune: commune.slug, item: { collection, id: doc.id } }, itemPath(collection, doc as never))
}

/** A link to the commune's home page in another theme, before the theme is saved. */
export const grantThemePreview = async (req: PayloadRequest, communeId: unknown, theme: unknown): Promise<Granted> => {
  const refusal = caller(req)
  if (refusal) return refusal
  if (typeof communeId !== 'string' && typeof communeId !== 'number')
    return refuse(400, 'Đơn vị: thiếu mã đơn vị cần xem trước giao diện.', 'commune')
  const number = Number(theme)
  if (!Number.isInteger(number) || !THEMES.some((t) => t.number === number))
    return refuse(400, `Giao diện: chọn một giao diện từ 1 đến ${THEMES.length}.`, 'theme')
  const commune = await communeOf(req, communeId)
  const mayChange =
    isProvinceAdmin(req.user) || communeIdsWithRole(req.user, ['chief']).some((c) => String(c) === String(communeId))
  if (!commune?.slug || !mayChange)
    return refuse(
      commune ? 403 : 404,
      commune
        ? `Chỉ trưởng ban biên tập ${commune.name} và quản trị tỉnh được xem trước giao diện của đơn vị.`
        : `Không tìm thấy đơn vị #${String(communeId)}.`,
      'commune',
    )
  return signed({ commune: commune.slug, theme: number }, '/')
}
