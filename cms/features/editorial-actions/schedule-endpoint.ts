import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { asRoleUser, isProvinceAdmin, memberRoleIn, type ID } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { readEditorialState } from '../../hooks/guardEditorial'

/** How far ahead a publish may be scheduled (a typo in the year should not hide an item for a decade). */
const MAX_AHEAD_MS = 366 * 24 * 3600 * 1000

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ ...(field ? { field } : {}), message }] }, { status })

/** The requested instant, or the Vietnamese reason it cannot be used. */
const instantOf = (value: unknown): Date | string => {
  if (typeof value !== 'string' || value.length > 40) return 'Thời điểm xuất bản: cần chọn ngày và giờ.'
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return 'Thời điểm xuất bản: ngày giờ không hợp lệ.'
  if (at.getTime() <= Date.now()) return 'Thời điểm xuất bản: cần chọn một thời điểm trong tương lai.'
  if (at.getTime() > Date.now() + MAX_AHEAD_MS) return 'Thời điểm xuất bản: chỉ lên lịch trong vòng một năm.'
  return at
}

/** Why this person may not schedule the item, or null: the chief of its commune and the province may. */
const scheduleRefusal = async (req: PayloadRequest, collection: string, id: ID) => {
  const user = asRoleUser(req.user)
  if (!user) return refuse(401, 'Cần đăng nhập để lên lịch xuất bản.')
  const state = await readEditorialState(req, collection, id)
  if (!state) return refuse(404, 'Không tìm thấy nội dung cần lên lịch.')
  if (isProvinceAdmin(user)) return { state }
  const role = memberRoleIn(user, state.tenant)
  // Outside the commune the item does not exist for them, as on Payload's own doors.
  if (!role) return refuse(404, 'Không tìm thấy nội dung cần lên lịch.')
  if (role !== 'chief') return refuse(403, 'Chỉ Trưởng ban biên tập của đơn vị được lên lịch xuất bản nội dung này.')
  return { state }
}

/**
 * POST /api/<collection>/:id/schedule-publish {at}: the chief (or the province) schedules the
 * item's latest version to be published at `at`, through Payload's own scheduled-publish job
 * (`schedulePublish`, run by the jobs queue). The job runs as the chief who scheduled it, so the
 * workflow's rules apply again when it comes due.
 */
export const schedulePublishEndpoint = (collection: string): Endpoint => ({
  path: '/:id/schedule-publish',
  method: 'post',
  handler: async (req) => {
    const raw = String(req.routeParams?.id ?? '')
    // SQLite ids are numbers, MongoDB's are hex strings; anything else names no item.
    if (!/^[A-Za-z0-9]{1,40}$/.test(raw)) return refuse(404, 'Không tìm thấy nội dung cần lên lịch.')
    const id: ID = /^\d+$/.test(raw) ? Number(raw) : raw
    const allowed = await scheduleRefusal(req, collection, id)
    if (allowed instanceof Response) return allowed
    await addDataAndFileToRequest(req)
    const at = instantOf((req.data as { at?: unknown } | undefined)?.at)
    if (typeof at === 'string') return refuse(400, at, 'at')
    const user = asRoleUser(req.user)!
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: collection, value: raw },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil: at,
      req,
    } as never)
    await writeAudit(req, {
      action: 'update',
      collection,
      documentId: id,
      tenant: allowed.state.tenant,
      summary: `Lên lịch xuất bản «${allowed.state.title ?? id}» lúc ${at.toISOString()}`,
      details: { scheduledPublishAt: at.toISOString() },
    })
    return Response.json(
      { job: (job as { id?: ID }).id, at: at.toISOString(), message: 'Đã lên lịch xuất bản.' },
      { status: 201 },
    )
  },
})
