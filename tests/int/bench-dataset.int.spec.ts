import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, Where } from 'payload'
import type { Post } from '../../cms/payload-types'
import { startLocalPayload } from '../support/local-payload'

const PER_COMMUNE_PAGES = 40
const PER_COMMUNE_POSTS = 60

/** What the tests share: the Local API, the dataset module and what its two runs reported. */
type BenchDataset = {
  payload: Payload
  dataset: typeof import('../../scripts/bench/dataset')
  communes: { id: number; slug: string }[]
  benchResult: { communes: number; documents: number }
  topUpResult: { posts: number }
}

/** A fresh database with two communes of one district, filled by the benchmark dataset. */
const setUpBenchDataset = (): BenchDataset => {
  const ctx = { communes: [] } as unknown as BenchDataset
  let stop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const started = await startLocalPayload()
    ctx.payload = started.payload
    stop = started.stop
    const { loadSeedUnits } = await import('../../cms/features/provisioning/units')
    const { seed } = await import('../../demo')
    const all = loadSeedUnits()
    // Two communes of one district: enough for tenants to be told apart, fast to seed.
    const district = all.districts[0]!
    const units = {
      ...all,
      districts: [district],
      communes: all.communes.filter((c) => c.districtCode === district.code).slice(0, 2),
    }
    await seed(ctx.payload, { scale: 0, units, log: () => {} })
    ctx.dataset = await import('../../scripts/bench/dataset')
    ctx.benchResult = await ctx.dataset.seedBenchContent(ctx.payload, { perCommune: PER_COMMUNE_PAGES })
    ctx.topUpResult = await ctx.dataset.topUpPosts(ctx.payload, { perCommune: PER_COMMUNE_POSTS })
    const found = await ctx.payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0, sort: 'id' })
    ctx.communes = found.docs.map((c) => ({ id: c.id as number, slug: c.slug ?? '' }))
  })
  afterAll(async () => stop?.())
  return ctx
}

/** A document without what differs between two documents of the same content. */
const comparable = (doc: Record<string, unknown>) => {
  // firstPublishedAt is a time stamp like createdAt: compare whether it is set, not when.
  const { id: _id, title: _title, slug: _slug, createdAt: _c, updatedAt: _u, firstPublishedAt, ...rest } = doc
  rest.firstPublished = Boolean(firstPublishedAt)
  const rows = (list: unknown) =>
    (list as { id?: unknown }[] | undefined)?.map(({ id, ...row }) => {
      expect(id).toMatch(/^[0-9a-f]{24}$/) // Payload's array row ids
      return row
    })
  return { ...rest, authors: rows(rest.authors), photographers: rows(rest.photographers) }
}

/** The latest benchmark post of the first commune that matches `where`. */
const benchPost = async (ctx: BenchDataset, where: Where) =>
  (
    await ctx.payload.find({
      collection: 'posts',
      where: { and: [{ tenant: { equals: ctx.communes[0]!.id } }, { title: { like: '[Bench]' } }, where] },
      limit: 1,
      depth: 0,
      sort: '-publishedAt',
    })
  ).docs[0]!

/** The same content created through the Local API, as an editor's post would be. */
const createLike = async (payload: Payload, post: Post) =>
  payload.create({
    collection: 'posts',
    overrideAccess: true,
    context: { skipAudit: true },
    data: {
      tenant: post.tenant as number,
      title: `${post.title} (API)`,
      slug: `${post.slug}-api`,
      excerpt: post.excerpt,
      content: post.content,
      coverImage: post.coverImage as number | null,
      categories: post.categories as number[],
      featured: post.featured,
      authors: post.authors?.map((a) => ({ name: a.name, user: a.user as number | null, share: a.share })),
      photographers: post.photographers?.map((p) => ({ name: p.name })),
      genre: post.genre,
      origin: post.origin,
      source: post.source,
      publishedAt: post.publishedAt,
      workflowStatus: post.workflowStatus,
      reviewComment: post.reviewComment,
      _status: post._status,
      createdBy: post.createdBy as number,
      demo: post.demo,
    },
  })

