/**
 * The benchmark dataset: every commune of the seeded province gets enough published content for
 * a realistic site (seedBenchContent), and the posts collection grows to 1,000 posts per commune
 * for the CMS list measurement (topUpPosts).
 *
 * Tens of thousands of documents through the Local API (hooks, validation, one version row
 * each, about 10 ms apiece) would take many minutes, so the rows are written straight into
 * SQLite through the adapter's own libsql client (the connection Payload's Drizzle instance runs
 * on), with Drizzle's table definitions (`payload.db.tables`) naming the columns and converting
 * the values, in one write transaction per 20 communes with large multi-row inserts. The rows
 * are exactly what Payload itself stores when a document is created through the API (checked
 * by tests/int/bench-dataset.int.spec.ts, which compares them with API-created documents):
 *
 * - the main row (`posts`), its array rows (`posts_authors`, `posts_photographers`, each with a
 *   24-hex ObjectID-style text id as Payload generates) and its relationship rows (`posts_rels`,
 *   path `categories`, order from 1);
 * - one version row (`_posts_v`, `latest = 1`, every field copied into `version_*` columns) with
 *   its own array rows (`_uuid` = the main array row's id) and rels (path `version.categories`).
 *   Payload does not need the version row to read published documents (find without `draft`,
 *   the REST API's default and the site export, reads the main table only), but everything that
 *   reads drafts does: the admin list view queries `find({ draft: true })`, which reads
 *   `_posts_v WHERE latest = 1`, and the edit view loads the latest version. Without it the
 *   benchmark documents would be missing from the admin and the list measurement would not
 *   measure what editors get. So every document has the version row Payload writes on create.
 *
 * What the API would also do and is deliberately left out: hooks with side effects (audit log,
 * site rebuild requests) are skipped, like the seed skips them (`skipAudit`); values the hooks
 * would compute are written as they would compute them (NFC text, slugs, `_status` and
 * `workflowStatus` in agreement, `publishedAt` of published items, `createdBy`). There are no
 * cover images or attached files, so no media rows or files are needed.
 *
 * Everything is marked as benchmark data: titles start with "[Bench]", category names too, and
 * `demo` is true like the seed's demo content. SQLite only: on MongoDB the functions refuse.
 */
import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { demoEmail } from '../../demo/accounts'
import { buildDemoContent, type DemoContent, type DemoPost } from '../../demo/demo-content'
import { NEWS_CATEGORIES } from '../../cms/features/provisioning/site-structure'
import { slugify } from '../../cms/lib/vietnamese'
import { isCommuneType, type CommuneType } from '../../contract/vocabulary'

type Log = (line: string) => void
type Row = Record<string, unknown>
type Tx = Awaited<ReturnType<SQLiteAdapter['client']['transaction']>>

export const BENCH_PREFIX = '[Bench] '
const bench = (title: string) => BENCH_PREFIX + title.replace(/^\[Demo\]\s*/u, '')

const DAY = 86_400_000
const MINUTE = 60_000
const iso = (ms: number) => new Date(ms).toISOString()

// ---------------------------------------------------------------------------------------------
// Plumbing: adapter, transactions, ids, chunked multi-row inserts
// ---------------------------------------------------------------------------------------------

const sqliteOf = (payload: Payload): SQLiteAdapter => {
  const db = payload.db as unknown as Partial<SQLiteAdapter>
  if (payload.db.name !== 'sqlite' || !db.client || !db.tables)
    throw new Error(
      `The benchmark dataset writes rows through the SQLite adapter; this database is "${payload.db.name}".`,
    )
  return db as SQLiteAdapter
}

/** A transaction per group of communes: few commits, and one warm page cache for many inserts. */
const COMMUNES_PER_TRANSACTION = 20
/** The page cache of a bulk-writing connection, in KiB (negative): 256 MiB instead of 2. */
const BULK_CACHE_KIB = -262_144

/**
 * A write transaction (BEGIN IMMEDIATE) on the adapter's own libsql client, the one Drizzle
 * runs on. Statements go to libsql as they are: Drizzle's query builder costs more than SQLite
 * itself for a million rows, while its table definitions still name the columns and convert
 * the values (see insertRows).
 */
