import { addDataAndFileToRequest, headersWithCors, loginOperation, type Endpoint, type PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import QRCode from 'qrcode'
import { idOf, isProvinceAdmin, type ID } from '../../access/roles'
import { writeAudit, type AuditAction } from '../../hooks/audit'
import { codeBudgetSpent, countWrongCode, forgetWrongCodes } from './code-budget'
import { enrolmentPending } from './gate'
import { SecondFactorNeeded } from './hooks'
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newChallengeId,
  newRecoveryCodes,
  readChallenge,
  sameHash,
  signChallenge,
} from './secrets'
import { endOtherSessions, openSession } from './session'
import { CLEARED, readState, writeState, type TwoFactorState } from './state'
import { TEXT } from './text'
import { acceptedStep, newTotpSecret, totpUri } from './totp'

/** A challenge lives 5 minutes and takes 5 codes; then the password is asked again. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000
export const CHALLENGE_MAX_ATTEMPTS = 5

/** Forgets the pending challenge and its attempt count: the password is asked again. */
const NO_CHALLENGE = { twoFactorChallengeId: null, twoFactorChallengeAttempts: null } as const

const challengeCookieName = (req: PayloadRequest) => `${req.payload.config.cookiePrefix}-two-factor`

/** The challenge also rides in an HttpOnly cookie, so the admin's code page needs no script to hold it. */
const challengeCookie = (req: PayloadRequest, value: string, maxAge: number): string => {
  const secure = req.headers.get('x-forwarded-proto') === 'https' || (req.url ?? '').startsWith('https:')
  return `${challengeCookieName(req)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`
}

const cookieValue = (req: PayloadRequest, name: string): string | undefined => {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

const json = (req: PayloadRequest, body: unknown, status = 200, cookies: string[] = []): Response => {
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return Response.json(body, { status, headers: headersWithCors({ headers, req }) })
}

const refuse = (
  req: PayloadRequest,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  cookies: string[] = [],
) => json(req, { errors: [{ message }], ...extra }, status, cookies)

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const audit = (req: PayloadRequest, action: AuditAction, state: TwoFactorState, details?: Record<string, unknown>) =>
  writeAudit(
    req,
    {
      action,
      collection: 'users',
      documentId: state.id,
      tenant: idOf(state.tenants?.[0]?.tenant),
      summary: state.email,
      email: req.user ? undefined : state.email,
      details,
    },
    { inTransaction: false },
  )

type Verified = { ok: true; update: Partial<TwoFactorState>; usedRecovery: boolean } | { ok: false; message: string }

/** Checks a TOTP code (once per time step) or a recovery code (once) against the account. */
const verifySecondFactor = (req: PayloadRequest, state: TwoFactorState, data: Record<string, unknown>): Verified => {
  const recoveryCode = text(data.recoveryCode).trim()
  if (recoveryCode) {
    const hash = hashRecoveryCode(req.payload.secret, recoveryCode)
    const codes = state.twoFactorRecoveryCodes ?? []
    const index = codes.findIndex((stored) => sameHash(stored, hash))
    if (index < 0) return { ok: false, message: TEXT.recoveryWrong }
    return { ok: true, usedRecovery: true, update: { twoFactorRecoveryCodes: codes.filter((_, i) => i !== index) } }
  }
  const code = text(data.code).trim()
  if (!code) return { ok: false, message: TEXT.codeMissing }
  const secret = decryptSecret(req.payload.secret, state.twoFactorSecret)
  const step = secret ? acceptedStep(secret, code, state.twoFactorLastStep) : null
  if (step === null) return { ok: false, message: TEXT.codeWrong }
  return { ok: true, usedRecovery: false, update: { twoFactorLastStep: step } }
}

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
}

const depthOf = (req: PayloadRequest): number | undefined => {
  const depth = req.searchParams.get('depth')
  return depth !== null && /^\d+$/.test(depth) ? Number(depth) : undefined
}

/**
 * POST /api/users/login, in place of Payload's own (custom endpoints are matched first): the
 * same operation and answer, except for an account with two-factor sign-in, which gets
 * 200 { twoFactorRequired: true, challenge, exp, message } and no token, no cookie, no session.
 */
const login: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    const data = await bodyOf(req)
    req.context.twoFactorRestLogin = true
    try {
      const result = await loginOperation({
        collection: req.payload.collections.users,
        data: { email: text(data.email), password: text(data.password) },
        depth: depthOf(req),
        req,
      })
      const cookie = generatePayloadCookie({
        collectionAuthConfig: req.payload.collections.users.config.auth,
        cookiePrefix: req.payload.config.cookiePrefix,
        token: result.token!,
      })
      return json(req, { message: req.t('authentication:passed'), ...result }, 200, [cookie])
    } catch (error) {
      if (!(error instanceof SecondFactorNeeded)) throw error
      // A new challenge replaces any earlier one of the account, with a fresh attempt count.
      const cid = newChallengeId()
      const exp = Date.now() + CHALLENGE_TTL_MS
      delete req.transactionID
      await writeState(req, error.userId, { twoFactorChallengeId: cid, twoFactorChallengeAttempts: 0 })
      const challenge = signChallenge(req.payload.secret, { uid: String(error.userId), cid, exp })
      return json(
        req,
        { twoFactorRequired: true, challenge, exp: Math.floor(exp / 1000), message: TEXT.required },
        200,
        [challengeCookie(req, challenge, CHALLENGE_TTL_MS / 1000)],
      )
    }
  },
}

