import { describe, expect, it } from 'vitest'
import { credentials, loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/** The province suspends a commune and resumes it, as its IT staff would in the admin. */
describe('suspending a commune', () => {
  const slug = 'dong-xuyen'

  it('shows a notice on its site, ends its board’s sessions and refuses their logins; resuming undoes it', async () => {
    const admin = (await loginAs('province-admin')).token
    const chief = credentials().find((c) => c.role === 'chief' && c.commune === slug)!
    const chiefToken = (
      await rest('POST', '/api/users/login', { body: { email: chief.email, password: chief.password } })
    ).body.token as string
    const commune = (await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=0`, { token: admin })).body
      .docs[0]
    expect((await rest('GET', '/api/users/me', { token: chiefToken })).body.user?.email).toBe(chief.email)

    expect(
      (await rest('PATCH', `/api/communes/${commune.id}`, { token: admin, body: { status: 'suspended' } })).status,
    ).toBe(200)
    try {
      // The session the chief had is over, and a new login is refused with the reason.
      expect((await rest('GET', '/api/users/me', { token: chiefToken })).body.user).toBeNull()
      const refused = await rest('POST', '/api/users/login', { body: { email: chief.email, password: chief.password } })
      expect(refused.status).toBe(401)
      expect(JSON.stringify(refused.body)).toContain('tạm dừng hoạt động')
      // Every address of the site answers with the notice (the host table refreshes within 10 s).
      const notice = await waitFor(
        'the notice page',
        async () => {
          const reply = await hostGet(`${slug}.localhost`, '/tin-tuc/')
          return reply.status === 503 ? reply : null
        },
        30_000,
      )
      expect(notice.body).toContain(`${commune.name} tạm ngừng hoạt động`)
      expect(notice.headers['cache-control']).toBe('no-store')
      // The province and other communes are untouched.
      expect((await hostGet('my-binh.localhost', '/')).status).toBe(200)
      expect((await rest('GET', '/api/users/me', { token: admin })).body.user).not.toBeNull()
    } finally {
      expect(
        (await rest('PATCH', `/api/communes/${commune.id}`, { token: admin, body: { status: 'live' } })).status,
      ).toBe(200)
    }
    const again = await rest('POST', '/api/users/login', { body: { email: chief.email, password: chief.password } })
    expect(again.status).toBe(200)
    // Ending the sessions touched nothing else of the account: the membership is intact.
    expect(again.body.user.tenants.map((m: { role: string }) => m.role)).toEqual(['chief'])
    await waitFor('the site back', async () => (await hostGet(`${slug}.localhost`, '/')).status === 200, 30_000)

    const audit = await rest(
      'GET',
      `/api/audit-logs?where[documentId][equals]=${commune.id}&where[collectionSlug][equals]=communes&sort=-at&limit=10`,
      { token: admin },
    )
    const actions = audit.body.docs.map((d: { action: string }) => d.action)
    expect(actions).toEqual(expect.arrayContaining(['suspend', 'resume']))
  })
})
