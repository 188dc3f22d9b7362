import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { baseUrl, credentials, loginAs, rest } from '../support/api'
import { removeCommunes } from '../support/remove-communes'
import { asClient, DIRECT_ADDRESS, freshAddress, PROXY_ADDRESS, rawRequest, type RawReply } from '../support/via-proxy'

/**
 * Issue 9, items 7, 13 and 16 at the HTTP door: body sizes (413 before the body is read),
 * CSRF (cookie sessions need the admin's own origin), the Secure cookie behind an HTTPS proxy,
 * the admin's frame and sniffing policy, invitation links that no forged header can steer,
 * and the data folder's file modes.
 */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const OWN = 'my-binh'
const FOREIGN = 'https://trang-gia-mao.example'

let adminToken = ''
let ownId = 0

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  ownId = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body.docs[0].id
})

// ---------------------------------------------------------------------------
// Body limits
// ---------------------------------------------------------------------------

/** Streams a chunked body of up to `total` bytes, stopping as soon as an answer comes. */
const chunkedBody = (urlPath: string, total: number): Promise<{ status: number; body: string; sent: number }> => {
  const url = new URL(urlPath, baseUrl())
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const request = http.request(
      {
        method: 'POST',
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      },
      (response) => {
        answered = true
        let body = ''
        response.on('data', (c: Buffer) => (body += c.toString()))
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body, sent })
          request.destroy()
        })
      },
    )
    // The server may close the connection while we still write (EPIPE/ECONNRESET) before our
    // side has read its 413: a refusal too, as long as the body was not taken whole.
    request.on('error', (err: NodeJS.ErrnoException) =>
      answered
        ? undefined
        : ['EPIPE', 'ECONNRESET'].includes(err.code ?? '')
          ? resolve({ status: 0, body: err.code!, sent })
          : reject(err),
    )
    const pump = () => {
      while (!answered && sent < total) {
        sent += 64 * 1024
        if (!request.write(Buffer.alloc(64 * 1024, 'a'))) return void request.once('drain', pump)
      }
      if (!answered) request.end()
    }
    pump()
  })
}

describe('body limits', () => {
  it.each(['/api/posts', '/api/users/login', '/api/questions/submit', '/api/graphql'])(
    'a 5 MB body announced to %s is refused with 413 before it is read',
    async (urlPath) => {
      const reply = await rawRequest('POST', urlPath, {
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.alloc(64 * 1024, 'a'),
        announce: 5 * 1024 * 1024,
      })
      const text = JSON.stringify(reply.body)
      expect(reply.status, text).toBe(413)
      expect(text).toMatch(VIETNAMESE)
      expect(text).toMatch(/quá lớn/)
      expect(reply.ms).toBeLessThan(5000)
    },
  )

  it('a chunked body (no length) is refused once it passes 1 MB, not read to its end', async () => {
    const reply = await chunkedBody('/api/posts', 5 * 1024 * 1024)
    expect([413, 0], reply.body).toContain(reply.status)
    if (reply.status === 413) expect(reply.body).toMatch(VIETNAMESE)
    expect(reply.sent).toBeLessThan(5 * 1024 * 1024)
  })

  it('a GraphQL query over 100 KB is refused with 413; a small one is answered', async () => {
    const big = `query { ${'communes: Communes(limit: 1) { docs { id } } '.repeat(3000)} }`
    const refused = await rest('POST', '/api/graphql', { body: { query: big } })
    expect(refused.status).toBe(413)
    expect(JSON.stringify(refused.body)).toMatch(VIETNAMESE)
    const small = await rest('POST', '/api/graphql', {
      body: { query: 'query { Communes(limit: 1) { docs { id } } }' },
    })
    expect(small.status).toBe(200)
  })

  it('a chunked JSON body under the limit still reaches Payload whole', async () => {
    const { email, password } = credentials().find((c) => c.role === 'editor' && c.commune === 'vinh-te')!
    const url = new URL('/api/users/login', baseUrl())
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          method: 'POST',
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        },
        (response) => {
          let body = ''
          response.on('data', (c: Buffer) => (body += c.toString()))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        },
      )
      request.on('error', reject)
      const json = JSON.stringify({ email, password })
      request.write(json.slice(0, 10))
      setTimeout(() => request.end(json.slice(10)), 50)
    })
    expect(reply.status, reply.body).toBe(200)
    expect(JSON.parse(reply.body).token).toBeTruthy()
  })
})

// ---------------------------------------------------------------------------
// CSRF
// ---------------------------------------------------------------------------

