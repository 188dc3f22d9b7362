/**
 * "Forgot password" answers the same, in the same time, for every email, and does the work
 * afterwards (issue 9, item 11). Payload's own operation, for a known email, writes a token and
 * sends the mail before answering, and answers at once for an unknown one: the delay told which
 * emails have accounts.
 *
 * Here the REST route and the GraphQL mutation run Payload's operation twice:
 * - now, only up to its beforeOperation hooks (budgets of cms/security and the like, which may
 *   refuse with 429), stopped by `stopAfterChecks` before any lookup;
 * - then, after the answer has gone, in full as a server-side (Local API) call: its 15-second
 *   interval per account, its token, its mail.
 * The token only ever goes by mail to the account's own address; no API answer carries it, so
 * whoever asks for someone else's reset learns nothing.
 */
import crypto from 'node:crypto'
import {
  addDataAndFileToRequest,
  APIError,
  forgotPasswordOperation,
  headersWithCors,
  isolateObjectProperty,
  type CollectionBeforeOperationHook,
  type Endpoint,
  type Plugin,
  type PayloadRequest,
} from 'payload'

const CHECKS_ONLY = 'forgotPasswordChecksOnly'
// Recognised by a registered symbol, not `instanceof`: the admin bundle and the server may each
// load their own copy of this module.
const CHECKS_PASSED = Symbol.for('commune-sites.forgotPasswordChecksPassed')

/** Last beforeOperation hook of users: in the answering pass, nothing runs after the checks. */
export const stopAfterChecks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.context[CHECKS_ONLY] === true)
    throw Object.assign(new Error('checks passed'), { [CHECKS_PASSED]: true })
  return args
}

const requestPasswordReset = async (req: PayloadRequest, value: unknown): Promise<void> => {
  const email = typeof value === 'string' ? value.trim() : ''
  if (!email) throw new APIError('Email: cần nhập email của tài khoản.', 400)
  const collection = req.payload.collections.users
  const now = isolateObjectProperty(req, ['transactionID', 'context'])
  now.transactionID = undefined
  now.context = { ...req.context, [CHECKS_ONLY]: true }
  try {
    await forgotPasswordOperation({ collection, data: { email } as never, req: now })
  } catch (error) {
    if (!(error as { [CHECKS_PASSED]?: boolean })?.[CHECKS_PASSED]) throw error
  }
  // Run as the server's own call, so checks meant for outside requests (budgets) count it once.
  const later = isolateObjectProperty(req, ['transactionID', 'context', 'payloadAPI'])
  later.transactionID = undefined
  later.context = {}
  later.payloadAPI = 'local'
  // After a random pause: done at once, the work would slow down whichever request came next,
  // which an attacker could time instead.
  setTimeout(() => {
    forgotPasswordOperation({ collection, data: { email } as never, req: later }).catch((err: unknown) =>
      req.payload.logger.error({ err, msg: 'Password reset request failed in the background' }),
    )
  }, 200 + crypto.randomInt(1800))
}

/** Replaces Payload's POST /api/users/forgot-password (a collection's own endpoints are matched first). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    if (req.data === undefined) await addDataAndFileToRequest(req)
    await requestPasswordReset(req, (req.data as { email?: unknown } | undefined)?.email)
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}

/** Replaces the GraphQL mutation forgotPasswordUser the same way (same name, arguments and type). */
export const backgroundForgotPasswordMutation: Plugin = (config) => ({
  ...config,
  graphQL: {
    ...config.graphQL,
    mutations: (GraphQL, context) => {
      const existing = config.graphQL?.mutations?.(GraphQL, context) ?? {}
      const original = context.Mutation.fields.forgotPasswordUser
      return {
        ...existing,
        forgotPasswordUser: {
          type: original.type,
          args: original.args,
          resolve: async (_source: unknown, args: { email?: unknown }, { req }: { req: PayloadRequest }) => {
            await requestPasswordReset(req, args.email)
            return true
          },
        },
      }
    },
  },
})
