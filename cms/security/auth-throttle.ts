/**
 * Login, forgot-password and reset-password budgets, enforced inside Payload's own operations
 * (a `beforeOperation` hook of users), so REST, GraphQL and any later door count alike, and a
 * GraphQL request may carry only one such mutation (aliases cannot pack 20 tries into one).
 *
 * Logins reserve a "failure" point before the password is checked and give it back once the
 * password proved right: parallel tries cannot overrun a budget, and successful logins never eat it.
 * Budgets (cms/security/config.ts): failures per account from one address; failures per
 * account from addresses it has not signed in from lately; failures per address; all login
 * requests per address. Payload's own lock after failed tries is off (anyone could lock anyone
 * out); these refusals hold only the address that failed, never the owner elsewhere.
 */
import { GraphQLError, type ValidationRule } from 'graphql'
import {
  APIError,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Plugin,
  type PayloadRequest,
} from 'payload'
import { clientIp } from '../hooks/audit'
import { retryText } from './config'
import { giveBack, limitersFor, take, type Limiter } from './rate-limits'

type Reservation = { limiter: Limiter; key: string }
type LoginState = { reserved: Reservation[]; accountAddress: string }

/** Attempts from the outside world only: the server's own Local API calls (invitations) are not throttled. */
const fromOutside = (req: PayloadRequest): boolean => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

const addressOf = (req: PayloadRequest): string => clientIp(req) || 'unknown'
const normalizedEmail = (value: unknown): string =>
  typeof value === 'string' ? value.normalize('NFC').trim().toLowerCase() : ''

const refuse = (req: PayloadRequest, waitMs: number, what: string): never => {
  const seconds = Math.ceil(waitMs / 1000)
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  req.payload.logger.warn(`rate limit: ${what} refused for ${addressOf(req)} for ${seconds} s`)
  const message =
    what === 'login'
      ? `Đăng nhập: đã thử quá nhiều lần. Vui lòng thử lại sau ${retryText(waitMs)}.`
      : `Đặt lại mật khẩu: đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryText(waitMs)}.`
  throw new APIError(message, 429, undefined, true)
}

/** Takes a point from each limiter in turn; on a refusal gives back what it took and refuses. */
const reserveAll = async (req: PayloadRequest, what: string, wanted: Reservation[]): Promise<Reservation[]> => {
  const taken: Reservation[] = []
  for (const r of wanted) {
    const wait = await take(r.limiter, r.key)
    if (wait !== null) {
      await Promise.all(taken.map((t) => giveBack(t.limiter, t.key)))
      refuse(req, wait, what)
    }
    taken.push(r)
  }
  return taken
}

const throttleLogin = async (req: PayloadRequest, email: string): Promise<void> => {
  const l = limitersFor(req.payload)
  const address = addressOf(req)
  const accountAddress = `${email}|${address}`
  // Every login request counts here; it is never given back.
  const wait = await take(l.loginsPerAddress, address)
  if (wait !== null) refuse(req, wait, 'login')
  const known = (await l.knownAddresses.get(accountAddress).catch(() => null)) !== null
  const reserved = await reserveAll(req, 'login', [
    { limiter: l.loginFailuresPerAccountAndAddress, key: accountAddress },
    ...(known ? [] : [{ limiter: l.loginFailuresPerAccount, key: email }]),
    { limiter: l.loginFailuresPerAddress, key: address },
  ])
  req.context.authThrottle = { reserved, accountAddress } satisfies LoginState
}

const throttlePasswordReset = async (req: PayloadRequest, email: string | null): Promise<void> => {
  const l = limitersFor(req.payload)
  await reserveAll(req, 'password-reset', [
    { limiter: l.passwordResetsPerAddress, key: addressOf(req) },
    ...(email ? [{ limiter: l.passwordResetsPerAccount, key: email }] : []),
  ])
}

export const throttleAuthOperations: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!fromOutside(req)) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  if (operation === 'login') await throttleLogin(req, normalizedEmail(data.email ?? data.username))
  // disableEmail is set only by the server itself (invitations), never by a client.
  if (operation === 'forgotPassword' && !(args as { disableEmail?: boolean }).disableEmail)
    await throttlePasswordReset(req, normalizedEmail(data.email) || null)
  if (operation === 'resetPassword') await throttlePasswordReset(req, null)
  return args
}

/**
 * The password was right (Payload runs beforeLogin hooks only then): the reserved failure points
 * go back and the address becomes known to the account. Here rather than after the login, so an
 * account that still has a step to pass (two-factor code) or is refused for another reason
 * (disabled) is not counted as a wrong password.
 */
export const releaseLoginReservation: CollectionBeforeLoginHook = async ({ req, user }) => {
  const state = req.context.authThrottle as LoginState | undefined
  if (!state) return user
  req.context.authThrottle = undefined
  const l = limitersFor(req.payload)
  await Promise.all(
    state.reserved.map((r) =>
      r.limiter === l.loginFailuresPerAccountAndAddress
        ? r.limiter.delete(r.key).then(() => undefined)
        : giveBack(r.limiter, r.key),
    ),
  )
  await l.knownAddresses.set(state.accountAddress, 1, l.knownAddresses.duration).catch(() => undefined)
  return user
}

/** Mutations that check a secret (password, reset token, code): one per GraphQL request. */
const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock|verifyEmail)[A-Z]|twoFactor|totp/i

export const oneAuthMutationPerRequest: ValidationRule = (context) => {
  let count = 0
  return {
    Field(node) {
      const parent = context.getParentType()
      if (!parent || parent !== context.getSchema().getMutationType() || !AUTH_MUTATION.test(node.name.value)) return
      count += 1
      if (count === 2)
        context.reportError(
          new GraphQLError(
            `Mỗi yêu cầu GraphQL chỉ được chứa một thao tác đăng nhập hoặc đặt lại mật khẩu (${node.name.value} lặp lại). Hãy gửi từng thao tác trong một yêu cầu riêng.`,
            { nodes: [node] },
          ),
        )
    },
  }
}

const withThrottle = (collection: CollectionConfig): CollectionConfig =>
  collection.auth
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          // First, so a refused attempt does nothing else (no audit line, no lookup).
          beforeOperation: [throttleAuthOperations, ...(collection.hooks?.beforeOperation ?? [])],
          beforeLogin: [releaseLoginReservation, ...(collection.hooks?.beforeLogin ?? [])],
        },
      }
    : collection

/** Attaches the budgets to every auth collection and the one-auth-mutation rule to GraphQL. */
export const authThrottle = (): Plugin => (config) => {
  const previousRules = config.graphQL?.validationRules
  return {
    ...config,
    collections: (config.collections ?? []).map(withThrottle),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [...(previousRules?.(args) ?? []), oneAuthMutationPerRequest],
    },
  }
}
