import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentials, loginAs, rest, type Credential } from '../support/api'
import {
  asClient,
  DIRECT_ADDRESS,
  freshAddress,
  graphqlAsClient,
  rawRequest,
  type RawReply,
} from '../support/via-proxy'

/**
 * Issue 9, item 7: budgets per address and per account on the public write (citizens'
 * questions), logins (REST and GraphQL, one auth mutation per GraphQL request), forgot-password
 * and reset-password. Each case speaks as fresh client addresses through the trusted proxy
 * (tests/support/via-proxy.ts), so the budgets of 127.0.0.1, used by every other file, stay whole.
 * The budgets are the defaults of cms/security/config.ts (the test server sets none).
 */
const envNumber = (name: string, fallback: number) => Number(process.env[name] || fallback)
const QUESTIONS = envNumber('LIMIT_QUESTIONS_PER_ADDRESS', 10)
const ACCOUNT_ADDRESS_FAILURES = envNumber('LIMIT_LOGIN_FAILURES_PER_ACCOUNT_ADDRESS', 5)
const ADDRESS_FAILURES = envNumber('LIMIT_LOGIN_FAILURES_PER_ADDRESS', 50)
const RESETS_PER_ADDRESS = envNumber('LIMIT_PASSWORD_RESETS_PER_ADDRESS', 10)
const RESETS_PER_ACCOUNT = envNumber('LIMIT_PASSWORD_RESETS_PER_ACCOUNT', 5)

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const COMMUNE = 'my-binh'

let adminToken = ''
let accounts: Credential[] = []
const createdQuestions: number[] = []

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  // Board accounts of a commune without demo content: no other file logs in as them.
  accounts = credentials().filter((c) => c.commune === 'vinh-hoa' || c.commune === 'vinh-xuong')
  expect(accounts.length).toBeGreaterThanOrEqual(4)
})

afterAll(async () => {
  for (const id of createdQuestions) await rest('DELETE', `/api/questions/${id}`, { token: adminToken })
})

/** A refusal by a budget: 429, Retry-After in seconds, a Vietnamese message. */
const expectRefusal = (reply: RawReply, message: RegExp) => {
  expect(reply.status, JSON.stringify(reply.body)).toBe(429)
  expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0)
  const text = JSON.stringify(reply.body)
  expect(text).toMatch(VIETNAMESE)
  expect(text).toMatch(message)
}

const question = (n: number) => ({
  commune: COMMUNE,
  askerName: 'Trần Thị Thử',
  askerContact: '0912 000 111',
  question: `Câu hỏi kiểm tra giới hạn số lần gửi, lần ${n} (${Date.now()})`,
  consent: true,
})

