import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * Tin từ tỉnh (cms/features/syndication) over HTTP on the test server: who reads and writes the
 * shared news and the feeds (REST and GraphQL), "Đăng lại" into a commune (source and canonical
 * link on its built site), mandatory items published on the targeted sites only with their boards
 * told, and corrections of the original reaching every copy.
 */
const A = 'my-binh'
const B = 'chau-phu-a'
const C = 'my-long'
const TAG = `synd${Date.now().toString(36)}`
const ORIGINAL = 'https://angiang.gov.vn/tin-tuc/bai-goc-kiem-thu'

const t = { admin: '', chiefA: '', editorA: '', contributorA: '', chiefB: '' }
const ids = { A: 0, B: 0, C: 0 }
const created: { collection: string; id: number }[] = []

type Doc = { id: number; [key: string]: unknown }

const shareItem = async (data: Record<string, unknown>): Promise<Doc> => {
  const reply = await rest('POST', '/api/shared-news', {
    token: t.admin,
    body: { source: 'Cổng TTĐT tỉnh An Giang', link: ORIGINAL, ...data },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push({ collection: 'shared-news', id: reply.body.doc.id })
  return reply.body.doc
}

const copiesOf = async (itemId: number, tenant?: number): Promise<Doc[]> => {
  const where = `where[reprint.sharedNews][equals]=${itemId}${tenant ? `&where[tenant][equals]=${tenant}` : ''}`
  const reply = await rest('GET', `/api/posts?${where}&depth=0&draft=true&limit=100`, { token: t.admin })
  expect(reply.status).toBe(200)
  return reply.body.docs
}

const categoryOf = async (tenant: number): Promise<number> =>
  (await rest('GET', `/api/categories?where[tenant][equals]=${tenant}&limit=1&depth=0`, { token: t.admin })).body
    .docs[0].id

const readable = async (token: string | undefined, id: number) =>
  (await rest('GET', `/api/shared-news?where[id][equals]=${id}&depth=0`, { token })).body?.docs?.length === 1

beforeAll(async () => {
  t.admin = (await loginAs('province-admin')).token
  t.chiefA = (await loginAs('chief', A)).token
  t.editorA = (await loginAs('editor', A)).token
  t.contributorA = (await loginAs('contributor', A)).token
  t.chiefB = (await loginAs('chief', B)).token
  const reply = await rest('GET', `/api/communes?where[slug][in]=${A},${B},${C}&depth=0&limit=3`, { token: t.admin })
  for (const c of reply.body.docs as { id: number; slug: string }[])
    ids[c.slug === A ? 'A' : c.slug === B ? 'B' : 'C'] = c.id
}, 120_000)

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: t.admin })
})

