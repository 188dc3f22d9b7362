import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, graphql, loginAs, rest } from '../support/api'

/**
 * Two-factor sign-in (TOTP) through REST and GraphQL: enrolment, the two-step login, attempt
 * limits, replay, recovery codes, the province's requirement for province admins, reset and the
 * audit log. Every account here is created for the test and deleted after it.
 */

const PASSWORD = 'Cau-Mat-Khau-Vung-Chac-#2026-Lua-Thom'
const ROLES = ['province-admin', 'district-viewer', 'chief', 'editor', 'contributor'] as const
type Role = (typeof ROLES)[number]

let admin = ''
const ids = { commune: 0, district: 0 }
const created: number[] = []
const startedAt = new Date().toISOString()

/** A code of the account's secret at the step `offset` steps from now (±1 is accepted by the server). */
const codeAt = (secret: string, offset = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offset * 30_000,
  })
const wrongCode = (secret: string) => {
  const valid = new Set([-1, 0, 1, 2].map((o) => codeAt(secret, o)))
  let code = '000000'
  for (let i = 0; valid.has(code); i++)
    code = String(123456 + i * 7919)
      .padStart(6, '0')
      .slice(-6)
  return code
}

const newAccount = async (role: Role, tag: string, token = admin) => {
  const email = `tfa.${tag}.${role}.${Date.now()}@demo.angiang.local`
  const body: Record<string, unknown> = { email, password: PASSWORD, name: 'Người thử nghiệm' }
  if (role === 'province-admin') body.globalRole = 'province-admin'
  else if (role === 'district-viewer') Object.assign(body, { globalRole: 'district-viewer', district: ids.district })
  else body.tenants = [{ tenant: ids.commune, role }]
  const reply = await rest('POST', '/api/users', { token, body })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push(reply.body.doc.id)
  return { id: reply.body.doc.id as number, email }
}

const passwordLogin = (email: string) => rest('POST', '/api/users/login', { body: { email, password: PASSWORD } })

/** Enrols the account whose session is `token`: returns the secret and the recovery codes. */
const enrol = async (token: string) => {
  const setup = await rest('POST', '/api/users/two-factor/setup', { token })
  expect(setup.status, JSON.stringify(setup.body)).toBe(200)
  expect(setup.body.qr).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//)
  const secret: string = setup.body.secret
  // The step before now: the login tests may then use this step and the next.
  const confirm = await rest('POST', '/api/users/two-factor/confirm', { token, body: { code: codeAt(secret, -1) } })
  expect(confirm.status, JSON.stringify(confirm.body)).toBe(200)
  expect(confirm.body.recoveryCodes).toHaveLength(10)
  return { secret, recoveryCodes: confirm.body.recoveryCodes as string[] }
}

const twoStepLogin = async (email: string, second: Record<string, string>) => {
  const first = await passwordLogin(email)
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  return rest('POST', '/api/users/login/2fa', { body: { challenge: first.body.challenge, ...second } })
}

const me = async (token: string) => (await rest('GET', '/api/users/me?depth=0', { token })).body?.user ?? null

const auditOf = async (action: string, email: string) => {
  const reply = await rest(
    'GET',
    `/api/audit-logs?depth=0&limit=50&where[action][equals]=${action}&where[summary][equals]=${encodeURIComponent(email)}&where[at][greater_than_equal]=${encodeURIComponent(startedAt)}`,
    { token: admin },
  )
  expect(reply.status).toBe(200)
  return reply.body.docs as { action: string; userEmail: string; summary: string; ip: string | null }[]
}

beforeAll(async () => {
  admin = (await loginAs('province-admin')).token
  ids.commune = (
    await rest('GET', '/api/communes?where[slug][equals]=my-binh&depth=0', { token: admin })
  ).body.docs[0].id
  ids.district = (await rest('GET', '/api/districts?limit=1&depth=0', { token: admin })).body.docs[0].id
})

afterAll(async () => {
  for (const id of created) await rest('DELETE', `/api/users/${id}`, { token: admin })
})

