import { getFieldsToSign, jwtSign, type PayloadRequest, type TypedUser } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'
import type { ID } from '../../access/roles'
import { writeUser } from './state'

/**
 * The session Payload's login would have opened, opened after the second factor: a session row
 * (so logout and revocation work), the signed token, the collection's afterLogin hooks (the
 * audit's "login"), and the account as its owner may read it. Mirrors the tail of Payload's
 * loginOperation, which cannot be called without the password.
 */
export const openSession = async (req: PayloadRequest, id: ID, depth?: number) => {
  const { payload } = req
  const collectionConfig = payload.collections.users.config
  const user = (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as TypedUser & {
    email: string
    _strategy?: string
  }
  user.collection = 'users'
  user._strategy = 'local-jwt'
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  req.user = user
  for (const hook of collectionConfig.hooks?.afterLogin ?? [])
    await hook({ collection: collectionConfig, context: req.context, req, token, user })
  const readable = await payload.findByID({ collection: 'users', id, depth: depth ?? 0, overrideAccess: false, req })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
  return { exp, token, user: readable, cookie }
}

/** Ends every session of the account but `keepSid` (tokens issued before enrolment stop working). */
export const endOtherSessions = async (req: PayloadRequest, id: ID, keepSid?: string): Promise<void> => {
  const user = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as {
    sessions?: { id: string }[] | null
  } | null
  if (!user) return
  await writeUser(req, id, { sessions: (user.sessions ?? []).filter((s) => keepSid !== undefined && s.id === keepSid) })
}
