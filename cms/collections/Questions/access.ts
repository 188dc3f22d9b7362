import type { FieldAccess } from 'payload'
import { communeContentAccess } from '../../access/communeContentAccess'
import { asRoleUser, idOf, isDistrictViewer, isProvinceAdmin, memberRoleIn } from '../../access/roles'

/** The chief and editors answer; citizens read published answers; contributors do not see questions. */
export const questionsAccess = communeContentAccess({
  writers: ['chief', 'editor'],
  publicRead: { published: { equals: true } },
  drafts: false,
  contributorsRead: false,
})

/** The asker's contact is personal data: only the commune's board and the province see it. */
export const staffOfTheCommune: FieldAccess = ({ req, doc }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  if (isDistrictViewer(user)) return false
  const role = memberRoleIn(user, idOf(doc?.tenant))
  return role === 'chief' || role === 'editor'
}

/** The answer and its status: the board, never the citizen who asks. */
export const boardOnly: FieldAccess = ({ req }) => Boolean(req.user)
/** Publishing an answer: the commune's chief (or the province). */
export const chiefOnly: FieldAccess = ({ req, doc, data }) =>
  isProvinceAdmin(req.user) || memberRoleIn(req.user, idOf(doc?.tenant ?? data?.tenant)) === 'chief'
