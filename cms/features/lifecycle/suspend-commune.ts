import type { CollectionAfterChangeHook, CollectionBeforeLoginHook, Payload } from 'payload'
import { APIError } from 'payload'
import { asRoleUser, idOf, isDistrictViewer, isProvinceAdmin, type ID } from '../../access/roles'
import { announceCommuneChange, type ChangedCommune } from '../../runtime/commune-changes'
import { writeAudit } from '../../hooks/audit'

type Membership = { tenant?: ID | { id: ID } | null }
type BoardUser = { id: ID; tenants?: Membership[] | null; globalRole?: string | null }

/** Whether every commune the user works in is suspended (province and district staff never are). */
const onlyInSuspendedCommunes = async (payload: Payload, user: BoardUser): Promise<boolean> => {
  if (isProvinceAdmin(user) || isDistrictViewer(user)) return false
  const ids = (user.tenants ?? []).map((m) => idOf(m.tenant)).filter((id): id is ID => id !== undefined)
  if (!ids.length) return false
  const active = await payload.count({
    collection: 'communes',
    where: { and: [{ id: { in: ids } }, { status: { not_equals: 'suspended' } }] },
    overrideAccess: true,
  })
  return active.totalDocs === 0
}

export const SUSPENDED_LOGIN_MESSAGE =
  'Đơn vị của bạn đang tạm dừng hoạt động: tài khoản tạm thời không đăng nhập được. Hãy liên hệ quản trị tỉnh.'

/** The board of a suspended commune cannot log in (someone also working in a live commune can). */
export const refuseSuspendedLogin: CollectionBeforeLoginHook = async ({ user, req }) => {
  if (asRoleUser({ ...user, collection: 'users' }) && (await onlyInSuspendedCommunes(req.payload, user as BoardUser)))
    throw new APIError(SUSPENDED_LOGIN_MESSAGE, 401)
  return user
}

/**
 * Suspending a commune (status "suspended", set by the province admin) ends the sessions of its
 * board at once, as far as they work only there; its site answers with a notice page
 * (cms/serving/serve-sites.ts) from the very next request, before this change is even answered:
 * every change of a commune is announced here to the site host table of this process. Resuming lets
 * them log in again. Both are in the audit log.
 */
export const suspendOrResumeCommune: CollectionAfterChangeHook<ChangedCommune & { id: ID; name: string }> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.siteState) return doc
  announceCommuneChange(doc)
  if (operation !== 'update') return doc
  const suspended = doc.status === 'suspended' && previousDoc?.status !== 'suspended'
  const resumed = previousDoc?.status === 'suspended' && doc.status !== 'suspended'
  if (!suspended && !resumed) return doc
  let signedOut = 0
  if (suspended) {
    const board = await req.payload.find({
      collection: 'users',
      where: { 'tenants.tenant': { equals: doc.id } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const user of board.docs as BoardUser[]) {
      if (!(await onlyInSuspendedCommunes(req.payload, user))) continue
      // As Payload's own logout does: the whole user written back, sessions emptied (a partial
      // write at this level would empty the user's other arrays too, memberships included).
      const full = await req.payload.findByID({
        collection: 'users',
        id: user.id,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })
      await req.payload.db.updateOne({
        collection: 'users',
        id: user.id,
        data: { ...full, sessions: [], updatedAt: null },
        req,
        returning: false,
      })
      signedOut++
    }
  }
  await writeAudit(req, {
    action: suspended ? 'suspend' : 'resume',
    collection: 'communes',
    documentId: doc.id,
    tenant: doc.id,
    summary: `${suspended ? 'Tạm dừng' : 'Hoạt động lại'}: ${doc.name}`,
    details: suspended ? { signedOut } : undefined,
  })
  return doc
}
