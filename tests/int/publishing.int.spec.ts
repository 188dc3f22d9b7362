import fs from 'node:fs'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import type { Commune } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { acquireLease, releaseLease } from '../../cms/features/publishing/leases'
import { themeByNumber } from '../../themes/index'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { sharedPayload, waitFor } from '../support/shared-payload'

/**
 * The publishing pipeline as the board and the province use it: a change in the CMS reaches the
 * commune's site through the server's own build worker, with nothing run by hand.
 */
let payload: Payload
let chief: string
let admin: string
let commune: { id: number; slug: string }
let other: { id: number; slug: string }
let categoryId: number

/** A commune as stored, with the site fields the server keeps on every commune. */
type CommuneWithSite = Commune & { site: NonNullable<Commune['site']> & { builds: number; liveSince: string } }
const communeDoc = async (id: number) =>
  (await payload.findByID({ collection: 'communes', id, depth: 0 })) as CommuneWithSite
const page = (slug: string, url: string) => hostGet(`${slug}.localhost`, url)
const jobsFor = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ concurrencyKey: { equals: `site:${id}` } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
  ).totalDocs
/** The commune has no build waiting or running. */
const settled = (id: number) =>
  waitFor(
    `no pending build for commune ${id}`,
    async () => (await jobsFor(id)) === 0 && (await communeDoc(id)).site?.state !== 'building',
  )

/**
 * Ten edits of one post while its site is being built: this holds the site's lease as a build
 * would, so how fast the edits come (a loaded machine) does not change the outcome.
 */
const tenEditsWhileBuilding = async (postId: number) => {
  expect(await acquireLease(payload, `site:${commune.id}`)).toBe(true)
  try {
    for (let i = 1; i <= 10; i++)
      expect(
        (await rest('PATCH', `/api/posts/${postId}`, { token: chief, body: { title: `Bài sửa nhiều lần, lần ${i}` } }))
          .status,
      ).toBe(200)
    // Each edit replaced the build still waiting: one waits, at most one more was claimed.
    expect(await jobsFor(commune.id)).toBeLessThanOrEqual(2)
  } finally {
    await releaseLease(payload, `site:${commune.id}`)
  }
}

