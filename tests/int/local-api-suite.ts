import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { User } from '../../cms/payload-types'
import { startLocalPayload } from '../support/local-payload'

type Units = {
  province: { code: string; name: string; slug: string }
  districts: never[]
  communes: never[]
}

/** What the tests share: the Local API, its data folder, the units seeded and the first seed's result. */
type LocalApi = {
  payload: Payload
  dataDir: string
  units: Units
  firstSeed: Awaited<ReturnType<typeof import('../../demo').seed>>
  /** A board account by the start of its email, ready to pass as `user`. */
  user: (emailPrefix: string) => Promise<User & { collection: 'users' }>
  communeId: (slug: string) => Promise<number>
}

/** Boots a Local API on a fresh database and seeds three districts of the province into it. */
const setUpSeededLocalApi = (databaseUri: string | undefined): LocalApi => {
  let stop: (() => Promise<void>) | undefined
  const ctx = {
    dataDir: '',
    units: { province: { code: '89', name: 'Tỉnh An Giang', slug: 'an-giang' }, districts: [], communes: [] },
    user: async (emailPrefix: string) => {
      const found = await ctx.payload.find({
        collection: 'users',
        where: { email: { like: emailPrefix } },
        limit: 1,
        depth: 0,
      })
      return { ...found.docs[0]!, collection: 'users' as const }
    },
    communeId: async (slug: string) =>
      (await ctx.payload.find({ collection: 'communes', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id,
  } as unknown as LocalApi

  beforeAll(async () => {
    const started = await startLocalPayload({ databaseUri })
    ctx.payload = started.payload
    ctx.dataDir = started.dataDir
    stop = started.stop
    const { loadSeedUnits } = await import('../../cms/features/provisioning/units')
    const all = loadSeedUnits()
    // Three districts (34 communes): enough for every theme, fast enough for a test.
    const districts = all.districts.slice(0, 3)
    Object.assign(ctx.units, {
      districts,
      communes: all.communes.filter((c) => districts.some((d) => d.code === c.districtCode)),
    })
    const { seed } = await import('../../demo')
    ctx.firstSeed = await seed(ctx.payload, { scale: 1, demoCommunes: 1, units: ctx.units as never, log: () => {} })
  })
  afterAll(async () => stop?.())
  return ctx
}

const seededProvinceTests = (ctx: LocalApi) => {
  it('scopes every content collection by commune (no collection left out of the plugin)', () => {
    const global = new Set([
      'communes',
      'districts',
      'users',
      'audit-logs',
      'build-leases',
      'payload-jobs',
      'payload-locked-documents',
      'payload-preferences',
      'payload-migrations',
      'payload-kv',
      'payload-folders',
      // Province-wide or per-account, each with its own access rules (tested in its feature's files):
      'holidays',
      'royalty-genres',
      'notifications',
      'royalty-statements',
      // Province-wide: the old addresses of merged communes (tested in redirects-serving.int.spec.ts).
      'redirects',
      // Province-wide channels (issue 14): alerts and shared news name their target communes;
      // tested in alerts.int, syndication.int and syndication-newsroom.int.
      'alerts',
      'shared-news',
      'news-feeds',
      // Citizens' ratings keep their own commune link (no rebuild per rating); page-feedback.int.
      'page-feedback',
    ])
    const scoped = ctx.payload.config.collections.filter((c) => !global.has(c.slug))
    expect(scoped.map((c) => c.slug).sort()).toEqual([
      'announcements',
      'categories',
      'disclosures',
      'documents',
      'media',
      'officials',
      'pages',
      'posts',
      'procedures',
      'questions',
      'site-settings',
    ])
    for (const collection of scoped) {
      const tenant = collection.fields.find((f) => 'name' in f && f.name === 'tenant')
      expect(tenant, collection.slug).toMatchObject({ type: 'relationship', relationTo: 'communes' })
    }
  })

  it('gives each collection its own access rules, wrapped once by the commune plugin', async () => {
    // A rules object shared by several collections is wrapped by the multi-tenant plugin once
    // per collection: the tenant condition then nests five deep and trips the query limits.
    const chief = await ctx.user('truongban.')
    const depth = (where: unknown): number =>
      where && typeof where === 'object'
        ? 1 +
          Math.max(
            0,
            ...Object.values(where as Record<string, unknown>)
              .flat()
              .map(depth),
          )
        : 0
    const read = ctx.payload.config.collections.find((c) => c.slug === 'posts')!.access.read!
    const where = await read({ req: { user: chief, payload: ctx.payload, context: {} } as never })
    expect(typeof where).toBe('object')
    expect(depth(where)).toBeLessThanOrEqual(4)
  })

  it('creates the communes with every theme and distinct analytics IDs', async () => {
    const communes = await ctx.payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0 })
    expect(communes.docs).toHaveLength(ctx.units.communes.length)
    expect(new Set(communes.docs.map((c) => c.theme))).toEqual(new Set(Array.from({ length: 25 }, (_, i) => i + 1)))
    expect(new Set(communes.docs.map((c) => c.matomoSiteId)).size).toBe(communes.docs.length)
    expect(new Set(communes.docs.map((c) => c.emcSiteId)).size).toBe(communes.docs.length)
    expect(communes.docs.every((c) => c.status === 'live')).toBe(true)
  })
}

const demoContentTests = (ctx: LocalApi) => {
  it('gives the demo commune the content PRODUCT.md asks for, marked as demo', async () => {
    const tenant = await ctx.communeId('my-binh')
    const count = async (
      collection:
        | 'posts'
        | 'announcements'
        | 'documents'
        | 'officials'
        | 'disclosures'
        | 'procedures'
        | 'questions'
        | 'pages'
        | 'categories',
    ) =>
      (
        await ctx.payload.count({
          collection,
          where: { and: [{ tenant: { equals: tenant } }, { demo: { equals: true } }] },
        })
      ).totalDocs
    expect(await count('posts')).toBeGreaterThanOrEqual(20)
    expect(await count('announcements')).toBe(5)
    expect(await count('documents')).toBe(10)
    expect(await count('officials')).toBe(8)
    expect(await count('disclosures')).toBe(14)
    expect(await count('procedures')).toBe(10)
    expect(await count('questions')).toBeGreaterThanOrEqual(1)
    expect(await count('categories')).toBeGreaterThanOrEqual(5)
    const pages = await ctx.payload.find({
      collection: 'pages',
      where: { tenant: { equals: tenant } },
      limit: 50,
      depth: 0,
    })
    expect(pages.docs.map((p) => p.path)).toEqual(
      expect.arrayContaining(['gioi-thieu', 'gioi-thieu/lich-su', 'gioi-thieu/dieu-kien-tu-nhien']),
    )
    const categories = new Set(
      (
        await ctx.payload.find({
          collection: 'disclosures',
          where: { tenant: { equals: tenant } },
          limit: 50,
          depth: 0,
        })
      ).docs.map((d) => d.category),
    )
    expect(categories.size).toBe(14)
    const documents = await ctx.payload.find({
      collection: 'documents',
      where: { tenant: { equals: tenant } },
      limit: 1,
      depth: 1,
    })
    const file = documents.docs[0]!.files![0] as { mimeType: string; filename: string }
    expect(file.mimeType).toBe('application/pdf')
    expect(fs.readFileSync(`${ctx.dataDir}/media/${file.filename}`).subarray(0, 5).toString()).toBe('%PDF-')
    const post = (
      await ctx.payload.find({ collection: 'posts', where: { tenant: { equals: tenant } }, limit: 1, depth: 0 })
    ).docs[0]!
    expect(post.title.startsWith('[Demo] ')).toBe(true)
  })
}

const seedFileTests = (ctx: LocalApi) => {
  it('writes the demo credentials file, readable by its owner only', async () => {
    const file = `${ctx.dataDir}/demo-credentials.json`
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      email: string
      password: string
      role: string
      commune: string | null
    }[]
    expect(entries).toHaveLength(1 + ctx.units.districts.length + 3 * ctx.units.communes.length)
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['commune', 'email', 'password', 'role'])
      expect(['province-admin', 'district-viewer', 'chief', 'editor', 'contributor']).toContain(e.role)
      expect(e.commune === null).toBe(e.role === 'province-admin' || e.role === 'district-viewer')
      expect(e.password.length).toBeGreaterThanOrEqual(12)
    }
    expect(ctx.firstSeed.accountsCreated).toBe(entries.length)
  })

  it('creates nothing twice when seeded again', async () => {
    const before = await Promise.all(
      (['communes', 'users', 'posts', 'media'] as const).map((c) => ctx.payload.count({ collection: c })),
    )
    const { seed } = await import('../../demo')
    const again = await seed(ctx.payload, { scale: 1, demoCommunes: 1, units: ctx.units as never, log: () => {} })
    expect(again.accountsCreated).toBe(0)
    expect(again.communesWithNewContent).toBe(0)
    const after = await Promise.all(
      (['communes', 'users', 'posts', 'media'] as const).map((c) => ctx.payload.count({ collection: c })),
    )
    expect(after.map((c) => c.totalDocs)).toEqual(before.map((c) => c.totalDocs))
  })
}

