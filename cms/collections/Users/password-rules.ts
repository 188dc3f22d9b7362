/**
 * Who may set an account's password, and which passwords are accepted, on every way a password
 * is set: create and update (REST, GraphQL, admin, Local API) and reset-password (the "forgot
 * password" link and the invitation's first password). Payload treats the password as a plain
 * part of an update, guarded by nothing but the collection's update access; these hooks run
 * before Payload hashes it.
 */
import { APIError, Forbidden, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { asRoleUser, type ID } from '../../access/roles'
import { passwordProblem } from '../../lib/passwords'
import { holdsAccount } from './access'

type Account = {
  id: ID
  email?: string | null
  name?: string | null
  globalRole?: 'province-admin' | 'district-viewer' | 'none' | null
  tenants?: { tenant?: ID | { id: ID } | null }[] | null
}

const refuse = (req: PayloadRequest, message: string): never => {
  const error = new Forbidden(req.t)
  error.message = message
  throw error
}

const assertAcceptable = (
  req: PayloadRequest,
  password: unknown,
  about: { email?: string | null; name?: string | null },
): void => {
  const problem = passwordProblem(password, about)
  if (!problem) return
  const error = new ValidationError({ collection: 'users', errors: [{ message: problem, path: 'password' }] }, req.t)
  error.message = problem
  throw error
}

const findAccount = async (req: PayloadRequest, where: Record<string, unknown>): Promise<Account | null> =>
  (await req.payload.db.findOne({ collection: 'users', where: where as never, req })) as Account | null

/**
 * Create/update with a password: only the person themselves or whoever holds the account
 * (province admin; a chief for a board account that belongs only to their communes) sets it,
 * and it must pass the policy. A password in a bulk update would set one password for many
 * people: refused.
 */
export const guardPasswordChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: { password?: unknown; email?: string; name?: string } }).data
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  const trusted = (args as { overrideAccess?: boolean }).overrideAccess === true
  if (operation === 'create') {
    assertAcceptable(req, data.password, { email: data.email, name: data.name })
    return args
  }
  const id = (args as { id?: ID }).id
  if (id === undefined) {
    if (!trusted) refuse(req, 'Mật khẩu: không thể đặt mật khẩu hàng loạt; hãy đổi từng tài khoản.')
    assertAcceptable(req, data.password, {})
    return args
  }
  const account = await findAccount(req, { id: { equals: id } })
  if (!account) return args // Payload answers "not found".
  if (!trusted) {
    const actor = asRoleUser(req.user)
    const self = actor !== null && String(actor.id) === String(account.id)
    if (!self && !holdsAccount(req.user, account))
      refuse(
        req,
        'Mật khẩu: chỉ chủ tài khoản hoặc quản trị tỉnh được đổi mật khẩu của tài khoản này (tài khoản còn làm việc ở đơn vị khác hoặc ở cấp tỉnh, huyện).',
      )
  }
  assertAcceptable(req, data.password, { email: data.email ?? account.email, name: data.name ?? account.name })
  return args
}

/**
 * Reset-password (forgot-password link or invitation): the new password passes the policy,
 * judged against the account the token belongs to. An unknown or expired token gets the same
 * answer Payload gives, in Vietnamese.
 */
export const checkResetPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { token?: unknown; password?: unknown } }).data
  const token = typeof data?.token === 'string' ? data.token : ''
  const account = token
    ? await findAccount(req, {
        and: [
          { resetPasswordToken: { equals: token } },
          { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
        ],
      })
    : null
  if (!account)
    throw new APIError('Liên kết đặt mật khẩu không hợp lệ hoặc đã hết hạn. Hãy yêu cầu một liên kết mới.', 403)
  assertAcceptable(req, data?.password, { email: account.email, name: account.name })
  return args
}
