import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import type { ID } from '../../access/roles'
import { writeUser } from './state'
import { TEXT } from './text'

/** Thrown by the login when the password was right and the account has two-factor sign-in. */
export class SecondFactorNeeded extends Error {
  constructor(readonly userId: ID) {
    super('second factor needed')
  }
}

/** Which auth operation is running, for beforeLogin, which is not told. */
export const rememberAuthOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login' || operation === 'resetPassword') req.context.twoFactorOperation = operation
  return args
}

/**
 * No session for an account with two-factor sign-in until its code is checked. The REST login
 * (our /login endpoint) turns this into a challenge; GraphQL's loginUser and any other caller
 * get a refusal naming the two REST steps. A password reset still changes the password, but its
 * session is closed right after (stripResetSession).
 */
export const requireSecondFactor: CollectionBeforeLoginHook = ({ user, req }) => {
  if (!user?.twoFactorEnabled || req.context.twoFactorVerified === true) return user
  if (req.context.twoFactorOperation === 'resetPassword') {
    req.context.twoFactorStripSession = true
    return user
  }
  if (req.context.twoFactorRestLogin === true) throw new SecondFactorNeeded(user.id)
  throw new APIError(TEXT.graphqlRefused, 401, { twoFactorRequired: true }, true)
}

/** After a password reset of a two-factor account: no token, no session; log in with the code. */
export const stripResetSession: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'resetPassword' || req.context.twoFactorStripSession !== true) return result
  const reset = result as { token?: string; user?: { id: ID } }
  if (reset.user?.id !== undefined) await writeUser(req, reset.user.id, { sessions: [] })
  return { ...reset, token: undefined, twoFactorRequired: true, message: TEXT.required }
}