/** The dataset's content, and its top-up of posts. */
const benchContentTests = (ctx: BenchDataset) => {
  it('gives every commune its benchmark content, all published and marked as benchmark data', async () => {
    const plan = ctx.dataset.benchPlan(PER_COMMUNE_PAGES)
    expect(ctx.benchResult.communes).toBe(2)
    const { exportSnapshot } = await import('../../cms/features/publishing/snapshot')
    for (const c of ctx.communes) {
      const { snapshot } = await exportSnapshot(ctx.payload, c.slug)
      expect(snapshot.categories.filter((cat) => cat.name.startsWith('[Bench] '))).toHaveLength(5)
      expect(snapshot.announcements).toHaveLength(plan.announcements)
      expect(snapshot.documents).toHaveLength(plan.documents)
      // The archive of the top-up is mostly published too, so the site has at least the plan's posts.
      expect(snapshot.posts.length).toBeGreaterThanOrEqual(plan.posts)
      for (const item of [...snapshot.posts, ...snapshot.announcements, ...snapshot.documents])
        expect(item.title.startsWith('[Bench] ')).toBe(true)
      expect(snapshot.posts.every((p) => p.categories.length > 0 && p.html.startsWith('<p>'))).toBe(true)
    }
    // A second run adds nothing.
    expect((await ctx.dataset.seedBenchContent(ctx.payload, { perCommune: PER_COMMUNE_PAGES })).documents).toBe(0)
  })

  it('tops every commune up to the asked number of posts, published and in the workflow', async () => {
    expect(ctx.topUpResult.posts).toBe(2 * PER_COMMUNE_POSTS - 2 * ctx.dataset.benchPlan(PER_COMMUNE_PAGES).posts)
    for (const c of ctx.communes) {
      const count = async (where: Where = {}) =>
        (await ctx.payload.count({ collection: 'posts', where: { and: [{ tenant: { equals: c.id } }, where] } }))
          .totalDocs
      expect(await count()).toBe(PER_COMMUNE_POSTS)
      expect(await count({ _status: { equals: 'published' } })).toBeGreaterThan(PER_COMMUNE_POSTS / 2)
      expect(await count({ _status: { equals: 'draft' } })).toBeGreaterThan(0)
      expect(
        await count({ and: [{ _status: { equals: 'published' } }, { workflowStatus: { not_equals: 'published' } }] }),
      ).toBe(0)
    }
    expect((await ctx.dataset.topUpPosts(ctx.payload, { perCommune: PER_COMMUNE_POSTS })).posts).toBe(0)
  })
}

/** Payload reads bulk rows as it reads its own. */
const apiReadTests = (ctx: BenchDataset) => {
  it('reads a bulk-inserted post exactly like the same post created through the API', async () => {
    for (const where of [
      { _status: { equals: 'published' } },
      { workflowStatus: { equals: 'submitted' } },
    ] as Where[]) {
      const bulk = await benchPost(ctx, where)
      const api = await createLike(ctx.payload, bulk)
      for (const depth of [0, 1]) {
        const [a, b] = await Promise.all([
          ctx.payload.findByID({ collection: 'posts', id: bulk.id, depth }),
          ctx.payload.findByID({ collection: 'posts', id: api.id, depth }),
        ])
        expect(comparable(a as never)).toEqual(comparable(b as never))
        // Drafts are read from the latest version: the admin's list and edit view.
        const [da, db] = await Promise.all([
          ctx.payload.findByID({ collection: 'posts', id: bulk.id, depth, draft: true }),
          ctx.payload.findByID({ collection: 'posts', id: api.id, depth, draft: true }),
        ])
        expect(comparable(da as never)).toEqual(comparable(a as never))
        expect(comparable(db as never)).toEqual(comparable(b as never))
      }
      const [va, vb] = await Promise.all([
        ctx.payload.findVersions({ collection: 'posts', where: { parent: { equals: bulk.id } }, depth: 0 }),
        ctx.payload.findVersions({ collection: 'posts', where: { parent: { equals: api.id } }, depth: 0 }),
      ])
      expect(va.totalDocs).toBe(1)
      expect(vb.totalDocs).toBe(1)
      const version = (v: (typeof va.docs)[number]) => ({ latest: v.latest, version: comparable(v.version as never) })
      expect(version(va.docs[0]!)).toEqual(version(vb.docs[0]!))
      await ctx.payload.delete({ collection: 'posts', id: api.id, overrideAccess: true, context: { skipAudit: true } })
    }
  })

  it('lists the same posts with and without drafts, as the admin and API clients read them', async () => {
    const tenant = ctx.communes[1]!.id
    const list = (draft: boolean) =>
      ctx.payload.find({
        collection: 'posts',
        where: { tenant: { equals: tenant } },
        sort: '-publishedAt',
        limit: 20,
        depth: 0,
        draft,
      })
    const [live, drafts] = await Promise.all([list(false), list(true)])
    expect(drafts.totalDocs).toBe(PER_COMMUNE_POSTS)
    expect(live.totalDocs).toBe(PER_COMMUNE_POSTS)
    expect(drafts.docs.map((d) => d.id)).toEqual(live.docs.map((d) => d.id))
  })
}

