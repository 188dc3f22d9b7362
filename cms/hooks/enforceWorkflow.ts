import { Forbidden, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { asRoleUser, idOf, isProvinceAdmin, memberRoleIn, type ID } from '../access/roles'
import { readEditorialState } from './guardEditorial'

type Data = {
  _status?: string
  workflowStatus?: string
  reviewComment?: string | null
  tenant?: ID | { id: ID } | null
}

const CHIEF_ONLY = new Set(['published', 'returned', 'archived'])

const forbid = (req: PayloadRequest, messageVi: string, log: string): never => {
  req.payload.logger.warn(`workflow refused: ${log} (user ${String(req.user?.id)})`)
  const error = new Forbidden(req.t)
  error.message = messageVi
  throw error
}

/**
 * The editorial workflow on every door (REST, GraphQL, Local API, admin): it runs before
 * Payload decides whether a write is a draft save, so it can both normalise the request
 * (workflowStatus and `_status` always agree) and refuse what the user's role may not do.
 * Trusted server code without a user (seed, scheduled jobs without a scheduler) passes.
 */
export const enforceWorkflow: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Data | undefined
  if (!data) return args
  const id = (args as { id?: ID }).id

  // A draft save carries the form's whole state: over a live item that is "published", which
  // must not turn "Lưu bản nháp" into a publish. The draft is a draft until it is submitted.
  if (args.draft && data._status === 'draft' && data.workflowStatus === 'published') data.workflowStatus = 'draft'
  // One vocabulary for API clients: publishing through either field means the same.
  if (data.workflowStatus === 'published') data._status = 'published'
  if (data._status === 'published') data.workflowStatus = 'published'
  if (data.workflowStatus === 'archived') {
    data._status = 'draft'
    args.draft = false // archiving takes the document off the site: it must write the live row
  }

  const user = asRoleUser(req.user)
  if (!user || isProvinceAdmin(user) || args.overrideAccess === true) return args

  if (operation === 'update' && id === undefined) {
    if (data._status !== undefined || data.workflowStatus !== undefined)
      forbid(req, 'Không thể chuyển trạng thái biên tập hàng loạt; hãy thao tác từng tin bài.', 'bulk workflow change')
    return args
  }

  let tenant = idOf(data.tenant)
  let live = false
  let current: string | null | undefined
  if (operation === 'update') {
    // The latest version's state, not the main row's: a draft save (submitting, returning)
    // writes only a version.
    const state = await readEditorialState(req, collection.slug, id as ID)
    if (!state) return args // Payload answers 404 itself
    tenant = state.tenant
    live = state.live
    current = state.workflowStatus
  }
  const role = memberRoleIn(user, tenant)
  if (role === 'chief') return args

  const target = data.workflowStatus
  // The admin sends the current state with every save: the author of a returned item saves it
  // as "returned" until they submit it again. Publishing and archiving stay refused, echo or not.
  const keepsReturned = target === 'returned' && current === 'returned'
  if (target && CHIEF_ONLY.has(target) && !keepsReturned)
    forbid(
      req,
      'Chỉ Trưởng ban biên tập được xuất bản, trả lại hoặc lưu trữ nội dung.',
      `${collection.slug} -> ${target}`,
    )
  // A submission waits for the chief: nobody else takes it back (withdraws it) meanwhile.
  if (current === 'submitted' && target && target !== 'submitted')
    forbid(
      req,
      'Nội dung đang chờ duyệt: chỉ Trưởng ban biên tập được trả lại hoặc chuyển trạng thái.',
      `${collection.slug} submitted -> ${target}`,
    )

  const draftSave = Boolean(args.draft) && data._status !== 'published'
  if (operation === 'update' && live && !draftSave)
    forbid(
      req,
      'Nội dung đang xuất bản: chỉ Trưởng ban biên tập được sửa trực tiếp hoặc gỡ xuống; hãy lưu bản nháp để gửi duyệt.',
      `${collection.slug} live edit`,
    )

  if (operation === 'create') data._status = 'draft'
  return args
}

/** A returned item needs a comment; checked for chiefs too, after enforceWorkflow let them through. */
export const requireReturnComment: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const data = (args as { data?: Data }).data
  if (
    (operation === 'create' || operation === 'update') &&
    data?.workflowStatus === 'returned' &&
    !String(data.reviewComment ?? '').trim()
  )
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          { path: 'reviewComment', label: 'Ý kiến duyệt', message: 'Ý kiến duyệt: cần ghi lý do khi trả lại bài.' },
        ],
      },
      req.t,
    )
  return args
}
