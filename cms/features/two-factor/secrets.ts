import crypto from 'node:crypto'

/**
 * Keys of the two-factor feature, each derived from the Payload secret for one purpose, so a
 * leak of one (say a challenge) tells nothing about another. Changing PAYLOAD_SECRET makes the
 * stored TOTP secrets unreadable, as it already ends every session: accounts then enrol again.
 */
const keyFor = (payloadSecret: string, purpose: string): Buffer =>
  Buffer.from(crypto.hkdfSync('sha256', payloadSecret, 'commune-sites', `two-factor:${purpose}`, 32))

/** AES-256-GCM: the TOTP secret at rest is unreadable even to whoever reads the database. */
export const encryptSecret = (payloadSecret: string, plain: string): string => {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(payloadSecret, 'totp-secret'), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
    '.',
  )
}

export const decryptSecret = (payloadSecret: string, sealed: string | null | undefined): string | null => {
  const [version, iv, body, tag] = String(sealed ?? '').split('.')
  if (version !== 'v1' || !iv || !body || !tag) return null
  try {
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      keyFor(payloadSecret, 'totp-secret'),
      Buffer.from(iv, 'base64url'),
    )
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789' // no 0/o, 1/l/i: read off paper

/** Ten single-use codes of 10 characters (about 49 bits each), shown once as "xxxxx-xxxxx". */
export const newRecoveryCodes = (count = 10): string[] =>
  Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)])
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
  })

/** Spaces, hyphens and case do not matter when a person types a code back. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * Recovery codes are stored as keyed hashes (HMAC-SHA256): they are random, so a slow password
 * hash adds nothing, and the key keeps a copied database from checking guesses offline.
 */
export const hashRecoveryCode = (payloadSecret: string, code: string): string =>
  crypto.createHmac('sha256', keyFor(payloadSecret, 'recovery')).update(normaliseRecoveryCode(code)).digest('hex')

export const sameHash = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

/**
 * The login challenge: a short-lived token naming the account and one challenge id, signed with
 * HMAC. It proves the password was right; the id, kept on the account, makes it single-use and
 * carries the attempt count.
 */
export type Challenge = { uid: string; cid: string; exp: number }

export const signChallenge = (payloadSecret: string, challenge: Challenge): string => {
  const body = Buffer.from(JSON.stringify(challenge)).toString('base64url')
  const mac = crypto.createHmac('sha256', keyFor(payloadSecret, 'challenge')).update(body).digest('base64url')
  return `${body}.${mac}`
}

export const readChallenge = (payloadSecret: string, token: unknown, now = Date.now()): Challenge | null => {
  if (typeof token !== 'string' || token.length > 512) return null
  const [body, mac] = token.split('.')
  if (!body || !mac) return null
  const expected = crypto.createHmac('sha256', keyFor(payloadSecret, 'challenge')).update(body).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Challenge
    if (typeof parsed.uid !== 'string' || typeof parsed.cid !== 'string' || typeof parsed.exp !== 'number') return null
    return parsed.exp > now ? parsed : null
  } catch {
    return null
  }
}

export const newChallengeId = (): string => crypto.randomBytes(16).toString('base64url')