describe.each(ROLES)('two-factor sign-in for a %s', (role) => {
  const account = { id: 0, email: '', secret: '', recoveryCodes: [] as string[] }

  beforeAll(async () => {
    Object.assign(account, await newAccount(role, 'vai-tro'))
    const token = (await passwordLogin(account.email)).body.token
    expect(typeof token).toBe('string')
    Object.assign(account, await enrol(token))
  })

  it('REST login with the password alone answers a challenge, no token, no session cookie', async () => {
    const reply = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: PASSWORD }),
    })
    const body = await reply.json()
    expect(reply.status).toBe(200)
    expect(body.twoFactorRequired).toBe(true)
    expect(typeof body.challenge).toBe('string')
    expect(body.token).toBeUndefined()
    expect(body.user).toBeUndefined()
    expect(body.message).toMatch(/xác thực hai bước/)
    expect(reply.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(false)
    // The challenge itself is no session.
    expect(await me(body.challenge)).toBeNull()
  })

  it('GraphQL loginUser is no bypass: refused in Vietnamese, pointing to the REST steps', async () => {
    const reply = await graphql(
      `mutation { loginUser(email: ${JSON.stringify(account.email)}, password: ${JSON.stringify(PASSWORD)}) { token user { id } } }`,
    )
    expect(reply.body.data?.loginUser?.token ?? null).toBeNull()
    expect(reply.body.errors?.[0]?.message).toMatch(/xác thực hai bước.*\/api\/users\/login\/2fa/)
  })

  it('the code as a second step gives the normal login answer, and the token works over REST and GraphQL', async () => {
    const reply = await twoStepLogin(account.email, { code: codeAt(account.secret, 0) })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(typeof reply.body.token).toBe('string')
    expect(reply.body.exp).toBeGreaterThan(Date.now() / 1000)
    expect(reply.body.user.email).toBe(account.email)
    // The account is intact: its memberships survived enrolment and the second step.
    if (!['province-admin', 'district-viewer'].includes(role)) expect(reply.body.user.tenants).toHaveLength(1)
    expect((await me(reply.body.token))?.email).toBe(account.email)
    const viaGraphql = await graphql('{ meUser { user { email } } }', reply.body.token)
    expect(viaGraphql.body.data.meUser.user.email).toBe(account.email)
  })
})

const codesAccount = { id: 0, email: '', secret: '', recoveryCodes: [] as string[], token: '' }

