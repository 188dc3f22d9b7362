import type { Field } from 'payload'

export const WORKFLOW_STATUSES = ['draft', 'submitted', 'returned', 'published', 'archived'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const WORKFLOW_LABELS: Record<WorkflowStatus, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
}

/** The editorial state beside Payload's `_status`; enforceWorkflow keeps the two consistent. */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowStatus',
    type: 'select',
    label: { vi: 'Trạng thái biên tập', en: 'Editorial status' },
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATUSES.map((value) => ({ value, label: WORKFLOW_LABELS[value] })),
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { vi: 'Ý kiến duyệt (khi trả lại)', en: 'Review comment (when returned)' },
    admin: { position: 'sidebar' },
  },
]