describe('Tin từ tỉnh: who may read and write', () => {
  it('the province writes; boards read the offers to their commune only; anonymous nothing (REST)', async () => {
    const toAll = await shareItem({ title: `${TAG} gửi tất cả`, target: 'all' })
    const toB = await shareItem({ title: `${TAG} chỉ gửi B`, target: 'communes', communes: [ids.B] })
    for (const token of [t.chiefA, t.editorA, t.contributorA]) {
      expect(await readable(token, toAll.id)).toBe(true)
      expect(await readable(token, toB.id)).toBe(false)
      expect((await rest('GET', `/api/shared-news/${toB.id}`, { token })).status).toBe(404)
      const create = await rest('POST', '/api/shared-news', { token, body: { title: 'x', source: 'y' } })
      expect(create.status).toBe(403)
      const update = await rest('PATCH', `/api/shared-news/${toAll.id}`, { token, body: { title: 'đổi' } })
      expect([403, 404]).toContain(update.status)
      expect([403, 404]).toContain((await rest('DELETE', `/api/shared-news/${toAll.id}`, { token })).status)
    }
    expect(await readable(t.chiefB, toB.id)).toBe(true)
    expect((await rest('GET', '/api/shared-news')).status).toBe(403)
    expect((await rest('GET', `/api/shared-news/${toAll.id}`)).status).toBe(403)
    const bad = await rest('POST', '/api/shared-news', {
      token: t.admin,
      body: { title: `${TAG} ảnh sai`, source: 'x', imageUrl: 'javascript:alert(1)' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Ảnh đại diện')
  })

  it('only the province reads or writes the feeds; the importer’s fields are closed to everyone (REST)', async () => {
    const feed = await rest('POST', '/api/news-feeds', {
      token: t.admin,
      body: { name: `${TAG} nguồn`, url: 'http://127.0.0.1:9/feed.xml', active: false, lastError: 'giả' },
    })
    expect(feed.status).toBe(201)
    created.push({ collection: 'news-feeds', id: feed.body.doc.id })
    expect(feed.body.doc.lastError ?? null).toBeNull()
    for (const token of [t.chiefA, t.editorA, t.contributorA, undefined]) {
      expect((await rest('GET', '/api/news-feeds', { token })).status).toBe(403)
      expect((await rest('POST', '/api/news-feeds', { token, body: { name: 'x', url: 'http://a.vn/' } })).status).toBe(
        403,
      )
    }
    const ftp = await rest('POST', '/api/news-feeds', { token: t.admin, body: { name: 'x', url: 'ftp://a.vn/rss' } })
    expect(ftp.status).toBe(400)
    const forged = await rest('POST', '/api/shared-news', {
      token: t.admin,
      body: { title: `${TAG} giả nguồn`, source: 'x', origin: 'feed', guid: 'forged' },
    })
    created.push({ collection: 'shared-news', id: forged.body.doc.id })
    expect(forged.body.doc.origin).toBe('newsroom')
    expect(forged.body.doc.guid ?? null).toBeNull()
  })

  it('holds the same rules over GraphQL', async () => {
    const toB = await shareItem({ title: `${TAG} GraphQL chỉ B`, target: 'communes', communes: [ids.B] })
    const query = `{ SharedNews(where: { title: { contains: "${TAG} GraphQL" } }) { docs { id title } } }`
    expect((await graphql(query, t.admin)).body.data.SharedNews.docs).toHaveLength(1)
    expect((await graphql(query, t.chiefB)).body.data.SharedNews.docs).toHaveLength(1)
    for (const token of [t.chiefA, t.editorA, t.contributorA])
      expect((await graphql(query, token)).body.data?.SharedNews?.docs ?? []).toHaveLength(0)
    expect((await graphql(query)).body.errors?.length).toBeGreaterThan(0)
    const mutation = `mutation { createSharedNewsItem(data: { title: "${TAG} gq", source: "x" }) { id } }`
    for (const token of [t.chiefA, t.editorA, t.contributorA, undefined])
      expect((await graphql(mutation, token)).body.errors?.length, 'board creates').toBeGreaterThan(0)
    const update = `mutation { updateSharedNewsItem(id: ${toB.id}, data: { title: "đổi" }) { id } }`
    expect((await graphql(update, t.chiefB)).body.errors?.length).toBeGreaterThan(0)
    const feeds = '{ NewsFeeds { docs { id } } }'
    expect((await graphql(feeds, t.admin)).body.data.NewsFeeds).toBeTruthy()
    for (const token of [t.chiefA, t.editorA, t.contributorA, undefined])
      expect((await graphql(feeds, token)).body.errors?.length).toBeGreaterThan(0)
    const createFeed = 'mutation { createNewsFeed(data: { name: "x", url: "http://a.vn/rss" }) { id } }'
    expect((await graphql(createFeed, t.chiefA)).body.errors?.length).toBeGreaterThan(0)
  })
})

describe('Đăng lại: one click makes a news item of the commune', () => {
  it('a chief republishes an offer: a published reprint with source and canonical link, live on the site', async () => {
    const item = await shareItem({ title: `${TAG} Tỉnh phát động tết trồng cây`, summary: 'Tóm tắt tin của tỉnh.' })
    const category = await categoryOf(ids.A)
    const reply = await rest('POST', '/api/syndication/republish', {
      token: t.chiefA,
      body: { sharedNews: item.id, category, commune: ids.A },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc.workflowStatus).toBe('published')
    const post = (await rest('GET', `/api/posts/${reply.body.doc.id}?depth=0`, { token: t.chiefA })).body
    created.push({ collection: 'posts', id: post.id })
    expect(post).toMatchObject({
      tenant: ids.A,
      origin: 'reprint',
      source: 'Cổng TTĐT tỉnh An Giang',
      _status: 'published',
    })
    expect(post.categories).toEqual([category])
    expect(post.reprint).toMatchObject({ sharedNews: item.id, canonicalUrl: ORIGINAL })
    const again = await rest('POST', '/api/syndication/republish', {
      token: t.chiefA,
      body: { sharedNews: item.id, category },
    })
    expect(again.status).toBe(409)
    const html = await waitFor(
      'the reprint on the site',
      async () => {
        const page = await hostGet(`${A}.localhost`, `/tin-tuc/bai/${post.slug}/`)
        return page.status === 200 ? page.body : null
      },
      120_000,
    )
    expect(html).toContain(`<link rel="canonical" href="${ORIGINAL}"`)
    expect(html).toMatch(new RegExp(`Nguồn: <a href="${ORIGINAL}"[^>]*>Cổng TTĐT tỉnh An Giang</a>`))
  }, 180_000)

  it('an editor’s or a contributor’s republish waits for the chief; a board cannot republish an offer not made to it', async () => {
    const item = await shareItem({ title: `${TAG} tin cho biên tập viên` })
    const category = await categoryOf(ids.A)
    const editor = await rest('POST', '/api/syndication/republish', {
      token: t.editorA,
      body: { sharedNews: item.id, category },
    })
    expect(editor.status, JSON.stringify(editor.body)).toBe(201)
    created.push({ collection: 'posts', id: editor.body.doc.id })
    expect(editor.body.doc.workflowStatus).toBe('submitted')
    const post = (await rest('GET', `/api/posts/${editor.body.doc.id}?depth=0&draft=true`, { token: t.admin })).body
    expect(post._status).toBe('draft')
    const toB = await shareItem({ title: `${TAG} chỉ B, không A`, target: 'communes', communes: [ids.B] })
    const refused = await rest('POST', '/api/syndication/republish', {
      token: t.contributorA,
      body: { sharedNews: toB.id, category },
    })
    expect(refused.status).toBe(404)
    const elsewhere = await rest('POST', '/api/syndication/republish', {
      token: t.chiefA,
      body: { sharedNews: item.id, category: await categoryOf(ids.B), commune: ids.B },
    })
    expect(elsewhere.status).toBe(403)
    const wrongCategory = await rest('POST', '/api/syndication/republish', {
      token: t.chiefB,
      body: { sharedNews: item.id, category },
    })
    expect(wrongCategory.status).toBe(400)
    expect(wrongCategory.body.errors[0].field).toBe('category')
    expect((await rest('POST', '/api/syndication/republish', { body: { sharedNews: item.id, category } })).status).toBe(
      401,
    )
    const forged = await rest('PATCH', `/api/posts/${editor.body.doc.id}?draft=true`, {
      token: t.chiefA,
      body: { reprint: { canonicalUrl: 'https://example.com/' } },
    })
    expect(forged.status).toBe(200)
    const kept = (await rest('GET', `/api/posts/${editor.body.doc.id}?depth=0&draft=true`, { token: t.admin })).body
    expect(kept.reprint.canonicalUrl).toBe(ORIGINAL)
  })
})

describe('bắt buộc: mandatory items and corrections', () => {
  it('a mandatory item is published in every targeted commune and no other; the boards are told', async () => {
    const item = await shareItem({
      title: `${TAG} Thông báo bắt buộc của tỉnh`,
      summary: 'Tin bắt buộc.',
      mandatory: true,
      target: 'communes',
      communes: [ids.A, ids.C],
    })
    const copies = await copiesOf(item.id)
    for (const copy of copies) created.push({ collection: 'posts', id: copy.id })
    expect(copies.map((c) => c.tenant).sort()).toEqual([ids.A, ids.C].sort())
    for (const copy of copies) {
      expect(copy).toMatchObject({ _status: 'published', origin: 'reprint', source: 'Cổng TTĐT tỉnh An Giang' })
      const category = (await rest('GET', `/api/categories/${(copy.categories as number[])[0]}`, { token: t.admin }))
        .body
      expect(category.name).toBe('Tin từ tỉnh')
    }
    expect(await copiesOf(item.id, ids.B)).toHaveLength(0)
    const notices = await rest(
      'GET',
      `/api/notifications?where[itemCollection][equals]=posts&where[itemId][equals]=${copies.find((c) => c.tenant === ids.A)!.id}`,
      { token: t.chiefA },
    )
    expect(notices.body.docs).toHaveLength(1)
    expect(notices.body.docs[0].comment).toContain('Tin bắt buộc từ tỉnh')
    // A second save creates nothing twice.
    await rest('PATCH', `/api/shared-news/${item.id}`, { token: t.admin, body: { mandatory: true } })
    expect(await copiesOf(item.id)).toHaveLength(2)
    const slug = copies.find((c) => c.tenant === ids.A)!.slug
    await waitFor(
      'the mandatory item on the site',
      async () => (await hostGet(`${A}.localhost`, `/tin-tuc/bai/${slug}/`)).status === 200,
      120_000,
    )
  }, 180_000)

  it('a correction of the original reaches every copy, republished or mandatory', async () => {
    const item = await shareItem({ title: `${TAG} Tin sẽ được sửa`, target: 'communes', communes: [ids.A, ids.C] })
    const republished = await rest('POST', '/api/syndication/republish', {
      token: t.chiefA,
      body: { sharedNews: item.id, category: await categoryOf(ids.A) },
    })
    expect(republished.status).toBe(201)
    // Made mandatory afterwards: C gets its copy, A keeps the one it republished.
    await rest('PATCH', `/api/shared-news/${item.id}`, { token: t.admin, body: { mandatory: true } })
    for (const copy of await copiesOf(item.id)) created.push({ collection: 'posts', id: copy.id })
    const fixed = await rest('PATCH', `/api/shared-news/${item.id}`, {
      token: t.admin,
      body: { title: `${TAG} Tin đã được sửa`, summary: 'Đã đính chính.', link: `${ORIGINAL}-sua` },
    })
    expect(fixed.status).toBe(200)
    const copies = await copiesOf(item.id)
    expect(copies).toHaveLength(2)
    for (const copy of copies) {
      expect(copy.title).toBe(`${TAG} Tin đã được sửa`)
      expect(copy.excerpt).toBe('Đã đính chính.')
      expect((copy.reprint as { canonicalUrl: string }).canonicalUrl).toBe(`${ORIGINAL}-sua`)
    }
    const slug = copies.find((c) => c.tenant === ids.A)!.slug
    await waitFor(
      'the correction on the site',
      async () => (await hostGet(`${A}.localhost`, `/tin-tuc/bai/${slug}/`)).body.includes('Tin đã được sửa'),
      120_000,
    )
  }, 180_000)

  it('deleting an original leaves the copies with the communes, no longer linked', async () => {
    const item = await shareItem({
      title: `${TAG} Tin sẽ bị xóa`,
      mandatory: true,
      target: 'communes',
      communes: [ids.C],
    })
    const [copy] = await copiesOf(item.id)
    created.push({ collection: 'posts', id: copy!.id })
    expect((await rest('DELETE', `/api/shared-news/${item.id}`, { token: t.admin })).status).toBe(200)
    const kept = await rest('GET', `/api/posts/${copy!.id}?depth=0`, { token: t.admin })
    expect(kept.status).toBe(200)
    expect(kept.body.reprint?.sharedNews ?? null).toBeNull()
    expect(kept.body.source).toBe('Cổng TTĐT tỉnh An Giang')
  })
})

describe('bắt buộc: a whole district', () => {
  it('a mandatory item to a whole district is on the site of every commune there, and of no other', async () => {
    // More communes than one build job each: they are built in batches, which must not skip a
    // site because its generator is current (the content changed).
    const districtOfA = (await rest('GET', `/api/communes/${ids.A}?depth=0`, { token: t.admin })).body.district
    const inDistrict = (
      await rest(
        'GET',
        `/api/communes?where[district][equals]=${districtOfA}&where[status][equals]=live&limit=100&depth=0`,
        {
          token: t.admin,
        },
      )
    ).body.docs as { id: number; slug: string }[]
    expect(inDistrict.length).toBeGreaterThan(3)
    const title = `${TAG} Bắt buộc cả huyện`
    const item = await shareItem({
      title,
      summary: 'Cả huyện.',
      mandatory: true,
      target: 'districts',
      districts: [districtOfA],
    })
    const copies = await copiesOf(item.id)
    for (const copy of copies) created.push({ collection: 'posts', id: copy.id })
    expect(copies).toHaveLength(inDistrict.length)
    for (const { id, slug } of inDistrict) {
      const copy = copies.find((c) => c.tenant === id)!
      await waitFor(
        `the district's mandatory item on ${slug}`,
        async () => (await hostGet(`${slug}.localhost`, `/tin-tuc/bai/${copy.slug}/`)).status === 200,
        240_000,
      )
    }
    expect(await copiesOf(item.id, ids.B)).toHaveLength(0)
  }, 300_000)
})
