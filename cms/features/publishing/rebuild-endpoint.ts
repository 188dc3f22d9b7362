import { addDataAndFileToRequest, type Endpoint, type Where } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { requestSiteBuilds } from './queue'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

const SCOPES = ['commune', 'district', 'all'] as const
type Scope = (typeof SCOPES)[number]

/** The `id` of scope 'district' that means the communes of no district (none since 2025-07-01). */
export const NO_DISTRICT = 'none'

/**
 * POST /api/communes/rebuild {scope: 'commune' | 'district' | 'all', id?}: the province admin
 * rebuilds one commune's site, a district's (`id` 'none': the communes of no district), or
 * every site (with the province directory),
 * even when nothing changed (e.g. after restoring files). Queued, not waited for: the answer
 * says how many sites were queued; the admin shows each site's state as it goes.
 */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isProvinceAdmin(req.user))
      return Response.json({ errors: [{ message: 'Chỉ quản trị tỉnh được xây dựng lại trang.' }] }, { status: 403 })
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { scope?: unknown; id?: unknown }
    const scope = body.scope as Scope
    if (!SCOPES.includes(scope))
      return Response.json(
        { errors: [{ field: 'scope', message: 'Phạm vi: chọn một đơn vị, một huyện hoặc tất cả.' }] },
        { status: 400 },
      )
    const id = typeof body.id === 'string' || typeof body.id === 'number' ? body.id : undefined
    if (scope !== 'all' && id === undefined)
      return Response.json(
        {
          errors: [
            {
              field: 'id',
              message:
                scope === 'commune' ? 'Đơn vị: chọn đơn vị cần xây dựng lại.' : 'Huyện: chọn huyện cần xây dựng lại.',
            },
          ],
        },
        { status: 400 },
      )
    const where: Where = {
      and: [
        { status: { equals: 'live' } },
        ...(scope === 'commune'
          ? [{ id: { equals: id } }]
          : scope === 'district'
            ? [id === NO_DISTRICT ? { district: { exists: false } } : { district: { equals: id } }]
            : []),
      ],
    }
    const communes = await req.payload.find({
      collection: 'communes',
      where,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true },
    })
    if (!communes.docs.length)
      return Response.json(
        {
          errors: [
            {
              field: 'id',
              message:
                scope === 'commune'
                  ? 'Đơn vị: không tìm thấy đơn vị đang hoạt động.'
                  : 'Huyện: không có đơn vị đang hoạt động.',
            },
          ],
        },
        { status: 404 },
      )
    const targets = [...communes.docs.map((c) => c.id), ...(scope === 'all' ? [DIRECTORY_SITE] : [])]
    await requestSiteBuilds(req.payload, targets, { force: true })
    await writeAudit(req, {
      action: 'rebuild',
      collection: 'communes',
      documentId: scope === 'commune' ? id : undefined,
      tenant: scope === 'commune' ? (id as number) : undefined,
      summary:
        scope === 'commune'
          ? `Xây dựng lại trang ${communes.docs[0]!.name}`
          : scope === 'district'
            ? `Xây dựng lại ${communes.docs.length} trang ${id === NO_DISTRICT ? 'không thuộc huyện' : 'của huyện'}`
            : `Xây dựng lại toàn bộ ${communes.docs.length} trang`,
      details: { scope, id: id ?? null, communes: communes.docs.length },
    })
    return Response.json({
      queued: communes.docs.length,
      message: `Đã đưa ${communes.docs.length} trang vào hàng đợi xây dựng lại.`,
    })
  },
}
