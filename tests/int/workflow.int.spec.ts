import { beforeAll, describe, expect, it } from 'vitest'
import { loginAs, rest } from '../support/api'

/** The editorial workflow of PRODUCT.md, walked by the board of one commune over REST. */
const COMMUNE = 'my-binh'
let tenant = 0
const t = { contributor: '', editor: '', chief: '', admin: '' }
/** SQLite hands a deleted post's id to the next post: only this run's audit entries count. */
const started = new Date().toISOString()

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  t.chief = (await loginAs('chief', COMMUNE)).token
  t.editor = (await loginAs('editor', COMMUNE)).token
  t.contributor = (await loginAs('contributor', COMMUNE)).token
  tenant = (await rest('GET', `/api/communes?where[slug][equals]=${COMMUNE}`, { token: t.admin })).body.docs[0].id
})

const read = async (id: number, draft = true) =>
  (await rest('GET', `/api/posts/${id}?depth=0${draft ? '&draft=true' : ''}`, { token: t.admin })).body

/** The article the story follows, written by its first test. */
let articleId = 0

/** The contributor's draft, which they may not publish, submitted for approval. */
const draftAndSubmitTests = () => {
  it('the contributor writes a draft; it is theirs and not live', async () => {
    const reply = await rest('POST', '/api/posts?draft=true', {
      token: t.contributor,
      body: { tenant, title: 'Bài cộng tác viên về mùa nước nổi', _status: 'draft' },
    })
    expect(reply.status).toBe(201)
    articleId = reply.body.doc.id
    const doc = await read(articleId)
    expect(doc.workflowStatus).toBe('draft')
    expect(doc._status).toBe('draft')
    expect(typeof doc.createdBy === 'object' ? doc.createdBy.id : doc.createdBy).toBeGreaterThan(0)
    expect((await rest('GET', `/api/posts/${articleId}`)).status).not.toBe(200) // citizens do not see drafts
  })

  it('the contributor cannot publish it, even by asking for it in the data', async () => {
    for (const body of [{ _status: 'published' }, { workflowStatus: 'published' }]) {
      const reply = await rest('PATCH', `/api/posts/${articleId}`, { token: t.contributor, body })
      expect([403, 404]).toContain(reply.status)
    }
    expect((await read(articleId, false))._status).toBe('draft')
  })

  it('the contributor cannot create an article as already published', async () => {
    const reply = await rest('POST', '/api/posts', {
      token: t.contributor,
      body: { tenant, title: 'Bài tự xuất bản', _status: 'published' },
    })
    expect([403]).toContain(reply.status)
  })

  it('the contributor submits it for approval', async () => {
    const reply = await rest('PATCH', `/api/posts/${articleId}?draft=true`, {
      token: t.contributor,
      body: { workflowStatus: 'submitted' },
    })
    expect(reply.status).toBe(200)
    expect((await read(articleId)).workflowStatus).toBe('submitted')
  })
}

