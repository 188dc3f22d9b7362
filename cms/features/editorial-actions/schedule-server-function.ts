import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { PayloadRequest, ServerFunction } from 'payload'
import { asRoleUser, isProvinceAdmin, memberRoleIn, type ID } from '../../access/roles'
import { readEditorialState } from '../../hooks/guardEditorial'

type DocRef = { relationTo?: string; value?: ID } | null | undefined

/** Whether the user is the chief of the document's commune (the province admin passes earlier). */
const chiefOf = async (req: PayloadRequest, doc: DocRef): Promise<boolean> => {
  const user = asRoleUser(req.user)
  if (!user || !doc?.relationTo || doc.value === undefined || !(doc.relationTo in req.payload.collections)) return false
  const state = await readEditorialState(req, doc.relationTo, doc.value)
  return Boolean(state) && memberRoleIn(user, state?.tenant) === 'chief'
}

/** The scheduled-publish job a delete names, when it is one. */
const scheduledDoc = async (req: PayloadRequest, jobId: ID): Promise<DocRef> => {
  const job = await req.payload
    .findByID({ collection: 'payload-jobs', id: jobId, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (job?.taskSlug !== 'schedulePublish') return null
  return (job.input as { doc?: DocRef } | undefined)?.doc
}

/**
 * Payload's "schedule-publish" server function (the admin's schedule drawer) checks only that
 * the user may open the admin: any board member could queue a publish of any item, or delete
 * any commune's scheduled publish by the job's id (its delete runs with full access). Here the
 * province admin, or the chief of the item's commune (of the job's item, for a delete), may;
 * anyone else gets a Vietnamese refusal and nothing changes. The board's own "Lên lịch" button
 * goes through POST /api/<collection>/:id/schedule-publish, which applies the same rule.
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  const refused = { error: 'Chỉ Trưởng ban biên tập của đơn vị được lên lịch hoặc hủy lịch xuất bản nội dung này.' }
  if (!isProvinceAdmin(asRoleUser(req.user))) {
    if (args.global) return refused
    if (args.deleteID !== undefined && !(await chiefOf(req, await scheduledDoc(req, args.deleteID)))) return refused
    if (args.doc && !(await chiefOf(req, args.doc as DocRef))) return refused
    if (args.deleteID === undefined && !args.doc) return refused
  }
  return schedulePublishHandler(args)
}