/** POST /api/users/login/2fa { challenge, code } or { challenge, recoveryCode }: Payload's login answer. */
const loginSecondStep: Endpoint = {
  path: '/login/2fa',
  method: 'post',
  handler: async (req) => {
    const data = await bodyOf(req)
    const clearCookie = challengeCookie(req, '', 0)
    const challenge = readChallenge(
      req.payload.secret,
      text(data.challenge) || cookieValue(req, challengeCookieName(req)),
    )
    const state = challenge ? await readState(req, challenge.uid) : null
    if (
      !challenge ||
      !state?.twoFactorEnabled ||
      !state.twoFactorChallengeId ||
      state.twoFactorChallengeId !== challenge.cid
    )
      return refuse(req, 401, TEXT.challengeInvalid, { twoFactorRequired: true }, [clearCookie])
    if (state.disabled) return refuse(req, 401, TEXT.disabled, {}, [clearCookie])
    if (state.lockUntil && new Date(state.lockUntil) > new Date())
      return refuse(req, 423, TEXT.locked, {}, [clearCookie])
    const wait = await codeBudgetSpent(state)
    if (wait !== null) {
      await writeState(req, state.id, NO_CHALLENGE)
      return refuse(req, 429, TEXT.accountCodeBudget(Math.ceil(wait / 60_000)), {}, [clearCookie])
    }
    const attempts = state.twoFactorChallengeAttempts ?? 0
    if (attempts >= CHALLENGE_MAX_ATTEMPTS) {
      await writeState(req, state.id, NO_CHALLENGE)
      return refuse(req, 429, TEXT.tooManyAttempts, {}, [clearCookie])
    }
    const verified = verifySecondFactor(req, state, data)
    if (!verified.ok) {
      const used = attempts + 1
      await countWrongCode(state)
      const exhausted = used >= CHALLENGE_MAX_ATTEMPTS
      await writeState(req, state.id, exhausted ? NO_CHALLENGE : { twoFactorChallengeAttempts: used })
      await audit(req, 'two-factor-failed', state, { attempt: used, recoveryCode: Boolean(text(data.recoveryCode)) })
      return exhausted
        ? refuse(req, 429, TEXT.tooManyAttempts, {}, [clearCookie])
        : refuse(req, 401, verified.message, { twoFactorRequired: true, attemptsLeft: CHALLENGE_MAX_ATTEMPTS - used })
    }
    await writeState(req, state.id, {
      ...verified.update,
      ...NO_CHALLENGE,
    })
    await forgetWrongCodes(state)
    // The other beforeLogin hooks (disabled account, suspended commune) still have their say.
    req.context.twoFactorVerified = true
    const collectionConfig = req.payload.collections.users.config
    for (const hook of collectionConfig.hooks?.beforeLogin ?? [])
      await hook({
        collection: collectionConfig,
        context: req.context,
        req,
        user: { ...state, collection: 'users' } as never,
      })
    const session = await openSession(req, state.id, depthOf(req))
    await audit(
      req,
      verified.usedRecovery ? 'two-factor-recovery' : 'two-factor-login',
      state,
      verified.usedRecovery ? { recoveryCodesLeft: verified.update.twoFactorRecoveryCodes?.length ?? 0 } : undefined,
    )
    return json(
      req,
      { message: req.t('authentication:passed'), token: session.token, exp: session.exp, user: session.user },
      200,
      [session.cookie, clearCookie],
    )
  },
}

/** POST /api/users/login/2fa/cancel: forgets the pending challenge (the admin's "back to login"). */
const cancelSecondStep: Endpoint = {
  path: '/login/2fa/cancel',
  method: 'post',
  handler: async (req) => json(req, { ok: true }, 200, [challengeCookie(req, '', 0)]),
}

const signedIn = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : null)

type Caller = { user: NonNullable<ReturnType<typeof signedIn>>; data: Record<string, unknown>; state: TwoFactorState }

/** The signed-in account's own two-factor state (and the request body, when the endpoint takes one), or the refusal. */
const signedInCaller = async (req: PayloadRequest, { readBody }: { readBody: boolean }): Promise<Caller | Response> => {
  const user = signedIn(req)
  if (!user) return refuse(req, 401, TEXT.signInFirst)
  const data = readBody ? await bodyOf(req) : {}
  const state = await readState(req, user.id)
  if (!state) return refuse(req, 404, TEXT.userNotFound)
  return { user, data, state }
}

