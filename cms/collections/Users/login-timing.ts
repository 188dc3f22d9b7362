/**
 * A failed login takes the same time whether the email belongs to an account or not (issue 9,
 * item 11). Payload answers an unknown email at once, but hashes the password of a known one
 * (PBKDF2, hundreds of milliseconds): the difference told anyone which emails have accounts.
 * For an email with no account this hook does the same hashing work before Payload answers.
 *
 * What else keeps login from revealing accounts: Payload's lock after failed tries is off (it
 * answered "locked" for real accounts only, and let anyone lock anyone out); the refusals of a
 * disabled account or a suspended commune come after the password check (beforeLogin hooks),
 * so only someone who knows the password learns of them. Throttling is done at the door.
 */
import crypto from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

// Payload 3.90's current hashing (auth/strategies/local/generatePasswordSaltHash.js):
// pbkdf2-sha256, 600,000 iterations, 32-byte key. Kept equal so the decoy costs what a real check costs.
const ITERATIONS = 600_000
const KEY_LENGTH = 32

const decoyHash = (password: string): Promise<void> =>
  new Promise((resolve) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()),
  )

export const equalLoginWork: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  // Payload refuses a missing email or password before any lookup, for everyone alike.
  if (!email || !password.trim()) return args
  const account = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
  const hash = (account as { hash?: unknown } | null)?.hash
  if (!account || typeof hash !== 'string') await decoyHash(password)
  return args
}
