import type { Access, Where } from 'payload'
import { asRoleUser, communeIdsWithRole, isDistrictViewer, isProvinceAdmin, viewerCommuneIds } from '../../access/roles'

/**
 * Who reads citizens' ratings: the province all, a viewer their communes, a commune's chief and
 * editors their commune's (contributors do not see citizens' words, as with questions). Citizens
 * only submit, through POST /api/page-feedback/submit.
 */
export const readFeedback: Access = async ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const ids = isDistrictViewer(user) ? await viewerCommuneIds(req) : communeIdsWithRole(user, ['chief', 'editor'])
  if (!ids.length) return false
  const where: Where = { tenant: { in: ids } }
  return where
}