describe('citizens’ questions: a budget per address', () => {
  it(`a burst of ${QUESTIONS + 5} questions in parallel stores exactly ${QUESTIONS}; the rest get 429; another address is not affected`, async () => {
    const address = freshAddress()
    const replies = await Promise.all(
      Array.from({ length: QUESTIONS + 5 }, (_, n) =>
        asClient(address, 'POST', '/api/questions/submit', { body: question(n) }),
      ),
    )
    for (const r of replies) if (r.status === 201) createdQuestions.push(r.body.id)
    expect(replies.filter((r) => r.status === 201)).toHaveLength(QUESTIONS)
    const refused = replies.filter((r) => r.status !== 201)
    expect(refused).toHaveLength(5)
    for (const r of refused) expectRefusal(r, /Câu hỏi/)
    // The citizen's form shows `message` (or the errors) as it is.
    expect(refused[0]!.body.message).toMatch(/thử lại sau/)

    const other = await asClient(freshAddress(), 'POST', '/api/questions/submit', { body: question(99) })
    expect(other.status, JSON.stringify(other.body)).toBe(201)
    createdQuestions.push(other.body.id)
  })

  it('a refused form (missing consent) costs nothing', async () => {
    const address = freshAddress()
    for (let n = 0; n < QUESTIONS + 2; n++) {
      const reply = await asClient(address, 'POST', '/api/questions/submit', {
        body: { ...question(n), consent: false },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    }
    const accepted = await asClient(address, 'POST', '/api/questions/submit', { body: question(0) })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
    createdQuestions.push(accepted.body.id)
  })
})

const restLogin = (address: string, email: string, password: string) =>
  asClient(address, 'POST', '/api/users/login', { body: { email, password } })
const graphqlLogin = (address: string, email: string, password: string) =>
  graphqlAsClient(
    address,
    'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
    { email, password },
  )
const loggedIn = (reply: RawReply) =>
  reply.status === 200 && Boolean(reply.body?.token ?? reply.body?.data?.loginUser?.token)

describe.each([
  { door: 'REST', login: restLogin, account: 0 },
  { door: 'GraphQL', login: graphqlLogin, account: 1 },
])('logins over $door: failures per account from one address', ({ door, login, account }) => {
  it(`after ${ACCOUNT_ADDRESS_FAILURES} wrong passwords that account is refused from that address only`, async () => {
    const { email, password } = accounts[account]!
    const office = freshAddress()
    for (let n = 0; n < ACCOUNT_ADDRESS_FAILURES; n++) {
      const reply = await login(office, email, `sai-mat-khau-${n}`)
      expect(reply.status === 429 || loggedIn(reply), `${door} try ${n}: ${JSON.stringify(reply.body)}`).toBe(false)
    }
    // Even the right password waits, from this address...
    const refused = await login(office, email, password)
    expectRefusal(refused, /Đăng nhập/)
    if (door === 'GraphQL') expect(refused.body.errors[0].extensions.statusCode).toBe(429)
    // ...but the owner elsewhere is not locked out, and a colleague in the same office is not held.
    expect(loggedIn(await login(freshAddress(), email, password))).toBe(true)
    const colleague = accounts[account + 2]!
    expect(loggedIn(await login(office, colleague.email, colleague.password))).toBe(true)
  })
})

describe('logins: successful ones do not eat the failure budget', () => {
  it('wrong, wrong, right, repeated: never refused', async () => {
    const { email, password } = accounts[2]!
    const address = freshAddress()
    for (let round = 0; round < 3; round++) {
      for (let n = 0; n < ACCOUNT_ADDRESS_FAILURES - 1; n++)
        expect((await restLogin(address, email, `sai-${round}-${n}`)).status).toBe(401)
      expect(loggedIn(await restLogin(address, email, password))).toBe(true)
    }
  })
})

describe('logins: a guessing campaign spread over many addresses', () => {
  const ACCOUNT_FAILURES = envNumber('LIMIT_LOGIN_FAILURES_PER_ACCOUNT', 30)

  it(`stops after ${ACCOUNT_FAILURES} failures for the account from new addresses, while its owner's usual address still signs in`, async () => {
    const { email, password } = accounts[4]!
    const home = freshAddress()
    expect(loggedIn(await restLogin(home, email, password))).toBe(true)
    const tries = Array.from({ length: ACCOUNT_FAILURES }, (_, n) => n)
    for (let i = 0; i < tries.length; i += 10) {
      const replies = await Promise.all(
        tries.slice(i, i + 10).map((n) => (n % 2 ? graphqlLogin : restLogin)(freshAddress(), email, `doan-${n}`)),
      )
      for (const r of replies) expect(r.status === 429 || loggedIn(r), JSON.stringify(r.body)).toBe(false)
    }
    expectRefusal(await restLogin(freshAddress(), email, password), /Đăng nhập/)
    expect(loggedIn(await restLogin(home, email, password))).toBe(true)
  })
})

describe('logins: failures per address, whatever the account', () => {
  it(`after ${ADDRESS_FAILURES} failed logins (REST and GraphQL mixed) the address is refused`, async () => {
    const address = freshAddress()
    const tries = Array.from({ length: ADDRESS_FAILURES }, (_, n) => n)
    // In small parallel batches: different (unknown) accounts each time.
    for (let i = 0; i < tries.length; i += 10) {
      const replies = await Promise.all(
        tries
          .slice(i, i + 10)
          .map((n) =>
            (n % 2 ? graphqlLogin : restLogin)(address, `khong-co-${n}-${Date.now()}@example.test`, 'sai-mat-khau'),
          ),
      )
      for (const r of replies) expect(r.status === 429 || loggedIn(r), JSON.stringify(r.body)).toBe(false)
    }
    expectRefusal(await restLogin(address, `khong-co-nua-${Date.now()}@example.test`, 'sai'), /Đăng nhập/)
    expectRefusal(await graphqlLogin(address, `khong-co-nua-${Date.now()}@example.test`, 'sai'), /Đăng nhập/)
  })
})

/** Refused by validation: nothing ran (GraphQL over HTTP answers 200 or 400 by the Accept header). */
const expectInvalid = (reply: RawReply) => {
  expect([200, 400], JSON.stringify(reply.body).slice(0, 300)).toContain(reply.status)
  expect(reply.body.data ?? null).toBeNull()
  expect(reply.body.errors.length).toBeGreaterThan(0)
  for (const e of reply.body.errors) expect(e.message).toMatch(VIETNAMESE)
}

describe('the two-factor code step', () => {
  it(`counts wrong codes among the address's failed logins (${ADDRESS_FAILURES}), then refuses`, async () => {
    const address = freshAddress()
    const send = () =>
      asClient(address, 'POST', '/api/users/login/2fa', { body: { challenge: 'khong-hop-le', code: '123456' } })
    for (let i = 0; i < ADDRESS_FAILURES; i += 10) {
      const replies = await Promise.all(Array.from({ length: Math.min(10, ADDRESS_FAILURES - i) }, send))
      for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(401)
    }
    expectRefusal(await send(), /Đăng nhập/)
    // Password logins from that address wait too.
    expectRefusal(await restLogin(address, accounts[0]!.email, 'sai'), /Đăng nhập/)
  })
})

describe('GraphQL: one login (or reset) per request', () => {
  const aliases = (n: number, email: string) =>
    `mutation { ${Array.from({ length: n }, (_, i) => `try${i}: loginUser(email: "${email}", password: "sai-${i}") { token }`).join(' ')} }`

  it('20 aliased loginUser mutations are refused whole, with a Vietnamese message, and count nothing', async () => {
    const { email, password } = accounts[3]!
    const address = freshAddress()
    const reply = await graphqlAsClient(address, aliases(20, email))
    expectInvalid(reply)
    // No try ran: the account's budget from that address is whole.
    for (let n = 0; n < ACCOUNT_ADDRESS_FAILURES - 1; n++)
      expect(loggedIn(await graphqlLogin(address, email, `sai-${n}`))).toBe(false)
    expect(loggedIn(await graphqlLogin(address, email, password))).toBe(true)
  })

  it.each([
    [
      'a login and a password reset',
      (e: string) => `mutation { loginUser(email: "${e}", password: "x") { token } forgotPasswordUser(email: "${e}") }`,
    ],
    [
      'two logins through a fragment on Mutation',
      (e: string) =>
        `mutation { ...Tries } fragment Tries on Mutation { a: loginUser(email: "${e}", password: "x") { token } b: loginUser(email: "${e}", password: "y") { token } }`,
    ],
    [
      'two resets',
      () =>
        `mutation { a: resetPasswordUser(token: "a", password: "Mot-mat-khau-dai-2026") { token } b: resetPasswordUser(token: "b", password: "Mot-mat-khau-dai-2026") { token } }`,
    ],
  ])('%s in one request: refused', async (_title, query) => {
    const reply = await graphqlAsClient(freshAddress(), query(accounts[3]!.email))
    expectInvalid(reply)
    expect(JSON.stringify(reply.body.errors)).toMatch(/một thao tác đăng nhập hoặc đặt lại mật khẩu/)
  })
})

describe('forgot-password and reset-password', () => {
  const forgotRest = (address: string, email: string) =>
    asClient(address, 'POST', '/api/users/forgot-password', { body: { email } })
  const forgotGraphql = (address: string, email: string) =>
    graphqlAsClient(address, 'mutation ($email: String!) { forgotPasswordUser(email: $email) }', { email })

  it(`one account gets at most ${RESETS_PER_ACCOUNT} reset mails per window, whoever asks (then refused over REST and GraphQL)`, async () => {
    // An unknown address answers the same as a real one: the budget cannot tell them apart.
    const email = `quen-mat-khau-${Date.now()}@example.test`
    for (let n = 0; n < RESETS_PER_ACCOUNT; n++) {
      const reply = await forgotRest(freshAddress(), email)
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    }
    expectRefusal(await forgotRest(freshAddress(), email), /mật khẩu/)
    const gql = await forgotGraphql(freshAddress(), email)
    expectRefusal(gql, /mật khẩu/)
    expect(gql.body.errors[0].extensions.statusCode).toBe(429)
  })

  it(`one address gets at most ${RESETS_PER_ADDRESS} forgot/reset requests per window`, async () => {
    const address = freshAddress()
    for (let n = 0; n < RESETS_PER_ADDRESS; n++) {
      const reply =
        n % 2
          ? await forgotRest(address, `hoi-${n}-${Date.now()}@example.test`)
          : await asClient(address, 'POST', '/api/users/reset-password', {
              body: { token: `khong-hop-le-${n}`, password: 'Mot-mat-khau-dai-2026' },
            })
      expect(reply.status, JSON.stringify(reply.body)).not.toBe(429)
    }
    expectRefusal(
      await asClient(address, 'POST', '/api/users/reset-password', {
        body: { token: 'khong-hop-le', password: 'Mot-mat-khau-dai-2026' },
      }),
      /mật khẩu/,
    )
    expectRefusal(await forgotRest(address, `hoi-them-${Date.now()}@example.test`), /mật khẩu/)
  })
})

describe('the client address', () => {
  it('X-Forwarded-For from a client that is not the trusted proxy is ignored', async () => {
    const email = `gia-dia-chi-${Date.now()}@example.test`
    // From an address that is not the proxy, claiming another address.
    const reply = await rawRequest('POST', '/api/users/login', {
      from: DIRECT_ADDRESS,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
      body: JSON.stringify({ email, password: 'sai' }),
    })
    expect(reply.status).toBe(401)
    const audit = await rest('GET', `/api/audit-logs?where[userEmail][equals]=${encodeURIComponent(email)}&depth=0`, {
      token: adminToken,
    })
    expect(audit.status).toBe(200)
    expect(audit.body.docs.length).toBeGreaterThan(0)
    for (const entry of audit.body.docs) expect(entry.ip).toBe(DIRECT_ADDRESS)
  })
})
