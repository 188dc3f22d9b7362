import crypto from 'node:crypto'
import { secret } from '../../runtime/secret'

/** How long a preview link works: long enough to read and share with the chief, short enough not to leak. */
export const PREVIEW_TTL_MS = 30 * 60 * 1000

/** What a preview shows: a draft of one item, or the commune's home page in another theme. */
export type PreviewGrant = {
  /** The commune's slug. */
  commune: string
  /** The item whose draft is overlaid (none: the published site as it is). */
  item?: { collection: string; id: number | string }
  /** Another theme than the commune's (the theme picker's preview before saving). */
  theme?: number
  /** Expiry, in milliseconds since the epoch. */
  expires: number
}

type Claims = { c: string; k?: string; i?: number | string; t?: number; e: number; n: string }

// A key of its own, derived from the server secret: a preview token is no session token.
const key = (): Buffer => crypto.createHmac('sha256', secret()).update('commune-sites preview v1').digest()

const mac = (body: string): string => crypto.createHmac('sha256', key()).update(body).digest('base64url')

/**
 * A signed, expiring capability: `<claims>.<HMAC>`, base64url, so it sits in a URL path
 * segment. The random nonce makes every token (and so every preview folder) distinct.
 */
export const signPreview = (grant: PreviewGrant): string => {
  const claims: Claims = {
    c: grant.commune,
    ...(grant.item ? { k: grant.item.collection, i: grant.item.id } : {}),
    ...(grant.theme ? { t: grant.theme } : {}),
    e: Math.floor(grant.expires / 1000),
    n: crypto.randomBytes(9).toString('base64url'),
  }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${mac(body)}`
}

export type Verified = { ok: true; grant: PreviewGrant } | { ok: false; reason: 'invalid' | 'expired' }

const TOKEN = /^[A-Za-z0-9_-]{10,600}\.[A-Za-z0-9_-]{43}$/

/** The grant of an untampered token, or why there is none (forged or altered, or expired). */
export const verifyPreview = (token: string, now = Date.now()): Verified => {
  if (!TOKEN.test(token)) return { ok: false, reason: 'invalid' }
  const [body, signature] = token.split('.') as [string, string]
  const expected = Buffer.from(mac(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' }
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (typeof claims.c !== 'string' || typeof claims.e !== 'number') return { ok: false, reason: 'invalid' }
  if (claims.e * 1000 <= now) return { ok: false, reason: 'expired' }
  return {
    ok: true,
    grant: {
      commune: claims.c,
      ...(claims.k && claims.i !== undefined ? { item: { collection: claims.k, id: claims.i } } : {}),
      ...(claims.t ? { theme: claims.t } : {}),
      expires: claims.e * 1000,
    },
  }
}

/** The preview folder's name: a hash, so the folder name never reveals a usable token. */
export const previewKey = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex').slice(0, 32)