/** What enrolment ends, what stays secret, and wrong codes on one challenge. */
const enrolmentAndSecretTests = () => {
  it('sessions opened before enrolment end with it; the one that enrolled stays', async () => {
    const before = (await passwordLogin(codesAccount.email)).body.token
    expect((await me(before))?.email).toBe(codesAccount.email)
    Object.assign(codesAccount, await enrol(codesAccount.token))
    expect(await me(before)).toBeNull()
    expect((await me(codesAccount.token))?.email).toBe(codesAccount.email)
    expect((await rest('POST', '/api/users/refresh-token', { token: before })).status).toBeGreaterThanOrEqual(400)
  })

  it('the secret and recovery codes are readable through no API door, nor queryable', async () => {
    for (const token of [admin, codesAccount.token]) {
      const doc = (await rest('GET', `/api/users/${codesAccount.id}?depth=0`, { token })).body
      expect(doc.twoFactorEnabled).toBe(true)
      expect(doc.tenants).toHaveLength(1)
      for (const key of Object.keys(doc))
        expect(key).not.toMatch(/twoFactor(Secret|PendingSecret|RecoveryCodes|LastStep|Challenge)/)
    }
    // GraphQL's types list hidden fields too; they always answer null, for the province admin as for the owner.
    for (const token of [admin, codesAccount.token]) {
      const gql = await graphql(
        `{ User(id: ${codesAccount.id}) { email twoFactorEnabled twoFactorSecret twoFactorPendingSecret twoFactorRecoveryCodes twoFactorChallengeId } }`,
        token,
      )
      const user = gql.body.data?.User
      expect(user?.twoFactorEnabled, JSON.stringify(gql.body)).toBe(true)
      expect([
        user.twoFactorSecret,
        user.twoFactorPendingSecret,
        user.twoFactorRecoveryCodes,
        user.twoFactorChallengeId,
      ]).toEqual([null, null, null, null])
    }
    const gqlWhere = await graphql(`{ Users(where: { twoFactorSecret: { like: "v1" } }) { totalDocs } }`, admin)
    expect(gqlWhere.body.errors?.length).toBeGreaterThan(0)
    const probe = async (value: string) => {
      const reply = await rest(
        'GET',
        `/api/users?depth=0&limit=1&where[id][equals]=${codesAccount.id}&where[twoFactorSecret][like]=${value}`,
        { token: admin },
      )
      return reply.status === 200 ? reply.body.totalDocs : reply.status
    }
    expect(await probe('v1')).toEqual(await probe('zzzz'))
  })

  it('a wrong code is refused and counted; the challenge dies after 5 wrong codes, and the audit log records them', async () => {
    const first = await passwordLogin(codesAccount.email)
    const send = (code: string) =>
      rest('POST', '/api/users/login/2fa', { body: { challenge: first.body.challenge, code } })
    const wrong = await send(wrongCode(codesAccount.secret))
    expect(wrong.status).toBe(401)
    expect(wrong.body.token).toBeUndefined()
    expect(wrong.body.errors[0].message).toMatch(/^Mã xác thực: /)
    expect(wrong.body.attemptsLeft).toBe(4)
    for (let i = 0; i < 3; i++) expect((await send(wrongCode(codesAccount.secret))).status).toBe(401)
    const fifth = await send(wrongCode(codesAccount.secret))
    expect(fifth.status).toBe(429)
    // Even the right code no longer opens this challenge.
    const late = await send(codeAt(codesAccount.secret, 0))
    expect(late.status).toBe(401)
    expect(late.body.token).toBeUndefined()
    expect((await auditOf('two-factor-failed', codesAccount.email)).length).toBeGreaterThanOrEqual(5)
  })
}

/** Wrong codes across challenges, forged challenges, codes and recovery codes used once. */
const codeUseTests = () => {
  it('wrong codes across challenges are limited per account (10 by default), even with the right code after', async () => {
    const other = await newAccount('contributor', 'ngan-sach')
    const { secret } = await enrol((await passwordLogin(other.email)).body.token)
    for (let round = 0; round < 2; round++) {
      const first = await passwordLogin(other.email)
      for (let i = 0; i < 5; i++)
        await rest('POST', '/api/users/login/2fa', {
          body: { challenge: first.body.challenge, code: wrongCode(secret) },
        })
    }
    const last = await twoStepLogin(other.email, { code: codeAt(secret, 0) })
    expect(last.status).toBe(429)
    expect(last.body.token).toBeUndefined()
    expect(last.body.errors[0].message).toMatch(/^Mã xác thực: tài khoản này đã bị nhập sai mã quá nhiều lần/)
  })

  it('a forged, altered or missing challenge is refused', async () => {
    const first = await passwordLogin(codesAccount.email)
    const [body, mac] = String(first.body.challenge).split('.')
    const forged = Buffer.from(
      JSON.stringify({ uid: String(codesAccount.id), cid: 'x', exp: Date.now() + 60_000 }),
    ).toString('base64url')
    for (const challenge of [`${forged}.${mac}`, `${body}.${mac}x`, '', 'abc']) {
      const reply = await rest('POST', '/api/users/login/2fa', {
        body: { challenge, code: codeAt(codesAccount.secret, 0) },
      })
      expect(reply.status).toBe(401)
      expect(reply.body.token).toBeUndefined()
      expect(reply.body.errors[0].message).toMatch(/đăng nhập hai bước không hợp lệ/)
    }
  })

  it('a code is accepted once: the same code on a new challenge is refused', async () => {
    const code = codeAt(codesAccount.secret, 1)
    const ok = await twoStepLogin(codesAccount.email, { code })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const again = await twoStepLogin(codesAccount.email, { code })
    expect(again.status).toBe(401)
    expect(again.body.token).toBeUndefined()
    expect((await auditOf('two-factor-login', codesAccount.email)).length).toBeGreaterThanOrEqual(1)
  })

  it('a recovery code works once, whatever its case and hyphen', async () => {
    const code = codesAccount.recoveryCodes[0]!
    const ok = await twoStepLogin(codesAccount.email, { recoveryCode: ` ${code.toUpperCase().replace('-', ' ')} ` })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect((await me(ok.body.token))?.email).toBe(codesAccount.email)
    const again = await twoStepLogin(codesAccount.email, { recoveryCode: code })
    expect(again.status).toBe(401)
    expect(again.body.errors[0].message).toMatch(/^Mã khôi phục: /)
    const status = await rest('GET', '/api/users/two-factor', { token: ok.body.token })
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 9 })
    expect(await auditOf('two-factor-recovery', codesAccount.email)).toHaveLength(1)
  })
}

