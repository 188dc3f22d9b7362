import type { FieldAccess } from 'payload'
import { asRoleUser, followedCommuneIds, idOf, isProvinceAdmin, memberRoleIn, type ID } from './roles'

type CommuneDoc = { id: ID; district?: ID | { id: ID } | null }

/**
 * Field-level read rules of a commune's site bookkeeping. The directory and API clients read
 * communes anonymously; what the build workers write there (errors with file paths, the
 * generator's fingerprint, build timing) is not public.
 */

/** The site's state (waiting, building, live, failed; since when, pages): the commune's board and its overseers. */
export const siteStateReaders: FieldAccess<CommuneDoc> = ({ req, doc }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  // Without a document Payload is asking whether the field exists for this user at all (the
  // admin's list columns): yes for anyone who oversees or sits on a board; each row is then
  // read with its document and filtered by the rules below.
  if (!doc) return user.globalRole === 'district-viewer' || Boolean(user.tenants?.length)
  if (user.globalRole === 'district-viewer') {
    const district = idOf(user.district)
    if (district !== undefined && String(district) === String(idOf(doc?.district))) return true
    return followedCommuneIds(user).some((id) => String(id) === String(idOf(doc?.id)))
  }
  return memberRoleIn(user, idOf(doc?.id)) !== undefined
}

/** Build errors and the workers' bookkeeping: the province admin and the commune's chief (the site panel shows them). */
export const siteInternalsReaders: FieldAccess<CommuneDoc> = ({ req, doc }) =>
  isProvinceAdmin(req.user) || memberRoleIn(req.user, idOf(doc?.id)) === 'chief'