const cookieRequest = (
  method: string,
  urlPath: string,
  token: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<RawReply> =>
  rawRequest(method, urlPath, {
    headers: { Cookie: `payload-token=${token}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const postTitle = (who: string) =>
  `Kiểm thử CSRF ${who} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
const postsTitled = async (title: string) =>
  (
    await rest('GET', `/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`, {
      token: adminToken,
    })
  ).body.docs as { id: number }[]
const removePosts = async (title: string) => {
  for (const doc of await postsTitled(title)) await rest('DELETE', `/api/posts/${doc.id}`, { token: adminToken })
}

const WRITERS = ['province-admin', 'chief', 'editor', 'contributor'] as const
const tokenOf = async (role: (typeof WRITERS)[number] | 'district-viewer') =>
  role === 'province-admin'
    ? adminToken
    : role === 'district-viewer'
      ? (await loginAs('district-viewer')).token
      : (await loginAs(role, OWN)).token

describe.each(WRITERS)('CSRF, as %s with the session cookie', (role) => {
  it('a foreign Origin is refused (REST and GraphQL) with a Vietnamese message, and nothing is written', async () => {
    const token = await tokenOf(role)
    const title = postTitle(role)
    const restReply = await cookieRequest(
      'POST',
      '/api/posts?draft=true',
      token,
      { Origin: FOREIGN },
      { tenant: ownId, title },
    )
    expect(restReply.status, JSON.stringify(restReply.body)).toBe(403)
    expect(restReply.body.errors[0].message).toMatch(VIETNAMESE)
    const gqlReply = await cookieRequest(
      'POST',
      '/api/graphql',
      token,
      { Origin: FOREIGN },
      { query: `mutation { createPost(draft: true, data: { tenant: ${ownId}, title: "${title}" }) { id } }` },
    )
    expect(gqlReply.status, JSON.stringify(gqlReply.body)).toBe(403)
    expect(await postsTitled(title)).toHaveLength(0)
  })

  it('a foreign Referer without Origin, Origin "null", or Sec-Fetch-Site cross-site alone are refused', async () => {
    const token = await tokenOf(role)
    const title = postTitle(role)
    const cases: Record<string, string>[] = [
      { Referer: `${FOREIGN}/trang` },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]
    for (const headers of cases) {
      const reply = await cookieRequest('POST', '/api/posts?draft=true', token, headers, { tenant: ownId, title })
      expect(reply.status, `${JSON.stringify(headers)}: ${JSON.stringify(reply.body)}`).toBe(403)
    }
    expect(await postsTitled(title)).toHaveLength(0)
  })

  it('the admin’s own origin is accepted (REST and GraphQL)', async () => {
    const token = await tokenOf(role)
    const title = postTitle(role)
    try {
      const restReply = await cookieRequest(
        'POST',
        '/api/posts?draft=true',
        token,
        { Origin: baseUrl() },
        { tenant: ownId, title },
      )
      expect(restReply.status, JSON.stringify(restReply.body)).toBe(201)
      const gqlReply = await cookieRequest(
        'POST',
        '/api/graphql',
        token,
        { Origin: baseUrl(), 'Sec-Fetch-Site': 'same-origin' },
        {
          query: `mutation { createPost(draft: true, data: { tenant: ${ownId}, title: "${title} (GraphQL)" }) { id } }`,
        },
      )
      expect(gqlReply.status, JSON.stringify(gqlReply.body)).toBe(200)
      expect(gqlReply.body.errors, JSON.stringify(gqlReply.body.errors)).toBeUndefined()
      expect(await postsTitled(title)).toHaveLength(1)
      expect(await postsTitled(`${title} (GraphQL)`)).toHaveLength(1)
    } finally {
      await removePosts(title)
      await removePosts(`${title} (GraphQL)`)
    }
  })

  it('a JWT in the Authorization header is accepted whatever the Origin (not CSRF-prone)', async () => {
    const token = await tokenOf(role)
    const title = postTitle(role)
    try {
      const reply = await rawRequest('POST', '/api/posts?draft=true', {
        headers: { Authorization: `JWT ${token}`, Origin: FOREIGN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant: ownId, title }),
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    } finally {
      await removePosts(title)
    }
  })
})

describe('CSRF, other cases', () => {
  it('a district viewer’s cookie from a foreign origin is refused before anything runs', async () => {
    const reply = await cookieRequest('POST', '/api/users/logout', await tokenOf('district-viewer'), {
      Origin: FOREIGN,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(403)
    expect(reply.body.errors[0].message).toMatch(VIETNAMESE)
  })

  it('reads with the cookie from anywhere are not affected', async () => {
    const reply = await cookieRequest('GET', '/api/users/me', adminToken, { Origin: FOREIGN })
    expect(reply.status).toBe(200)
    expect(reply.body.user?.email).toBeTruthy()
  })

  it('a citizen’s question form posted to the commune site’s own host, with its Origin, is accepted', async () => {
    const host = `${OWN}.localhost:${inject('port')}`
    const reply = await asClient(freshAddress(), 'POST', '/api/questions/submit', {
      headers: { Host: host, Origin: `http://${host}` },
      body: {
        commune: OWN,
        askerName: 'Lê Thị Hỏi',
        askerContact: '0912 222 333',
        question: `Câu hỏi từ trang của xã (${Date.now()})`,
        consent: true,
      },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    await rest('DELETE', `/api/questions/${reply.body.id}`, { token: adminToken })
  })
})

// ---------------------------------------------------------------------------
// Cookies and headers
// ---------------------------------------------------------------------------

const setCookies = (reply: RawReply): string[] => {
  const value = reply.headers['set-cookie']
  return Array.isArray(value) ? value : value ? [value] : []
}

describe('the session cookie', () => {
  const account = () => credentials().find((c) => c.role === 'contributor' && c.commune === 'vinh-te')!

  it('carries Secure when the admin is reached over HTTPS through the trusted proxy', async () => {
    const { email, password } = account()
    const reply = await asClient(freshAddress(), 'POST', '/api/users/login', {
      body: { email, password },
      headers: { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'quantri.example.vn' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const cookie = setCookies(reply).find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  it('has no Secure flag over plain http (the demo), and a client cannot claim HTTPS itself', async () => {
    const { email, password } = account()
    const reply = await rawRequest('POST', '/api/users/login', {
      from: DIRECT_ADDRESS,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email, password }),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const cookie = setCookies(reply).find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})

describe('frame, sniffing and referrer policy of the admin and the API', () => {
  it.each([
    ['GET', '/admin/login'],
    ['GET', '/api/posts?limit=1&depth=0'],
    ['POST', '/api/graphql'],
  ])('%s %s', async (method, urlPath) => {
    const reply = await rawRequest(
      method,
      urlPath,
      method === 'POST'
        ? {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ query: '{ Communes(limit: 1) { totalDocs } }' }),
          }
        : {},
    )
    expect(reply.status).toBeLessThan(400)
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(String(reply.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
})

// ---------------------------------------------------------------------------
// Invitation links
// ---------------------------------------------------------------------------

describe('invitation links', () => {
  const stamp = Date.now().toString(36)
  const body = (board: { name: string; email: string; role: string }[]) => ({
    name: 'Xã Thử Lời Mời',
    code: '39611',
    district: 'Thành phố Châu Đốc',
    theme: 5,
    domains: [],
    board,
  })
  const first = { name: 'Phan Văn Mời', email: `moi.phan.${stamp}@example.test`, role: 'chief' }
  const second = { name: 'Đỗ Thị Mời', email: `moi.do.${stamp}@example.test`, role: 'editor' }
  const slug = 'thu-loi-moi'

  afterAll(async () => {
    await removeCommunes(adminToken, [slug])
    for (const email of [first.email, second.email]) {
      const user = (
        await rest('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { token: adminToken })
      ).body.docs?.[0]
      if (user) await rest('DELETE', `/api/users/${user.id}`, { token: adminToken })
    }
  }, 180_000)

  it('take their host from the server’s configuration, never from a forged X-Forwarded-Host', {
    timeout: 120_000,
  }, async () => {
    // From a client no proxy vouches for: its X-Forwarded-* and Host are its own inventions.
    const reply = await rawRequest('POST', '/api/communes/provision', {
      from: DIRECT_ADDRESS,
      headers: {
        Authorization: `JWT ${adminToken}`,
        'Content-Type': 'application/json',
        'X-Forwarded-Host': 'ke-gian.example',
        'X-Forwarded-Proto': 'https',
      },
      body: JSON.stringify(body([first])),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const invitation = reply.body.invitations.find((i: { email: string }) => i.email === first.email)
    if (invitation.emailed) return // SMTP_URL set: no link comes back
    expect(invitation.link).not.toContain('ke-gian.example')
    expect(invitation.link).toMatch(new RegExp(`^${baseUrl().replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]+$`))
  })

  it('behind the trusted proxy, take the host that proxy reports', { timeout: 120_000 }, async () => {
    const reply = await rawRequest('POST', '/api/communes/provision', {
      from: PROXY_ADDRESS,
      headers: {
        Authorization: `JWT ${adminToken}`,
        'Content-Type': 'application/json',
        'X-Forwarded-For': freshAddress(),
        'X-Forwarded-Host': 'quantri.example.vn',
        'X-Forwarded-Proto': 'https',
      },
      body: JSON.stringify(body([first, second])),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const invitation = reply.body.invitations.find((i: { email: string }) => i.email === second.email)
    if (invitation.emailed) return
    expect(invitation.link).toMatch(/^https:\/\/quantri\.example\.vn\/admin\/reset\/[0-9a-f]+$/)
  })
})

// ---------------------------------------------------------------------------
// File modes
// ---------------------------------------------------------------------------

describe('the data folder', () => {
  const mode = (file: string) => fs.statSync(file).mode & 0o777

  it('is readable by the server’s account only, and so are the database, the secret and the demo passwords', () => {
    const dir = inject('dataDir')
    expect(mode(dir)).toBe(0o700)
    for (const name of [
      'commune-sites.db',
      'commune-sites.db-wal',
      'commune-sites.db-shm',
      '.payload-secret',
      'demo-credentials.json',
    ]) {
      const file = path.join(dir, name)
      if (name.startsWith('commune-sites') && !fs.existsSync(file)) continue // MongoDB, or no WAL at this moment
      expect(mode(file), name).toBe(0o600)
    }
  })
})