/** Two-factor sign-in stays through edits, is reset by the province admin, disabled by its owner. */
const keepResetDisableTests = () => {
  it('editing the account keeps two-factor sign-in; nobody turns it off by writing the field', async () => {
    expect(
      (
        await rest('PATCH', `/api/users/${codesAccount.id}`, {
          token: admin,
          body: { name: 'Tên đã sửa', twoFactorEnabled: false },
        })
      ).status,
    ).toBe(200)
    const gql = await graphql(
      `mutation { updateUser(id: ${codesAccount.id}, data: { name: "Tên sửa lần hai" }) { id twoFactorEnabled } }`,
      codesAccount.token,
    )
    expect(gql.body.data?.updateUser?.twoFactorEnabled).toBe(true)
    const first = await passwordLogin(codesAccount.email)
    expect(first.body.twoFactorRequired).toBe(true)
    expect(first.body.token).toBeUndefined()
    const ok = await rest('POST', '/api/users/login/2fa', {
      body: { challenge: first.body.challenge, recoveryCode: codesAccount.recoveryCodes[1] },
    })
    expect(ok.status).toBe(200)
  })

  it('only the province admin resets someone else’s two-factor sign-in, and it is audited', async () => {
    const chief = (await loginAs('chief', 'my-binh')).token
    const refused = await rest('POST', `/api/users/${codesAccount.id}/two-factor/reset`, { token: chief })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/chỉ quản trị tỉnh/)
    expect((await rest('POST', `/api/users/${codesAccount.id}/two-factor/reset`)).status).toBe(401)
    const reset = await rest('POST', `/api/users/${codesAccount.id}/two-factor/reset`, { token: admin })
    expect(reset.status).toBe(200)
    const entries = await auditOf('two-factor-reset', codesAccount.email)
    expect(entries).toHaveLength(1)
    expect(entries[0]!.userEmail).not.toBe(codesAccount.email)
    // Back to email and password.
    const plain = await passwordLogin(codesAccount.email)
    expect(typeof plain.body.token).toBe('string')
    codesAccount.token = plain.body.token
  })

  it('the owner disables it with a current code or a recovery code, not with a wrong one', async () => {
    Object.assign(codesAccount, await enrol(codesAccount.token))
    const wrong = await rest('POST', '/api/users/two-factor/disable', {
      token: codesAccount.token,
      body: { code: wrongCode(codesAccount.secret) },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toMatch(/^Mã xác thực: /)
    const ok = await rest('POST', '/api/users/two-factor/disable', {
      token: codesAccount.token,
      body: { recoveryCode: codesAccount.recoveryCodes[0] },
    })
    expect(ok.status).toBe(200)
    expect((await rest('GET', '/api/users/two-factor', { token: codesAccount.token })).body.enabled).toBe(false)
    expect(await auditOf('two-factor-enrol', codesAccount.email)).toHaveLength(2)
    expect(await auditOf('two-factor-disable', codesAccount.email)).toHaveLength(1)
  })
}

describe('codes, attempts and recovery', () => {
  beforeAll(async () => {
    Object.assign(codesAccount, await newAccount('chief', 'ma'))
    codesAccount.token = (await passwordLogin(codesAccount.email)).body.token
  })

  enrolmentAndSecretTests()
  codeUseTests()
  keepResetDisableTests()
})

describe('password reset of a two-factor account', () => {
  // The reset token goes only by mail; on SQLite the test reads it from the database file.
  const dbFile = path.join(inject('dataDir'), 'commune-sites.db')
  it.skipIf(!fs.existsSync(dbFile))('changes the password but opens no session: the code is still needed', async () => {
    const account = await newAccount('editor', 'dat-lai')
    const token = (await passwordLogin(account.email)).body.token
    const { secret } = await enrol(token)
    expect((await rest('POST', '/api/users/forgot-password', { body: { email: account.email } })).status).toBe(200)
    const Database = createRequire(import.meta.url)('libsql') as new (
      file: string,
      options: { readonly: boolean },
    ) => {
      prepare: (sql: string) => { get: (...args: unknown[]) => { reset_password_token?: string } | undefined }
      close: () => void
    }
    const db = new Database(dbFile, { readonly: true })
    let resetToken: string | undefined
    for (let i = 0; i < 50 && !resetToken; i++) {
      resetToken =
        db.prepare('SELECT reset_password_token FROM users WHERE id = ?').get(account.id)?.reset_password_token ??
        undefined
      if (!resetToken) await new Promise((r) => setTimeout(r, 200))
    }
    db.close()
    expect(resetToken).toBeTruthy()
    const NEW_PASSWORD = 'Mot-Mat-Khau-Moi-Hoan-Toan-#2027-Sen-Hong'
    const reply = await fetch(`${baseUrl()}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: resetToken, password: NEW_PASSWORD }),
    })
    const body = await reply.json()
    expect(reply.status, JSON.stringify(body)).toBe(200)
    expect(body.token).toBeUndefined()
    expect(body.twoFactorRequired).toBe(true)
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    if (cookie)
      expect(
        (await rest('GET', '/api/users/me', { headers: { Cookie: cookie.split(';')[0]! } })).body?.user ?? null,
      ).toBeNull()
    // Old sessions ended with the reset; the new password leads to the code step.
    expect(await me(token)).toBeNull()
    const first = await rest('POST', '/api/users/login', { body: { email: account.email, password: NEW_PASSWORD } })
    expect(first.body.twoFactorRequired).toBe(true)
    const second = await rest('POST', '/api/users/login/2fa', {
      body: { challenge: first.body.challenge, code: codeAt(secret, 0) },
    })
    expect(second.status).toBe(200)
  })
})

const requiringAdmin = { id: 0, email: '', secret: '', token: '' }
const GQL_POSTS = '{ Posts(limit: 5) { totalDocs } }'

/** The requirement is off by default, and only the province admin sets it. */
const requirementSettingTests = () => {
  it('is off by default: the demo province admin logs in with email and password and works', async () => {
    const settings = await rest('GET', '/api/globals/security-settings', { token: admin })
    expect(settings.status).toBe(200)
    expect(settings.body.requireTwoFactorForProvinceAdmins ?? false).toBe(false)
    expect((await rest('GET', '/api/posts?limit=1&depth=0', { token: admin })).body.totalDocs).toBeGreaterThan(0)
  })

  it('only the province admin reads or changes the setting', async () => {
    const chief = (await loginAs('chief', 'my-binh')).token
    expect(
      (
        await rest('POST', '/api/globals/security-settings', {
          token: chief,
          body: { requireTwoFactorForProvinceAdmins: true },
        })
      ).status,
    ).toBe(403)
    const gql = await graphql(
      'mutation { updateSecuritySettings(data: { requireTwoFactorForProvinceAdmins: true }) { requireTwoFactorForProvinceAdmins } }',
      chief,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(
      (await rest('GET', '/api/globals/security-settings', { token: admin })).body.requireTwoFactorForProvinceAdmins ??
        false,
    ).toBe(false)
  })
}

/** A province admin without two-factor, while the requirement is on and after. */
const requirementInForceTests = () => {
  it('when on, a province admin without it has no rights but its own account and enrolment, over REST and GraphQL', async () => {
    const on = await rest('POST', '/api/globals/security-settings', {
      token: requiringAdmin.token,
      body: { requireTwoFactorForProvinceAdmins: true },
    })
    expect(on.status, JSON.stringify(on.body)).toBe(200)
    const pending = await newAccount('province-admin', 'chua-cai', requiringAdmin.token)
    const token = (await passwordLogin(pending.email)).body.token
    expect(typeof token).toBe('string')
    expect((await rest('GET', '/api/users/two-factor', { token })).body.enrolmentRequired).toBe(true)
    expect((await me(token))?.email).toBe(pending.email)
    expect((await rest('GET', '/api/posts?limit=5&depth=0', { token })).body.totalDocs ?? 0).toBe(0)
    expect((await rest('GET', '/api/users?limit=5&depth=0', { token })).body.totalDocs).toBe(1)
    expect(
      (await rest('POST', '/api/communes/rebuild', { token, body: { scope: 'commune', id: ids.commune } })).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await rest('PATCH', `/api/communes/${ids.commune}`, { token, body: { name: 'Chiếm quyền' } })).status).toBe(
      403,
    )
    expect(
      (
        await rest('POST', '/api/globals/security-settings', {
          token,
          body: { requireTwoFactorForProvinceAdmins: false },
        })
      ).status,
    ).toBe(403)
    expect((await rest('POST', `/api/users/${requiringAdmin.id}/two-factor/reset`, { token })).status).toBe(403)
    expect((await graphql(GQL_POSTS, token)).body.data?.Posts?.totalDocs ?? 0).toBe(0)
    expect(
      (
        await graphql(
          `mutation { updateSecuritySettings(data: { requireTwoFactorForProvinceAdmins: false }) { requireTwoFactorForProvinceAdmins } }`,
          token,
        )
      ).body.errors?.length,
    ).toBeGreaterThan(0)
    // The enrolled province admin and the board are unaffected.
    expect(
      (await rest('GET', '/api/posts?limit=1&depth=0', { token: requiringAdmin.token })).body.totalDocs,
    ).toBeGreaterThan(0)
    const chief = (await loginAs('chief', 'my-binh')).token
    expect((await graphql(GQL_POSTS, chief)).body.data.Posts.totalDocs).toBeGreaterThan(0)
    // Enrolling lifts the gate at once.
    await enrol(token)
    expect((await rest('GET', '/api/posts?limit=1&depth=0', { token })).body.totalDocs).toBeGreaterThan(0)
    expect((await rest('GET', '/api/users/two-factor', { token })).body.enrolmentRequired).toBe(false)
  })

  it('when off again, the demo province admin keeps working with its password', async () => {
    const off = await rest('POST', '/api/globals/security-settings', {
      token: requiringAdmin.token,
      body: { requireTwoFactorForProvinceAdmins: false },
    })
    expect(off.status).toBe(200)
    expect((await rest('GET', '/api/posts?limit=1&depth=0', { token: admin })).body.totalDocs).toBeGreaterThan(0)
  })
}

describe('the province requires two-factor sign-in of province admins', () => {
  beforeAll(async () => {
    Object.assign(requiringAdmin, await newAccount('province-admin', 'bat-buoc'))
    Object.assign(requiringAdmin, await enrol((await passwordLogin(requiringAdmin.email)).body.token))
    const login = await twoStepLogin(requiringAdmin.email, { code: codeAt(requiringAdmin.secret, 0) })
    requiringAdmin.token = login.body.token
  })

  afterAll(async () => {
    await rest('POST', '/api/globals/security-settings', {
      token: requiringAdmin.token,
      body: { requireTwoFactorForProvinceAdmins: false },
    })
  })

  requirementSettingTests()
  requirementInForceTests()
})
