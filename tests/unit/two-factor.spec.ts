import { Secret, TOTP } from 'otpauth'
import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  readChallenge,
  sameHash,
  signChallenge,
} from '../../cms/features/two-factor/secrets'
import { provinceAdminsMustEnrol } from '../../cms/features/two-factor/settings'
import { acceptedStep, newTotpSecret, totpUri } from '../../cms/features/two-factor/totp'

const KEY = 'payload-secret-for-tests'
const code = (secret: string, at: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at })

describe('TOTP codes', () => {
  const secret = newTotpSecret()
  const now = Date.UTC(2026, 11, 6, 8, 0, 15)
  const step = Math.floor(now / 30_000)

  it('accepts the current code and one step of drift either way, nothing further', () => {
    expect(acceptedStep(secret, code(secret, now), null, now)).toBe(step)
    expect(acceptedStep(secret, code(secret, now - 30_000), null, now)).toBe(step - 1)
    expect(acceptedStep(secret, code(secret, now + 30_000), null, now)).toBe(step + 1)
    expect(acceptedStep(secret, code(secret, now - 90_000), null, now)).toBeNull()
    expect(acceptedStep(secret, code(secret, now + 90_000), null, now)).toBeNull()
  })

  it('accepts a code once: not again, nor an older step, after a newer one was used', () => {
    expect(acceptedStep(secret, code(secret, now), step, now)).toBeNull()
    expect(acceptedStep(secret, code(secret, now - 30_000), step, now)).toBeNull()
    expect(acceptedStep(secret, code(secret, now + 30_000), step, now)).toBe(step + 1)
  })

  it('refuses what is not six digits, and tolerates spaces', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', null, undefined, 123456])
      expect(acceptedStep(secret, bad, null, now)).toBeNull()
    const c = code(secret, now)
    expect(acceptedStep(secret, `${c.slice(0, 3)} ${c.slice(3)}`, null, now)).toBe(step)
  })

  it('gives apps an otpauth URI with the issuer and the account', () => {
    const uri = totpUri(secret, 'quantri@demo.angiang.local')
    expect(uri).toMatch(/^otpauth:\/\/totp\//)
    expect(decodeURIComponent(uri)).toContain('Cổng thông tin cấp xã')
    expect(decodeURIComponent(uri)).toContain('quantri@demo.angiang.local')
    expect(uri).toContain(`secret=${secret}`)
  })
})

describe('secrets at rest', () => {
  it('encrypts the TOTP secret; a changed byte or another key reads nothing', () => {
    const sealed = encryptSecret(KEY, 'JBSWY3DPEHPK3PXP')
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(encryptSecret(KEY, 'JBSWY3DPEHPK3PXP')).not.toBe(sealed)
    expect(decryptSecret(KEY, sealed)).toBe('JBSWY3DPEHPK3PXP')
    expect(decryptSecret('another-secret', sealed)).toBeNull()
    const parts = sealed.split('.')
    // Flip a bit of the decoded ciphertext (changing the last base64 character may only touch
    // its unused padding bits, and decode to the same bytes).
    const body = Buffer.from(parts[2]!, 'base64url')
    body[0] = body[0]! ^ 0x01
    parts[2] = body.toString('base64url')
    expect(decryptSecret(KEY, parts.join('.'))).toBeNull()
    for (const bad of [null, undefined, '', 'v1.x', 'plain']) expect(decryptSecret(KEY, bad)).toBeNull()
  })

  it('makes 10 distinct recovery codes, hashed with a key, compared whatever the case and hyphen', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    const hash = hashRecoveryCode(KEY, codes[0]!)
    expect(hash).not.toContain(codes[0]!.replace('-', ''))
    expect(sameHash(hash, hashRecoveryCode(KEY, ` ${codes[0]!.toUpperCase().replace('-', ' ')} `))).toBe(true)
    expect(sameHash(hash, hashRecoveryCode(KEY, codes[1]!))).toBe(false)
    expect(sameHash(hash, hashRecoveryCode('another-secret', codes[0]!))).toBe(false)
  })
})

describe('login challenges', () => {
  const challenge = { uid: '42', cid: 'abc', exp: Date.now() + 60_000 }

  it('are read back only as signed, and only before they expire', () => {
    const token = signChallenge(KEY, challenge)
    expect(readChallenge(KEY, token)).toEqual(challenge)
    expect(readChallenge('another-secret', token)).toBeNull()
    expect(readChallenge(KEY, token, challenge.exp + 1)).toBeNull()
    const [, mac] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...challenge, uid: '1' })).toString('base64url')
    expect(readChallenge(KEY, `${forged}.${mac}`)).toBeNull()
    for (const bad of [undefined, null, '', 'a.b', `${token}x`, 'x'.repeat(600)])
      expect(readChallenge(KEY, bad)).toBeNull()
  })
})

describe('the province admins requirement', () => {
  const payloadWith = (value: boolean) =>
    ({ findGlobal: async () => ({ requireTwoFactorForProvinceAdmins: value }) }) as unknown as Payload
  afterEach(() => {
    delete process.env.REQUIRE_2FA_PROVINCE_ADMIN
    ;(globalThis as { __twoFactorRequirement?: unknown }).__twoFactorRequirement = null
  })

  it('is off by default and follows the province setting', async () => {
    expect(await provinceAdminsMustEnrol(payloadWith(false))).toBe(false)
    ;(globalThis as { __twoFactorRequirement?: unknown }).__twoFactorRequirement = null
    expect(await provinceAdminsMustEnrol(payloadWith(true))).toBe(true)
  })

  it('REQUIRE_2FA_PROVINCE_ADMIN=true forces it on whatever the setting', async () => {
    process.env.REQUIRE_2FA_PROVINCE_ADMIN = 'true'
    expect(await provinceAdminsMustEnrol(payloadWith(false))).toBe(true)
  })
})