/** Payload edits bulk rows, and lists them from an index. */
const apiWriteTests = (ctx: BenchDataset) => {
  it('lets the API edit, version and delete a bulk-inserted post', async () => {
    const post = await benchPost(ctx, { _status: { equals: 'published' } })
    await ctx.payload.update({
      collection: 'posts',
      id: post.id,
      data: { title: `${post.title} (sửa)` },
      draft: true,
      overrideAccess: true,
      context: { skipAudit: true },
    })
    expect((await ctx.payload.findByID({ collection: 'posts', id: post.id, depth: 0 })).title).toBe(post.title)
    const draft = await ctx.payload.findByID({ collection: 'posts', id: post.id, depth: 0, draft: true })
    expect(draft.title).toBe(`${post.title} (sửa)`)
    expect(draft.authors).toEqual(post.authors)
    const versions = await ctx.payload.findVersions({
      collection: 'posts',
      where: { parent: { equals: post.id } },
      depth: 0,
      sort: '-updatedAt',
    })
    expect(versions.docs.map((v) => [v.latest, v.version._status])).toEqual([
      [true, 'draft'],
      [false, 'published'],
    ])
    await ctx.payload.delete({ collection: 'posts', id: post.id, overrideAccess: true, context: { skipAudit: true } })
    expect((await ctx.payload.find({ collection: 'posts', where: { id: { equals: post.id } } })).totalDocs).toBe(0)
  })

  it("has the index the CMS list reads a commune's latest posts from, on posts and their versions", async () => {
    const client = (
      ctx.payload.db as unknown as { client: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> } }
    ).client
    const columnsOf = async (table: string) => {
      const indexes = (await client.execute(`PRAGMA index_list("${table}")`)).rows.map((r) => String(r.name))
      return Promise.all(
        indexes.map(async (name) =>
          (await client.execute(`PRAGMA index_info("${name}")`)).rows.map((r) => String(r.name)).join(','),
        ),
      )
    }
    expect(await columnsOf('posts')).toContain('tenant_id,published_at')
    expect(await columnsOf('_posts_v')).toContain('version_tenant_id,version_published_at')
    // The list query (as Payload writes it for an editor) walks that index instead of sorting.
    const plan = await client.execute(
      `EXPLAIN QUERY PLAN SELECT id FROM posts WHERE (tenant_id = 1 AND (tenant_id IN (1, 1))) ORDER BY published_at DESC, created_at DESC LIMIT 20`,
    )
    expect(plan.rows.map((r) => String(r.detail)).join('\n')).toMatch(/USING INDEX tenant_publishedAt_idx/)
  })
}

/**
 * The benchmark dataset writes rows straight into SQLite (scripts/bench/dataset.ts). Payload must
 * read them exactly like documents created through its API, in every way it reads: the
 * published row, the latest version (drafts, the admin list), relationships and arrays, and a
 * later edit through the API. Also checks the index the CMS list relies on.
 */
describe('benchmark dataset (bulk rows on SQLite)', () => {
  const ctx = setUpBenchDataset()
  benchContentTests(ctx)
  apiReadTests(ctx)
  apiWriteTests(ctx)
})
