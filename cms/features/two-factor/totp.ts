import { Secret, TOTP } from 'otpauth'

/** What authenticator apps show as the account's issuer. */
export const TOTP_ISSUER = 'Cổng thông tin cấp xã'
const PERIOD = 30

const totpOf = (secret: string, label = '') =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  })

/** A new 160-bit secret, in base32 as apps take it when typed by hand. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// URI the QR code carries. */
export const totpUri = (secret: string, email: string): string => totpOf(secret, email).toString()

/**
 * The time step of `code` if it is valid now (one step of clock drift either way) and newer than
 * the last step accepted for the account: a code is accepted once, even within its 30 s.
 */
export const acceptedStep = (
  secret: string,
  code: unknown,
  lastStep: number | null | undefined,
  now = Date.now(),
): number | null => {
  const token = String(code ?? '').replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpOf(secret).validate({ token, timestamp: now, window: 1 })
  if (delta === null) return null
  const step = Math.floor(now / 1000 / PERIOD) + delta
  return lastStep !== null && lastStep !== undefined && step <= lastStep ? null : step
}