const writeTransaction = async <T>(adapter: SQLiteAdapter, work: (tx: Tx) => Promise<T>): Promise<T> => {
  // The transaction takes over the client's current connection, which may be a fresh one without
  // the adapter's busy timeout: set it, so BEGIN waits for a server writing to the same file
  // (build jobs, editors) instead of failing with SQLITE_BUSY at once.
  await adapter.client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout || 10_000}`)
  const tx = await adapter.client.transaction('write')
  try {
    await tx.execute(`PRAGMA cache_size = ${BULK_CACHE_KIB}`)
    const result = await work(tx)
    await tx.commit()
    return result
  } finally {
    tx.close() // rolls back unless committed
  }
}

/** Payload's array row ids: 24 hex digits like a MongoDB ObjectID (time, random, counter). */
const objectIdFactory = () => {
  const random = Array.from({ length: 5 }, () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join('')
  let counter = Math.floor(Math.random() * 0xffffff)
  return () => {
    counter = (counter + 1) % 0x1000000
    return (
      Math.floor(Date.now() / 1000)
        .toString(16)
        .padStart(8, '0') +
      random +
      counter.toString(16).padStart(6, '0')
    )
  }
}
const objectId = objectIdFactory()

/** SQLite allows 32,766 bound parameters per statement. */
const MAX_PARAMS = 32_000

/**
 * Inserts rows keyed like Payload's Drizzle table (camelCase keys, e.g. `createdBy`) with as
 * few statements as the parameter limit allows. Each value goes through its Drizzle column's
 * own conversion (JSON text, booleans as 0/1), exactly as an insert through Drizzle would.
 */
const insertRows = async (adapter: SQLiteAdapter, tx: Tx, tableName: string, rows: Row[]) => {
  const table = adapter.tables[tableName]
  if (!table) throw new Error(`no table ${tableName}`)
  if (!rows.length) return
  const columns = getTableColumns(table)
  const keys = Object.keys(rows[0]!)
  const cols = keys.map((key) => {
    const column = columns[key]
    if (!column) throw new Error(`${tableName} has no column for "${key}"`)
    return column
  })
  const tuple = `(${cols.map(() => '?').join(', ')})`
  const head = `INSERT INTO "${tableName}" (${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES `
  const size = Math.max(1, Math.floor(MAX_PARAMS / cols.length))
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size)
    const args: (string | number | null)[] = []
    for (const row of chunk) {
      if (Object.keys(row).length !== keys.length)
        throw new Error(`${tableName}: rows of one insert must have the same columns`)
      for (let k = 0; k < keys.length; k++) {
        const value = row[keys[k]!]
        args.push(value === null || value === undefined ? null : (cols[k]!.mapToDriverValue(value) as string | number))
      }
    }
    await tx.execute({ sql: head + Array(chunk.length).fill(tuple).join(', '), args })
  }
}

/** Rows of many tables, inserted table by table, parents first (the order of first use). */
class Rows {
  private byTable = new Map<string, Row[]>()
  add(table: string, row: Row) {
    const list = this.byTable.get(table)
    if (list) list.push(row)
    else this.byTable.set(table, [row])
  }
  count(table: string) {
    return this.byTable.get(table)?.length ?? 0
  }
  async insert(adapter: SQLiteAdapter, tx: Tx) {
    for (const [name, rows] of this.byTable) await insertRows(adapter, tx, name, rows)
  }
}

const one = async <T>(tx: Tx, query: string, args: (string | number)[] = []): Promise<T> =>
  (await tx.execute({ sql: query, args })).rows[0] as T
const all = async <T>(tx: Tx, query: string, args: (string | number)[] = []): Promise<T[]> =>
  (await tx.execute({ sql: query, args })).rows as T[]

/** The next free id of a table; read inside the write transaction, so no one else takes it. */
const nextId = async (tx: Tx, table: string): Promise<number> =>
  Number((await one<{ m: number | null }>(tx, `SELECT MAX(id) AS m FROM "${table}"`))?.m ?? 0) + 1

type IdCounters = Record<string, number>
const allocate = async (tx: Tx, tables: string[]): Promise<IdCounters> => {
  const ids: IdCounters = {}
  for (const t of tables) ids[t] = await nextId(tx, t)
  return ids
}

/**
 * One document of a collection with drafts, as Payload stores it on create: the main row, its
 * array and relationship rows, and the version row (`latest`) with copies of them.
 */
const addVersionedDoc = (
  rows: Rows,
  ids: IdCounters,
  collection: string,
  main: Row,
  {
    arrays = {},
    rels = [],
  }: { arrays?: Record<string, Row[]>; rels?: { path: string; column: string; id: number }[] } = {},
): number => {
  const id = ids[collection]!++
  const versions = `_${collection}_v`
  const versionId = ids[versions]!++
  rows.add(collection, { id, ...main })
  const version: Row = { id: versionId, parent: id }
  for (const [key, value] of Object.entries(main)) version[`version_${key}`] = value
  // Payload stamps the version when it saves it, right after the document.
  Object.assign(version, { createdAt: main.updatedAt, updatedAt: main.updatedAt, latest: true })
  rows.add(versions, version)
  for (const [field, items] of Object.entries(arrays))
    items.forEach((item, i) => {
      const uuid = objectId()
      rows.add(`${collection}_${field}`, { _order: i + 1, _parentID: id, id: uuid, ...item })
      rows.add(`${versions}_version_${field}`, { _order: i + 1, _parentID: versionId, ...item, _uuid: uuid })
    })
  const order = new Map<string, number>()
  for (const rel of rels) {
    const n = (order.get(rel.path) ?? 0) + 1
    order.set(rel.path, n)
    rows.add(`${collection}_rels`, { order: n, parent: id, path: rel.path, [rel.column]: rel.id })
    rows.add(`${versions}_rels`, { order: n, parent: versionId, path: `version.${rel.path}`, [rel.column]: rel.id })
  }
  return id
}

// ---------------------------------------------------------------------------------------------
// Communes, authors, slugs
// ---------------------------------------------------------------------------------------------

type Commune = {
  id: number
  slug: string
  name: string
  code: string
  type: CommuneType
  districtName: string
  editor: number | null
}

const loadCommunes = async (payload: Payload): Promise<Commune[]> => {
  const [communes, districts, users] = await Promise.all([
    payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0, sort: 'id', overrideAccess: true }),
    payload.find({ collection: 'districts', limit: 0, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'users',
      where: { email: { like: 'bientap.' } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { email: true },
      overrideAccess: true,
    }),
  ])
  const districtName = new Map(districts.docs.map((d) => [d.id, d.name]))
  const userByEmail = new Map(users.docs.map((u) => [u.email, u.id as number]))
  return communes.docs.map((c) => ({
    id: c.id as number,
    slug: c.slug ?? String(c.id),
    name: c.name,
    code: c.code,
    type: isCommuneType(c.type) ? c.type : 'xa',
    districtName: districtName.get(c.district as number) ?? '',
    editor: userByEmail.get(demoEmail.editor(c.slug ?? '')) ?? null,
  }))
}

/** Slugs are unique per commune (compound index): the ones a commune has taken. */
const takenSlugs = async (
  tx: Tx,
  table: 'categories' | 'posts' | 'announcements' | 'documents',
  tenant: number,
): Promise<Set<string>> => {
  const rows = await all<{ s: string | null }>(tx, `SELECT slug AS s FROM "${table}" WHERE tenant_id = ?`, [tenant])
  return new Set(rows.flatMap((r) => (r.s === null ? [] : [r.s])))
}
const freeSlug = (taken: Set<string>, base: string): string => {
  let slug = base
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`
  taken.add(slug)
  return slug
}

/** The seed's demo content generator, with a seed of its own so bench items differ from demo items. */
const contentFor = (c: Commune, now: Date, scale: number, salt: string): DemoContent =>
  buildDemoContent({
    commune: { name: c.name, slug: c.slug, code: `${c.code}:${salt}`, districtName: c.districtName, type: c.type },
    now,
    scale,
  })

const postData = (p: DemoPost) => ({
  title: bench(p.title),
  excerpt: p.excerpt,
  content: p.content,
  coverImage: null,
  featured: p.featured,
  genre: p.genre,
  origin: p.origin,
  source: p.source ?? null,
  reviewComment: null,
  demo: true,
})

const postArrays = (p: DemoPost) => ({
  authors: p.authors.map((a) => ({ name: a.name, user: null, share: a.share })),
  photographers: p.photographers.map((a) => ({ name: a.name })),
})

// ---------------------------------------------------------------------------------------------
// seedBenchContent
// ---------------------------------------------------------------------------------------------

/**
 * Pages every site has whatever its content (sites/src/pages): home, 404, introduction, site
 * map, organisation, the announcements, documents, disclosures, procedures, questions, access
 * to information, spokesperson, contact and search pages. The 14 disclosure category pages
 * are not counted: they are the margin, with the second pages of category lists.
 */
const FIXED_PAGES = 14

/**
 * How many posts, announcements and documents give a commune at least `pages` pages: a page
 * per item, the news list pages (10 posts per page), a list page per category and the fixed
 * pages. A commune with this content has about 15% more pages than asked (see FIXED_PAGES).
 */
export const benchPlan = (pages: number) => {
  const announcements = Math.max(1, Math.round(pages * 0.08))
  const documents = Math.max(1, Math.round(pages * 0.12))
  let posts = 0
  while (posts + Math.ceil(posts / 10) + NEWS_CATEGORIES.length + announcements + documents + FIXED_PAGES < pages)
    posts++
  return { posts, announcements, documents }
}

/** Where one group of communes' rows go: the transaction, the rows to insert, the next ids. */
type Batch = { tx: Tx; rows: Rows; ids: IdCounters }

const stamp = (ms: number) => ({ createdAt: iso(ms - 30 * MINUTE), updatedAt: iso(ms) })
const LIVE = { workflowStatus: 'published', _status: 'published' } as const

/** The five benchmark categories of a commune ("[Bench] …"), keyed by the demo category's slug; null when it has them. */
const addBenchCategories = async (b: Batch, c: Commune, content: DemoContent, nowMs: number) => {
  const taken = await takenSlugs(b.tx, 'categories', c.id)
  const categories = content.categories.map((cat) => ({
    ...cat,
    name: bench(cat.name),
    slug: slugify(bench(cat.name)),
  }))
  if (categories.some((cat) => taken.has(cat.slug))) return null
  const categoryId = new Map<string, number>()
  categories.forEach((cat, order) => {
    const id = b.ids.categories!++
    b.rows.add('categories', {
      id,
      tenant: c.id,
      name: cat.name,
      slug: cat.slug,
      description: cat.description,
      order,
      createdBy: c.editor,
      demo: true,
      ...stamp(nowMs - 400 * DAY),
    })
    categoryId.set(content.categories[order]!.slug, id)
  })
  return categoryId
}

/** A post's category relationships, to the categories the commune has. */
const categoryRels = (p: DemoPost, categoryId: Map<string, number>) =>
  p.categorySlugs.flatMap((s) =>
    categoryId.has(s) ? [{ path: 'categories', column: 'categoriesID', id: categoryId.get(s)! }] : [],
  )

const addBenchPosts = async (b: Batch, c: Commune, posts: DemoPost[], categoryId: Map<string, number>) => {
  const slugs = await takenSlugs(b.tx, 'posts', c.id)
  // Oldest first, so ids grow with time as they do on a real site.
  for (const p of [...posts].reverse())
    addVersionedDoc(
      b.rows,
      b.ids,
      'posts',
      {
        tenant: c.id,
        ...postData(p),
        slug: freeSlug(slugs, p.slug),
        publishedAt: p.publishedAt,
        firstPublishedAt: p.publishedAt,
        createdBy: c.editor,
        ...stamp(Date.parse(p.publishedAt)),
        ...LIVE,
      },
      { arrays: postArrays(p), rels: categoryRels(p, categoryId) },
    )
}

const addBenchAnnouncements = async (b: Batch, c: Commune, announcements: DemoContent['announcements']) => {
  const slugs = await takenSlugs(b.tx, 'announcements', c.id)
  for (const a of [...announcements].reverse())
    addVersionedDoc(b.rows, b.ids, 'announcements', {
      tenant: c.id,
      title: bench(a.title),
      slug: freeSlug(slugs, a.slug),
      content: a.content,
      urgency: a.urgency,
      validFrom: a.validFrom,
      validUntil: a.validUntil,
      publishedAt: a.validFrom,
      firstPublishedAt: a.validFrom,
      reviewComment: null,
      createdBy: c.editor,
      demo: true,
      ...stamp(Date.parse(a.validFrom)),
      ...LIVE,
    })
}

const addBenchDocuments = async (b: Batch, c: Commune, documents: DemoContent['documents']) => {
  const slugs = await takenSlugs(b.tx, 'documents', c.id)
  for (const d of [...documents].reverse())
    addVersionedDoc(b.rows, b.ids, 'documents', {
      tenant: c.id,
      number: d.number,
      title: bench(d.title),
      slug: freeSlug(slugs, d.slug),
      docType: d.docType,
      field: d.field,
      issuer: d.issuer,
      signer_name: d.signer.name,
      signer_position: d.signer.position,
      issueDate: d.issueDate,
      effectiveDate: d.effectiveDate,
      summary: d.summary,
      reviewComment: null,
      createdBy: c.editor,
      demo: true,
      ...stamp(Date.parse(d.issueDate)),
      // What the server stamps when an item first goes live (the delete rules read it).
      firstPublishedAt: iso(Date.parse(d.issueDate)),
      ...LIVE,
    })
}

/** One commune's benchmark content, unless it has it already. */
const addBenchContent = async (b: Batch, c: Commune, plan: ReturnType<typeof benchPlan>, now: Date) => {
  // The generator makes 20 posts, 5 announcements and 10 documents per unit of scale.
  const scale = Math.max(plan.posts / 20, plan.announcements / 5, plan.documents / 10)
  const content = contentFor(c, now, scale, 'bench')
  const categoryId = await addBenchCategories(b, c, content, now.getTime())
  if (!categoryId) return
  await addBenchPosts(b, c, content.posts.slice(0, plan.posts), categoryId)
  await addBenchAnnouncements(b, c, content.announcements.slice(0, plan.announcements))
  await addBenchDocuments(b, c, content.documents.slice(0, plan.documents))
}

const BENCH_TABLES = [
  'categories',
  'posts',
  '_posts_v',
  'announcements',
  '_announcements_v',
  'documents',
  '_documents_v',
]

/**
 * Gives every commune published benchmark content: five categories, news posts in them,
 * announcements and documents, enough for at least `perCommune` pages on its site. A commune
 * that already has the benchmark categories is left as it is, so a second run adds nothing.
 */
export async function seedBenchContent(
  payload: Payload,
  { perCommune = 150, log = () => {}, now = new Date() }: { perCommune?: number; log?: Log; now?: Date } = {},
): Promise<{ communes: number; documents: number; seconds: number }> {
  const started = performance.now()
  const adapter = sqliteOf(payload)
  const communes = await loadCommunes(payload)
  const plan = benchPlan(perCommune)
  let documents = 0
  for (let g = 0; g < communes.length; g += COMMUNES_PER_TRANSACTION) {
    const group = communes.slice(g, g + COMMUNES_PER_TRANSACTION)
    documents += await writeTransaction(adapter, async (tx) => {
      const b: Batch = { tx, rows: new Rows(), ids: await allocate(tx, BENCH_TABLES) }
      for (const c of group) await addBenchContent(b, c, plan, now)
      await b.rows.insert(adapter, tx)
      const { rows } = b
      return rows.count('categories') + rows.count('posts') + rows.count('announcements') + rows.count('documents')
    })
    log(
      `bench content: ${Math.min(g + COMMUNES_PER_TRANSACTION, communes.length)}/${communes.length} communes (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
  }
  return { communes: communes.length, documents, seconds: (performance.now() - started) / 1000 }
}

// ---------------------------------------------------------------------------------------------
// topUpPosts
// ---------------------------------------------------------------------------------------------

/** Editorial states of a commune's archive: mostly live, a few in the workflow. */
const STATES = [
  { share: 0.88, workflowStatus: 'published', _status: 'published' },
  { share: 0.05, workflowStatus: 'draft', _status: 'draft' },
  { share: 0.03, workflowStatus: 'submitted', _status: 'draft' },
  {
    share: 0.02,
    workflowStatus: 'returned',
    _status: 'draft',
    reviewComment: 'Đề nghị bổ sung số liệu và ảnh minh họa.',
  },
  { share: 0.02, workflowStatus: 'archived', _status: 'draft' },
] as const
const stateFor = (x: number) => {
  let acc = 0
  for (const s of STATES) {
    acc += s.share
    if (x < acc) return s
  }
  return STATES[0]
}

/** A small seeded PRNG (mulberry32): the same commune always gets the same archive. */
const rngFor = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ARCHIVE_SPAN = 5 * 365 * DAY

/** The commune's bench categories if it has them, else its demo ones of the same name, keyed by the demo slug. */
const archiveCategories = async (tx: Tx, c: Commune): Promise<Map<string, number>> => {
  const categories = await all<{ id: number; slug: string }>(
    tx,
    'SELECT id, slug FROM categories WHERE tenant_id = ?',
    [c.id],
  )
  const categoryId = new Map<string, number>()
  for (const cat of categories) {
    const demoSlug = cat.slug.replace(/^bench-/u, '')
    if (cat.slug.startsWith('bench-') || !categoryId.has(demoSlug)) categoryId.set(demoSlug, cat.id)
  }
  return categoryId
}

type ArchiveItem = { base: DemoPost; state: (typeof STATES)[number]; at: number }

/** When each archived post was written: drafts are recent work; live and archived items are spread over five years. */
const archiveItems = (pool: DemoPost[], missing: number, random: () => number, nowMs: number): ArchiveItem[] =>
  Array.from({ length: missing }, (_, i) => {
    const state = stateFor(random())
    const at =
      state._status === 'published' || state.workflowStatus === 'archived'
        ? nowMs - DAY - random() * ARCHIVE_SPAN
        : nowMs - random() * 30 * DAY
    return { base: pool[i % pool.length]!, state, at: Math.floor(at) }
  }).sort((a, b) => a.at - b.at)

/** Adds the posts a commune lacks to reach `perCommune`; how many. */
const addArchive = async (b: Batch, c: Commune, perCommune: number, now: Date): Promise<number> => {
  const existing = await one<{ n: number }>(b.tx, 'SELECT COUNT(*) AS n FROM posts WHERE tenant_id = ?', [c.id])
  const missing = perCommune - Number(existing.n)
  if (missing <= 0) return 0
  const nowMs = now.getTime()
  const pool = contentFor(c, now, 5, 'archive').posts
  const slugs = await takenSlugs(b.tx, 'posts', c.id)
  const categoryId = await archiveCategories(b.tx, c)
  const random = rngFor(c.id * 7919 + 17)
  for (const { base, state, at } of archiveItems(pool, missing, random, nowMs)) {
    const published = state._status === 'published' || state.workflowStatus === 'archived'
    addVersionedDoc(
      b.rows,
      b.ids,
      'posts',
      {
        tenant: c.id,
        ...postData(base),
        featured: false,
        slug: freeSlug(slugs, base.slug),
        publishedAt: published ? iso(at) : null,
        firstPublishedAt: published ? iso(at) : null,
        workflowStatus: state.workflowStatus,
        reviewComment: 'reviewComment' in state ? state.reviewComment : null,
        _status: state._status,
        createdBy: c.editor,
        createdAt: iso(at - Math.floor(random() * 240 + 5) * MINUTE),
        updatedAt: iso(Math.min(nowMs, at + Math.floor(random() * 60) * MINUTE)),
      },
      { arrays: postArrays(base), rels: categoryRels(base, categoryId) },
    )
  }
  return missing
}

/**
 * Brings every commune to `perCommune` posts in the database (the CMS list measurement wants
 * 1,000 each): an archive spread over the last five years, mostly published, some drafts,
 * submissions, returned and archived items. Recurring stories come back year after year, as
 * they do on commune sites (the harvest, Tết, the flood season), each with a slug of its own.
 * The published ones are live content: a site built after the top-up has about 900 posts.
 */
export async function topUpPosts(
  payload: Payload,
  { perCommune = 1000, log = () => {}, now = new Date() }: { perCommune?: number; log?: Log; now?: Date } = {},
): Promise<{ posts: number; seconds: number }> {
  const started = performance.now()
  const adapter = sqliteOf(payload)
  const communes = await loadCommunes(payload)
  let posts = 0
  for (let g = 0; g < communes.length; g += COMMUNES_PER_TRANSACTION) {
    const group = communes.slice(g, g + COMMUNES_PER_TRANSACTION)
    posts += await writeTransaction(adapter, async (tx) => {
      const b: Batch = { tx, rows: new Rows(), ids: await allocate(tx, ['posts', '_posts_v']) }
      let added = 0
      for (const c of group) added += await addArchive(b, c, perCommune, now)
      await b.rows.insert(adapter, tx)
      return added
    })
    log(
      `posts top-up: ${Math.min(g + COMMUNES_PER_TRANSACTION, communes.length)}/${communes.length} communes (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
  }
  return { posts, seconds: (performance.now() - started) / 1000 }
}