const accessTests = (ctx: LocalApi) => {
  it('applies the role rules with overrideAccess: false', async () => {
    const editor = await ctx.user('bientap.my-binh@')
    const contributor = await ctx.user('congtacvien.my-binh@')
    const own = await ctx.communeId('my-binh')
    const other = await ctx.communeId('my-long')
    const asEditor = { overrideAccess: false, user: editor } as const
    const seen = await ctx.payload.find({
      collection: 'posts',
      ...asEditor,
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
    })
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.every((p) => p.tenant === own)).toBe(true)
    await expect(
      ctx.payload.create({ collection: 'posts', ...asEditor, data: { tenant: other, title: 'Lấn sân' } }),
    ).rejects.toThrow()
    const draft = await ctx.payload.create({
      collection: 'posts',
      ...asEditor,
      draft: true,
      data: { tenant: own, title: 'Nháp của biên tập viên', _status: 'draft' },
    })
    await expect(
      ctx.payload.update({ collection: 'posts', id: draft.id, ...asEditor, data: { _status: 'published' } }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.update({
        collection: 'posts',
        id: draft.id,
        overrideAccess: false,
        user: contributor,
        data: { title: 'Sửa bài người khác' },
      }),
    ).rejects.toThrow()
    // Citizens' questions hold personal data: contributors are refused outright.
    await expect(
      ctx.payload.find({ collection: 'questions', overrideAccess: false, user: contributor, depth: 0 }),
    ).rejects.toThrow()
  })
}

