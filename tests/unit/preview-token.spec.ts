import { beforeAll, describe, expect, it } from 'vitest'

type TokenModule = typeof import('../../cms/features/preview/token')
let token: TokenModule

beforeAll(async () => {
  // The token's key derives from the server secret; a fixed one here (no data folder touched).
  process.env.PAYLOAD_SECRET = 'unit-test-secret-for-preview-tokens'
  token = await import('../../cms/features/preview/token')
})

const grant = (expires = Date.now() + 60_000) => ({
  commune: 'my-binh',
  item: { collection: 'posts', id: 42 },
  expires,
})

/** Preview links are signed, expiring capabilities: nothing else opens a preview. */
describe('preview tokens', () => {
  it('carry their grant through signing and verifying, and differ every time', () => {
    const a = token.signPreview(grant())
    const b = token.signPreview(grant())
    expect(a).not.toBe(b)
    const verified = token.verifyPreview(a)
    expect(verified.ok && verified.grant.commune).toBe('my-binh')
    expect(verified.ok && verified.grant.item).toEqual({ collection: 'posts', id: 42 })
  })

  it('refuse an expired token as expired', () => {
    expect(token.verifyPreview(token.signPreview(grant(Date.now() - 1000)))).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuse an altered signature or altered claims as invalid', () => {
    const [body, signature] = token.signPreview(grant()).split('.') as [string, string]
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
    expect(token.verifyPreview(`${body}.${flipped}`)).toEqual({ ok: false, reason: 'invalid' })
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, c: 'chau-phu-a' })).toString('base64url')
    expect(token.verifyPreview(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'invalid' })
    expect(token.verifyPreview('not-a-token')).toEqual({ ok: false, reason: 'invalid' })
  })

  it('name their folder by a hash that does not reveal the token', () => {
    const t = token.signPreview(grant())
    expect(token.previewKey(t)).toMatch(/^[0-9a-f]{32}$/)
    expect(t).not.toContain(token.previewKey(t))
  })
})
