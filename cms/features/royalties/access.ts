import type { PayloadRequest } from 'payload'
import { asRoleUser, type ID, isProvinceAdmin, memberRoleIn } from '../../access/roles'

/** Signed-in board members and the province read the rules (the chief scores items with them). */
export const signedIn = ({ req }: { req: PayloadRequest }): boolean => asRoleUser(req.user) !== null

/** Who may read and lock a commune's statement: the province admin, and that commune's chief. */
export const maySeeStatement = (user: unknown, communeId: ID): boolean =>
  isProvinceAdmin(user) || memberRoleIn(user, communeId) === 'chief'

/** Who sets an item's genre and points: the province admin, and the chief of the item's commune. */
export const mayScore = (user: unknown, communeId: ID | undefined): boolean =>
  isProvinceAdmin(user) || (communeId !== undefined && memberRoleIn(user, communeId) === 'chief')
