import { addDataAndFileToRequest, APIError, type CollectionBeforeDeleteHook, type Endpoint } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { removeCommune } from './remove-commune'

/**
 * POST /api/communes/:id/remove {confirm: <the commune's slug>}: the province admin deletes a
 * commune, its content, its board's accounts and its site, after an export of everything
 * (cms/lifecycle/remove-commune.ts). Typing the slug is the confirmation.
 */
export const removeEndpoint: Endpoint = {
  path: '/:id/remove',
  method: 'post',
  handler: async (req) => {
    if (!isProvinceAdmin(req.user))
      return Response.json({ errors: [{ message: 'Chỉ quản trị tỉnh được xóa đơn vị.' }] }, { status: 403 })
    await addDataAndFileToRequest(req)
    const id = req.routeParams?.id as string
    const commune = await req.payload.findByID({
      collection: 'communes',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!commune) return Response.json({ errors: [{ message: 'Không tìm thấy đơn vị.' }] }, { status: 404 })
    if ((req.data as { confirm?: unknown } | undefined)?.confirm !== commune.slug)
      return Response.json(
        { errors: [{ field: 'confirm', message: `Xác nhận: nhập đúng mã "${commune.slug}" để xóa ${commune.name}.` }] },
        { status: 400 },
      )
    const report = await removeCommune(req.payload, commune.id, { req })
    return Response.json({ ...report, message: `Đã xóa ${commune.name}; dữ liệu đã xuất tại ${report.exportDir}.` })
  },
}

/** A commune is only deleted through the removal above, never without its export. */
export const refuseDeleteWithoutExport: CollectionBeforeDeleteHook = ({ req }) => {
  if (!req.context?.removingCommune)
    throw new APIError('Xóa đơn vị: hãy dùng chức năng "Xóa đơn vị" để dữ liệu được xuất trước khi xóa.', 400)
}