beforeAll(async () => {
  payload = await sharedPayload()
  const communes = await payload.find({
    collection: 'communes',
    where: { slug: { in: ['my-binh', 'my-long'] } },
    depth: 0,
  })
  commune = communes.docs.find((c) => c.slug === 'my-binh') as never
  other = communes.docs.find((c) => c.slug !== 'my-binh') as never
  chief = (await loginAs('chief', 'my-binh')).token
  admin = (await loginAs('province-admin')).token
  categoryId = (
    await payload.find({ collection: 'categories', where: { tenant: { equals: commune.id } }, limit: 1, depth: 0 })
  ).docs[0]!.id as number
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

const publishPost = async (title: string) => {
  const reply = await rest('POST', '/api/posts', {
    token: chief,
    body: { tenant: commune.id, title, category: categoryId, excerpt: 'Kiểm thử xuất bản.', _status: 'published' },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc as { id: number; slug: string }
}

describe('publishing reaches the site by itself', () => {
  let post: { id: number; slug: string }

  it('a published article goes live on its commune’s site, and the admin says when', async () => {
    await settled(commune.id)
    const before = await communeDoc(commune.id)
    post = await publishPost('Bài kiểm thử xuất bản tự động')
    const live = await waitFor('the article page', async () =>
      (await page(commune.slug, `/tin-tuc/bai/${post.slug}/`)).status === 200 ? true : null,
    )
    expect(live).toBe(true)
    await settled(commune.id)
    const after = await communeDoc(commune.id)
    expect(after.site.state).toBe('live')
    expect(after.site.builds).toBeGreaterThan(before.site.builds ?? 0)
    expect(new Date(after.site.liveSince).getTime()).toBeGreaterThan(new Date(before.site.liveSince ?? 0).getTime())
    expect(after.site.lastBuildMs).toBeGreaterThan(0)
    expect(after.site.pages).toBeGreaterThan(10)
    expect(after.site.error ?? null).toBeNull()
  })

  it('an edit of the published article changes its page; archiving takes it off the site', async () => {
    expect(
      (
        await rest('PATCH', `/api/posts/${post.id}`, {
          token: chief,
          body: { title: 'Bài kiểm thử xuất bản (đã sửa)' },
        })
      ).status,
    ).toBe(200)
    await waitFor('the edited title', async () =>
      (await page(commune.slug, `/tin-tuc/bai/${post.slug}/`)).body.includes('Bài kiểm thử xuất bản (đã sửa)'),
    )
    expect(
      (await rest('PATCH', `/api/posts/${post.id}`, { token: chief, body: { workflowStatus: 'archived' } })).status,
    ).toBe(200)
    await waitFor(
      'the archived article to leave the site',
      async () => (await page(commune.slug, `/tin-tuc/bai/${post.slug}/`)).status === 404,
    )
  })

  it('saving a draft of an article never published queues no build', async () => {
    await settled(commune.id)
    const { token } = await loginAs('editor', 'my-binh')
    const reply = await rest('POST', '/api/posts?draft=true', {
      token,
      body: { tenant: commune.id, title: 'Bản nháp chưa xuất bản' },
    })
    expect(reply.status).toBe(201)
    // The job would be written in the same transaction as the draft: it would be there now.
    expect(await jobsFor(commune.id)).toBe(0)
  })

  it('ten quick edits of a published article cause at most two builds, and the last edit is live', async () => {
    const target = await publishPost('Bài sửa nhiều lần')
    await waitFor(
      'the article page',
      async () => (await page(commune.slug, `/tin-tuc/bai/${target.slug}/`)).status === 200,
    )
    await settled(commune.id)
    const before = (await communeDoc(commune.id)).site.builds
    await tenEditsWhileBuilding(target.id)
    await waitFor('the last edit', async () =>
      (await page(commune.slug, `/tin-tuc/bai/${target.slug}/`)).body.includes('Bài sửa nhiều lần, lần 10'),
    )
    await settled(commune.id)
    const builds = (await communeDoc(commune.id)).site.builds - before
    expect(builds).toBeGreaterThanOrEqual(1)
    expect(builds).toBeLessThanOrEqual(2)
  })

  it('a new theme rebuilds that commune only', async () => {
    await settled(commune.id)
    await settled(other.id)
    const otherBefore = (await communeDoc(other.id)).site.builds
    const current = (await communeDoc(commune.id)).theme
    const next = current === 7 ? 8 : 7
    expect((await rest('PATCH', `/api/communes/${commune.id}`, { token: admin, body: { theme: next } })).status).toBe(
      200,
    )
    await waitFor('the new theme on the home page', async () =>
      (await page(commune.slug, '/')).body.includes(`data-theme="${themeByNumber(next).slug}"`),
    )
    await settled(commune.id)
    expect((await communeDoc(other.id)).site.builds).toBe(otherBefore)
  })
})

describe('a build that fails', () => {
  /** Writes a column behind Payload's back (SQLite), as a faulty import or an old bug could. */
  const setIssueDate = (id: number, value: string) =>
    (payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }).drizzle.run(
      sql`UPDATE documents SET issue_date = ${value} WHERE id = ${id}`,
    )

  it.skipIf(Boolean(process.env.MONGODB_TEST_URI))(
    'keeps the previous site live and tells the admin which commune failed and why; the fix goes live',
    async () => {
      await settled(commune.id)
      const doc = (
        await payload.find({
          collection: 'documents',
          where: { and: [{ tenant: { equals: commune.id } }, { _status: { equals: 'published' } }] },
          limit: 1,
          depth: 0,
        })
      ).docs[0]!
      const live = fs.readlinkSync(path.join(inject('dataDir'), 'sites', commune.slug, 'current'))
      await setIssueDate(doc.id as number, 'không phải ngày')
      try {
        expect(
          (await rest('POST', '/api/communes/rebuild', { token: admin, body: { scope: 'commune', id: commune.id } }))
            .status,
        ).toBe(200)
        const failed = await waitFor('the failed state', async () => {
          const c = await communeDoc(commune.id)
          return c.site.state === 'failed' ? c : null
        })
        expect(failed.site.error).toContain('Không đọc được nội dung của đơn vị')
        expect(fs.readlinkSync(path.join(inject('dataDir'), 'sites', commune.slug, 'current'))).toBe(live)
        expect((await page(commune.slug, '/')).status).toBe(200)
        // The province admin sees it in the commune's site state (other communes are unaffected).
        const seen = await rest('GET', `/api/communes/${commune.id}?depth=0`, { token: admin })
        expect(seen.body.site.state).toBe('failed')
        expect((await communeDoc(other.id)).site.state).not.toBe('failed')
      } finally {
        await setIssueDate(doc.id as number, doc.issueDate as string)
      }
      expect(
        (await rest('POST', '/api/communes/rebuild', { token: admin, body: { scope: 'commune', id: commune.id } }))
          .status,
      ).toBe(200)
      const fixed = await waitFor('the site live again', async () => {
        const c = await communeDoc(commune.id)
        return c.site.state === 'live' ? c : null
      })
      expect(fixed.site.error ?? null).toBeNull()
      expect(fs.readlinkSync(path.join(inject('dataDir'), 'sites', commune.slug, 'current'))).not.toBe(live)
    },
  )
})