/** The editor may not decide; the chief returns it, then publishes the revision. */
const reviewTests = () => {
  it('the editor cannot return or publish it', async () => {
    expect(
      (
        await rest('PATCH', `/api/posts/${articleId}?draft=true`, {
          token: t.editor,
          body: { workflowStatus: 'returned', reviewComment: 'Sửa lại' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `/api/posts/${articleId}`, { token: t.editor, body: { _status: 'published' } })).status,
    ).toBe(403)
  })

  it('the chief must give a comment to return it, then returns it', async () => {
    const bare = await rest('PATCH', `/api/posts/${articleId}?draft=true`, {
      token: t.chief,
      body: { workflowStatus: 'returned' },
    })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('reviewComment')
    const reply = await rest('PATCH', `/api/posts/${articleId}?draft=true`, {
      token: t.chief,
      body: { workflowStatus: 'returned', reviewComment: 'Bổ sung ảnh và nguồn số liệu.' },
    })
    expect(reply.status).toBe(200)
    const doc = await read(articleId)
    expect(doc.workflowStatus).toBe('returned')
    expect(doc.reviewComment).toBe('Bổ sung ảnh và nguồn số liệu.')
  })

  it('the contributor revises the returned draft and resubmits', async () => {
    expect(
      (
        await rest('PATCH', `/api/posts/${articleId}?draft=true`, {
          token: t.contributor,
          body: { title: 'Bài cộng tác viên về mùa nước nổi (đã sửa)', workflowStatus: 'submitted' },
        })
      ).status,
    ).toBe(200)
  })

  it('the chief publishes it; it is live for citizens, with a publication date', async () => {
    const reply = await rest('PATCH', `/api/posts/${articleId}`, { token: t.chief, body: { _status: 'published' } })
    expect(reply.status).toBe(200)
    const live = await rest('GET', `/api/posts/${articleId}?depth=0`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Bài cộng tác viên về mùa nước nổi (đã sửa)')
    expect(live.body.workflowStatus).toBe('published')
    expect(live.body.publishedAt).toBeTruthy()
  })
}

/** Once live: locked for the contributor, versioned, archived, audited. */
const afterPublishingTests = () => {
  it('once live, the contributor can no longer touch it', async () => {
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/posts/${articleId}?draft=true`, { token: t.contributor, body: { title: 'Sửa lén' } }))
        .status,
    )
    expect([403, 404]).toContain((await rest('DELETE', `/api/posts/${articleId}`, { token: t.contributor })).status)
  })

  it('previous versions are kept', async () => {
    const versions = await rest('GET', `/api/posts/versions?where[parent][equals]=${articleId}&limit=50`, {
      token: t.admin,
    })
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(4)
    const statuses = versions.body.docs.map((v: { version: { workflowStatus: string } }) => v.version.workflowStatus)
    expect(statuses).toEqual(expect.arrayContaining(['draft', 'submitted', 'returned', 'published']))
  })

  it('the chief archives it: it leaves the site but is kept', async () => {
    const reply = await rest('PATCH', `/api/posts/${articleId}`, {
      token: t.chief,
      body: { workflowStatus: 'archived' },
    })
    expect(reply.status).toBe(200)
    expect((await rest('GET', `/api/posts/${articleId}`)).status).not.toBe(200)
    const doc = await read(articleId, false)
    expect(doc._status).toBe('draft')
    expect(doc.workflowStatus).toBe('archived')
    // An editor may delete drafts, but not what has been live.
    expect([403, 404]).toContain((await rest('DELETE', `/api/posts/${articleId}`, { token: t.editor })).status)
  })

  it('every transition is in the audit log with who, commune and IP', async () => {
    const log = await rest(
      'GET',
      `/api/audit-logs?where[documentId][equals]=${articleId}&where[collectionSlug][equals]=posts&where[at][greater_than_equal]=${started}&limit=50&sort=at&depth=0`,
      { token: t.admin },
    )
    const actions = log.body.docs.map((d: { action: string }) => d.action)
    expect(actions).toEqual(expect.arrayContaining(['create', 'submit', 'return', 'publish', 'archive']))
    for (const entry of log.body.docs) {
      expect(entry.tenant).toBe(tenant)
      expect(entry.userEmail).toMatch(/@/)
      expect(entry.ip).toBeTruthy()
      expect(entry.at).toBeTruthy()
    }
    const publish = log.body.docs.find((d: { action: string }) => d.action === 'publish')
    expect(publish.userEmail).toMatch(/^truongban\./)
  })
}

describe('a contributor’s article from draft to published', () => {
  draftAndSubmitTests()
  reviewTests()
  afterPublishingTests()
})

describe('moving content between communes', () => {
  it('an editor cannot move a post to another commune, nor create one there', async () => {
    const other = (await rest('GET', '/api/communes?where[slug][equals]=my-long', { token: t.admin })).body.docs[0].id
    const created = await rest('POST', '/api/posts?draft=true', {
      token: t.editor,
      body: { tenant, title: 'Bài của Mỹ Bình', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const moved = await rest('PATCH', `/api/posts/${created.body.doc.id}?draft=true`, {
      token: t.editor,
      body: { tenant: other },
    })
    expect(moved.status).toBeGreaterThanOrEqual(400)
    expect((await read(created.body.doc.id)).tenant).toBe(tenant)
    const elsewhere = await rest('POST', '/api/posts?draft=true', {
      token: t.editor,
      body: { tenant: other, title: 'Bài đăng nhờ', _status: 'draft' },
    })
    expect(elsewhere.status).toBeGreaterThanOrEqual(400)
  })
})
