import type { Access } from 'payload'
import { asRoleUser, communeIdsWithRole, viewerCommuneIds, isDistrictViewer, isProvinceAdmin } from '../../access/roles'

/** The province reads everything; a chief reads the log of the communes they run. */
export const readAudit: Access = async ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  if (isDistrictViewer(user)) return { tenant: { in: await viewerCommuneIds(req) } }
  const chief = communeIdsWithRole(user, ['chief'])
  return chief.length ? { tenant: { in: chief } } : false
}