/** GET /api/users/two-factor: the caller's own state. */
const status: Endpoint = {
  path: '/two-factor',
  method: 'get',
  handler: async (req) => {
    const user = signedIn(req)
    if (!user) return refuse(req, 401, TEXT.signInFirst)
    const state = await readState(req, user.id)
    return json(req, {
      enabled: Boolean(state?.twoFactorEnabled),
      recoveryCodesLeft: state?.twoFactorEnabled ? (state.twoFactorRecoveryCodes?.length ?? 0) : 0,
      enrolmentRequired: await enrolmentPending(req),
    })
  },
}

/** POST /api/users/two-factor/setup: a new secret for the caller, shown once as a QR code (SVG made here) and as text. */
const setup: Endpoint = {
  path: '/two-factor/setup',
  method: 'post',
  handler: async (req) => {
    const caller = await signedInCaller(req, { readBody: false })
    if (caller instanceof Response) return caller
    const { user, state } = caller
    if (state.twoFactorEnabled) return refuse(req, 409, TEXT.alreadyEnabled)
    const secret = newTotpSecret()
    await writeState(req, user.id, { twoFactorPendingSecret: encryptSecret(req.payload.secret, secret) })
    const uri = totpUri(secret, state.email)
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
    return json(req, { secret, uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` })
  },
}

/** POST /api/users/two-factor/confirm { code }: turns it on, answers the 10 recovery codes once, ends the account's other sessions. */
const confirm: Endpoint = {
  path: '/two-factor/confirm',
  method: 'post',
  handler: async (req) => {
    const caller = await signedInCaller(req, { readBody: true })
    if (caller instanceof Response) return caller
    const { user, data, state } = caller
    if (state.twoFactorEnabled) return refuse(req, 409, TEXT.alreadyEnabled)
    const pending = decryptSecret(req.payload.secret, state.twoFactorPendingSecret)
    if (!pending) return refuse(req, 400, TEXT.setupFirst)
    const step = acceptedStep(pending, data.code, null)
    if (step === null) return refuse(req, 400, TEXT.codeWrong)
    const recoveryCodes = newRecoveryCodes()
    await writeState(req, user.id, {
      twoFactorEnabled: true,
      twoFactorSecret: state.twoFactorPendingSecret,
      twoFactorPendingSecret: null,
      twoFactorRecoveryCodes: recoveryCodes.map((code) => hashRecoveryCode(req.payload.secret, code)),
      twoFactorLastStep: step,
      ...NO_CHALLENGE,
    })
    await endOtherSessions(req, user.id, (user as { _sid?: string })._sid)
    await forgetWrongCodes(state)
    await audit(req, 'two-factor-enrol', state)
    return json(req, { enabled: true, recoveryCodes })
  },
}

/** POST /api/users/two-factor/disable { code } or { recoveryCode }: the owner turns it off. */
const disable: Endpoint = {
  path: '/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    const caller = await signedInCaller(req, { readBody: true })
    if (caller instanceof Response) return caller
    const { user, data, state } = caller
    if (!state.twoFactorEnabled) return refuse(req, 409, TEXT.notEnabled)
    // The same budget of wrong codes as the login: a borrowed session cannot try codes forever.
    const wait = await codeBudgetSpent(state)
    if (wait !== null) return refuse(req, 429, TEXT.accountCodeBudget(Math.ceil(wait / 60_000)))
    const verified = verifySecondFactor(req, state, data)
    if (!verified.ok) {
      await countWrongCode(state)
      await audit(req, 'two-factor-failed', state, { purpose: 'disable' })
      return refuse(req, 400, verified.message)
    }
    await forgetWrongCodes(state)
    await writeState(req, user.id, CLEARED)
    await audit(req, 'two-factor-disable', state, { recoveryCode: verified.usedRecovery })
    return json(req, { enabled: false })
  },
}

/** POST /api/users/:id/two-factor/reset: the province admin turns it off for someone who lost their phone and codes. */
const reset: Endpoint = {
  path: '/:id/two-factor/reset',
  method: 'post',
  handler: async (req) => {
    const user = signedIn(req)
    if (!user) return refuse(req, 401, TEXT.signInFirst)
    if (!isProvinceAdmin(user) || (await enrolmentPending(req))) return refuse(req, 403, TEXT.resetForbidden)
    const id = req.routeParams?.id as ID | undefined
    if (id === undefined || String(id) === String(user.id)) return refuse(req, 400, TEXT.resetSelf)
    const state = await readState(req, /^\d+$/.test(String(id)) && typeof user.id === 'number' ? Number(id) : id).catch(
      () => null,
    )
    if (!state) return refuse(req, 404, TEXT.userNotFound)
    await writeState(req, state.id, CLEARED)
    await audit(req, 'two-factor-reset', state, { by: user.email, wasEnabled: Boolean(state.twoFactorEnabled) })
    return json(req, { enabled: false })
  },
}

export const twoFactorEndpoints: Endpoint[] = [
  login,
  loginSecondStep,
  cancelSecondStep,
  status,
  setup,
  confirm,
  disable,
  reset,
]
