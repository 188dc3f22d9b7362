import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { grantItemPreview, grantThemePreview, type Granted } from './grant'
import { ensurePreview } from './previews'
import { noticePage, previewBanner, resolveSiteFile, sendPreviewFile } from './serve'
import { verifyPreview } from './token'

const asJson = (granted: Granted): Response =>
  granted.ok
    ? Response.json({ ...granted.link, message: 'Đã tạo liên kết xem trước (hết hạn sau 30 phút).' })
    : Response.json(
        {
          errors: [
            { message: granted.refused.message, ...(granted.refused.field ? { field: granted.refused.field } : {}) },
          ],
        },
        { status: granted.refused.status },
      )

/**
 * POST /api/preview: `{ collection, id }` (a draft as the commune's site will show it) or
 * `{ commune, theme }` (its home page in another theme) answers `{ url, expiresAt }`, a private
 * link that works for 30 minutes for whoever holds it.
 */
const createPreview: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    if (body.theme !== undefined) return asJson(await grantThemePreview(req, body.commune, body.theme))
    return asJson(await grantItemPreview(req, body.collection, body.id))
  },
}

/**
 * GET /api/preview/open/:collection/:id: the edit view's "Xem trước" button. A fresh link on
 * every click (an old tab's link may have expired), followed at once.
 */
const openPreview: Endpoint = {
  path: '/preview/open/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const granted = await grantItemPreview(req, req.routeParams?.collection, req.routeParams?.id)
    if (!granted.ok) return noticePage(granted.refused.status, 'Không xem trước được', granted.refused.message)
    return new Response(null, { status: 303, headers: { Location: granted.link.url, 'Cache-Control': 'no-store' } })
  },
}

const segmentsOf = (req: PayloadRequest): string[] => {
  const rest = req.routeParams?.path
  return Array.isArray(rest) ? rest.map(String) : typeof rest === 'string' && rest ? rest.split('/') : []
}

/**
 * GET /api/preview/:token/...: the preview's pages. The first request builds it (a few
 * seconds); the next ones read the built files. An altered or unknown token answers 404, an
 * expired one 403, each with a sentence in Vietnamese.
 */
const servePreview: Endpoint = {
  path: '/preview/:token/:path*',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const verified = verifyPreview(token)
    if (!verified.ok)
      return verified.reason === 'expired'
        ? noticePage(
            403,
            'Liên kết xem trước đã hết hạn',
            'Hãy mở lại bản xem trước từ trang soạn thảo (nút "Xem trước").',
          )
        : noticePage(404, 'Không tìm thấy bản xem trước', 'Liên kết xem trước không đúng hoặc đã bị thay đổi.')
    const built = await ensurePreview(req.payload, token, verified.grant)
    if (!built.ok) return noticePage(500, 'Không dựng được bản xem trước', built.error)
    const base = `/api/preview/${token}`
    const banner = previewBanner(new Date(verified.grant.expires))
    const file = resolveSiteFile(built.root, segmentsOf(req))
    const missing = file ? null : resolveSiteFile(built.root, ['404.html'])
    if (!file && !missing) return noticePage(404, 'Không tìm thấy trang', 'Trang này không có trong bản xem trước.')
    const timing = built.buildMs ? { 'Server-Timing': `build;dur=${built.buildMs}` } : {}
    const response = file ? sendPreviewFile(file, base, banner) : sendPreviewFile(missing!, base, banner, 404)
    for (const [name, value] of Object.entries(timing)) response.headers.set(name, value)
    return response
  },
}

export const previewEndpoints: Endpoint[] = [createPreview, openPreview, servePreview]
