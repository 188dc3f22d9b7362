import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * A commune's announcement with an expiry leaves its home page on its own (issue 14): the build
 * worker notices the end of the validity window and rebuilds the site, with no edit after it.
 */
const SLUG = 'my-binh'
let chief = ''
let created: number | null = null

beforeAll(async () => {
  chief = (await loginAs('chief', SLUG)).token
  await waitFor('the site of my-binh', async () => (await hostGet(`${SLUG}.localhost`, '/')).status === 200, 300_000)
}, 360_000)

afterAll(async () => {
  if (created) await rest('DELETE', `/api/announcements/${created}`, { token: chief })
})

describe('announcements with an expiry', () => {
  it('leave the home page once expired, by a scheduled rebuild', async () => {
    const admin = (await loginAs('province-admin')).token
    const commune = (await rest('GET', `/api/communes?where[slug][equals]=${SLUG}&depth=0`, { token: admin })).body
      .docs[0]
    const title = `Thông báo cắt điện ${Date.now()}`
    // Long enough for the publish's own build to show it first, on a loaded machine too.
    const validUntil = new Date(Date.now() + 45_000).toISOString()
    const reply = await rest('POST', '/api/announcements', {
      token: chief,
      body: { tenant: commune.id, title, urgency: 'emergency', validUntil, _status: 'published' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    created = reply.body.doc.id
    const home = async () => (await hostGet(`${SLUG}.localhost`, '/')).body
    await waitFor('the announcement on the home page', async () => (await home()).includes(title), 40_000)
    // Nothing is edited from here on: the site is rebuilt because the announcement expired.
    await waitFor('the announcement gone from the home page', async () => !(await home()).includes(title), 180_000)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(validUntil))
    // It stays on its own page, marked as expired.
    const own = await hostGet(`${SLUG}.localhost`, `/thong-bao/${reply.body.doc.slug}/`)
    expect(own.body).toContain('Hết hiệu lực')
  }, 300_000)
})
