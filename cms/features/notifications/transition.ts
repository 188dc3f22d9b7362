import type { NoticeKind } from './collection'

type State = { workflowStatus?: string | null; _status?: string | null } | null | undefined

/**
 * Which notice a save calls for, from the editorial state before and after it (the latest
 * version each time, drafts included): entering "submitted", "returned" or "published".
 * Saving an item again in the same state tells nobody anything new.
 */
export const noticeKindOf = (previous: State, doc: State, operation: 'create' | 'update'): NoticeKind | null => {
  const before = operation === 'update' ? previous?.workflowStatus : undefined
  const after = doc?.workflowStatus
  if (!after || after === before) return null
  if (after === 'submitted') return 'submitted'
  if (after === 'returned') return 'returned'
  if (after === 'published' && doc?._status === 'published') return 'published'
  return null
}