const scheduleAndFieldTests = (ctx: LocalApi) => {
  it('publishes and unpublishes on schedule, as the chief who scheduled it', async () => {
    const chief = await ctx.user('truongban.my-binh@')
    const editor = await ctx.user('bientap.my-binh@')
    const tenant = await ctx.communeId('my-binh')
    const draft = await ctx.payload.create({
      collection: 'posts',
      draft: true,
      overrideAccess: false,
      user: chief,
      data: { tenant, title: 'Bài hẹn giờ đăng', _status: 'draft' },
    })
    const byEditor = await ctx.payload.create({
      collection: 'posts',
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { tenant, title: 'Biên tập viên tự hẹn giờ', _status: 'draft' },
    })
    const past = new Date(Date.now() - 1000)
    const schedule = (id: number | string, type: 'publish' | 'unpublish', who: { id: number | string }) =>
      ctx.payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: past,
        input: {
          type,
          doc: { relationTo: 'posts', value: String(id) },
          user: { relationTo: 'users', value: who.id },
        } as never,
      })
    await schedule(draft.id, 'publish', chief)
    await schedule(byEditor.id, 'publish', editor)
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'posts', id: draft.id, depth: 0 }))._status).toBe('published')
    // A scheduled job runs with its author's rights: an editor cannot publish by the clock either.
    expect((await ctx.payload.findByID({ collection: 'posts', id: byEditor.id, depth: 0, draft: true }))._status).toBe(
      'draft',
    )
    await schedule(draft.id, 'unpublish', chief)
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'posts', id: draft.id, depth: 0 }))._status).toBe('draft')
  })

  it('computes whether a disclosure was published within 5 working days', async () => {
    const tenant = await ctx.communeId('my-binh')
    const make = (title: string, decisionDate: string, publicationDate: string) =>
      ctx.payload.create({
        collection: 'disclosures',
        data: { tenant, title, category: 'khac', decisionDate, publicationDate, _status: 'published' },
      })
    // Monday 2026-03-02 + 5 working days = Monday 2026-03-09.
    expect((await make('Đúng hạn', '2026-03-02T02:00:00.000Z', '2026-03-09T02:00:00.000Z')).publishedOnTime).toBe(true)
    expect((await make('Trễ hạn', '2026-03-02T02:00:00.000Z', '2026-03-10T02:00:00.000Z')).publishedOnTime).toBe(false)
  })

  it('keeps slugs unique per commune only', async () => {
    const a = await ctx.communeId('my-binh')
    const b = await ctx.communeId('my-long')
    await ctx.payload.create({ collection: 'categories', data: { tenant: a, name: 'Tin Trùng Tên' } })
    const other = await ctx.payload.create({ collection: 'categories', data: { tenant: b, name: 'Tin Trùng Tên' } })
    expect(other.slug).toBe('tin-trung-ten')
    await expect(
      ctx.payload.create({ collection: 'categories', data: { tenant: a, name: 'Tin trùng tên' } }),
    ).rejects.toThrow()
  })
}

/**
 * The Local API door on a fresh database: seeding (counts, idempotency, credentials file),
 * access with overrideAccess: false, scheduled publishing and computed fields. Shared by the
 * SQLite run and, when MONGODB_TEST_URI is set, the MongoDB run. With `runIf: false` the tests are
 * listed as skipped and nothing starts.
 */
export const defineLocalApiSuite = (name: string, databaseUri?: string, { runIf = true } = {}) =>
  describe.runIf(runIf)(name, () => {
    const ctx = setUpSeededLocalApi(databaseUri)
    seededProvinceTests(ctx)
    demoContentTests(ctx)
    seedFileTests(ctx)
    accessTests(ctx)
    scheduleAndFieldTests(ctx)
  })
