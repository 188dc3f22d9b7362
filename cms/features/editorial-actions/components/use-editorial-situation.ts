import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { idOf, type ID, type RoleUser } from '../../../access/roles'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../../fields/workflow'
import type { ActionSituation } from '../actions'

type Saved = { workflowStatus?: string | null; reviewComment?: string | null; createdBy?: ID | { id: ID } | null }

/**
 * The signed-in person's role in the item's commune, read from the account the admin holds
 * (the server's helpers also check the auth collection, which the admin's copy may not carry).
 */
const roleIn = (user: RoleUser | null | undefined, tenant: ID | undefined) => {
  const rows = user?.tenants ?? []
  // A new item before the commune field is filled: a member of one commune writes in it.
  if (tenant === undefined) return rows.length === 1 ? (rows[0]?.role ?? undefined) : undefined
  return rows.find((row) => String(idOf(row.tenant)) === String(tenant))?.role ?? undefined
}

const asState = (value: unknown): WorkflowStatus =>
  (WORKFLOW_STATUSES as readonly string[]).includes(String(value)) ? (value as WorkflowStatus) : 'draft'

/**
 * The item as last saved (Payload's document data, refreshed after every save: the latest
 * version, drafts included) and who is looking at it. The commune comes from the form's tenant
 * field, which the multi-tenant plugin fills on a new item too.
 */
export const useEditorialSituation = (): ActionSituation & { reviewComment: string | null } => {
  const { user } = useAuth<RoleUser>()
  const { id, data, hasPublishedDoc } = useDocumentInfo()
  const tenant = useFormFields(([fields]) => fields.tenant?.value) as ID | { id: ID } | null | undefined
  const saved = (data ?? {}) as Saved
  return {
    role: roleIn(user, idOf(tenant ?? undefined)),
    provinceAdmin: user?.globalRole === 'province-admin' && !user.disabled,
    author: user !== null && user !== undefined && String(idOf(saved.createdBy ?? undefined)) === String(user.id),
    state: asState(saved.workflowStatus),
    live: Boolean(hasPublishedDoc),
    saved: id !== undefined && id !== null,
    reviewComment: saved.reviewComment?.trim() ? saved.reviewComment : null,
  }
}
