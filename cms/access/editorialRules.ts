import type { ID, MemberRole } from './roles'

/**
 * What decides whether a board member may still change or delete an item. Read from the item's
 * latest version (a draft save writes only a version: the main row can be several steps behind),
 * plus the facts that only ever grow: whether it is live and whether it was ever published.
 */
export type EditorialState = {
  title?: string | null
  createdBy?: ID
  /** The latest version's editorial state (draft, submitted, returned, published, archived). */
  workflowStatus?: string | null
  /** The main row is on the site now. */
  live: boolean
  /** It has been on the site at some point (survives unpublishing and archiving). */
  everPublished: boolean
}

/** States in which the author (contributor) still holds the item: before submission, or once returned. */
export const AUTHOR_STATES = ['draft', 'returned'] as const

const named = (noun: string, state: EditorialState) => (state.title ? `${noun} «${state.title}»` : noun)
const isOwn = (userId: ID, state: EditorialState) =>
  state.createdBy !== undefined && String(state.createdBy) === String(userId)
const heldByAuthor = (state: EditorialState) =>
  (AUTHOR_STATES as readonly string[]).includes(String(state.workflowStatus ?? 'draft'))

/**
 * Why `role` may not change this item, or null when they may. Chiefs run their commune; editors
 * edit all its drafts (live content is guarded by enforceWorkflow: they save a draft over it);
 * contributors only their own item while it is a draft or has been returned to them: once
 * submitted, it is the chief's until returned (no edit, no withdrawal).
 */
export const changeRefusal = (
  role: MemberRole | undefined,
  userId: ID,
  state: EditorialState,
  noun: string,
): string | null => {
  if (role === 'chief' || role === 'editor') return null
  if (role !== 'contributor') return 'Bạn không thuộc ban biên tập của đơn vị có nội dung này.'
  if (!isOwn(userId, state)) return `${named(noun, state)}: cộng tác viên chỉ được sửa bài do chính mình viết.`
  if (state.live || state.workflowStatus === 'published' || state.workflowStatus === 'archived')
    return `${named(noun, state)} đã xuất bản hoặc đã lưu trữ: cộng tác viên không được sửa.`
  if (state.workflowStatus === 'submitted')
    return `${named(noun, state)} đã gửi duyệt: chỉ sửa hoặc rút lại được khi Trưởng ban biên tập trả lại bài.`
  if (!heldByAuthor(state)) return `${named(noun, state)}: cộng tác viên chỉ được sửa bản nháp hoặc bài bị trả lại.`
  return null
}

/**
 * Why `role` may not delete this item, or null when they may. The role table: chiefs delete
 * their commune's content; editors and contributors only their own drafts that were never
 * published (what has been public is the chief's to remove) and are not awaiting review.
 */
export const deleteRefusal = (
  role: MemberRole | undefined,
  userId: ID,
  state: EditorialState,
  noun: string,
): string | null => {
  if (role === 'chief') return null
  if (role !== 'editor' && role !== 'contributor') return 'Bạn không thuộc ban biên tập của đơn vị có nội dung này.'
  if (!isOwn(userId, state))
    return `${named(noun, state)}: chỉ được xóa bản nháp do chính mình tạo; hãy đề nghị Trưởng ban biên tập.`
  if (state.live || state.everPublished)
    return `${named(noun, state)} đã từng được xuất bản: chỉ Trưởng ban biên tập được xóa.`
  if (state.workflowStatus === 'submitted')
    return `${named(noun, state)} đang chờ duyệt: chỉ xóa được khi Trưởng ban biên tập trả lại bài.`
  if (!heldByAuthor(state)) return `${named(noun, state)}: chỉ được xóa bản nháp.`
  return null
}

/** Editorial states only the chief (and the province) may put an item in. */
export const CHIEF_ONLY_STATES = ['published', 'returned', 'archived'] as const

/**
 * Why `role` may not move an item from `from` to `to`, or null. Checked per document on every
 * write (bulk updates and restoring an old version included), beside enforceWorkflow's check of
 * the request: publishing, returning and archiving are the chief's, and a submission waits for
 * the chief (nobody else takes it back).
 */
export const transitionRefusal = (
  role: MemberRole | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
): string | null => {
  if (role === 'chief' || to === undefined || to === null || to === from) return null
  if ((CHIEF_ONLY_STATES as readonly string[]).includes(to))
    return 'Chỉ Trưởng ban biên tập được xuất bản, trả lại hoặc lưu trữ nội dung.'
  if (from === 'submitted')
    return 'Nội dung đang chờ duyệt: chỉ Trưởng ban biên tập được trả lại hoặc chuyển trạng thái.'
  return null
}
