import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SeedCommune, SeedUnits } from '../../cms/features/provisioning/units'
import type { DemoContent } from '../../demo/demo-content'
import type { DemoSeedInput } from '../../demo/demo-seed'
import {
  changedRows,
  type CommuneRows,
  type CommuneSchema,
  communeSchema,
  readCommuneRows,
  renamer,
  type Row,
  rowsOf,
  type SqlClient,
} from '../support/commune-rows'
import { startLocalPayload } from '../support/local-payload'

/**
 * The demo seed's fast path stores exactly what its Payload path stores. The bulk writer
 * (demo/bulk-write.ts) writes a commune's demo content as raw SQL rows, bypassing Payload's
 * hooks, so nothing but this comparison keeps it in step with the collections. On a fresh
 * database with two provisioned communes, one DemoContent (built for commune A) is written to A
 * through Payload's Local API and to B by bulkWriteContent (called itself: writeDemoContent's
 * 'bulk' falls back to Payload when it declines); then every row the writes produced or changed,
 * in every table whose rows belong to a commune (found from the schema: tenant_id,
 * version_tenant_id, and child tables through parent_id / _parent_id), must be the same once
 * IDs are ranks, users are emails, the run's timestamps are NOW and B's slug and name are A's.
 * The uploaded files must be the same bytes under the same names, and no other table may grow
 * differently. To check the comparison itself, write B through Payload too: it must pass.
 */
const NOW = new Date('2026-06-15T03:00:00Z')
/**
 * The Payload path uploads the pictures and the PDFs side by side (demo/demo-seed.ts
 * writeContent): their IDs interleave differently from run to run, so media rows are told
 * apart by file name; every other table's rows by the order of their IDs.
 */
const RANK_BY = { media: 'filename' }
/** The content tables each write must fill: the test cannot pass on two empty writes. */
const REQUIRED = [
  'posts',
  '_posts_v',
  'posts_rels',
  'posts_authors',
  'media',
  'documents',
  'documents_rels',
  '_documents_v',
  'disclosures',
  '_disclosures_v',
  'announcements',
  '_announcements_v',
  'officials',
  'procedures',
  'questions',
  'pages',
  '_pages_v',
  'categories',
]

/** The first `n` communes of the units list, and their districts. */
const firstCommunes = async (n: number): Promise<SeedUnits> => {
  const { loadSeedUnits } = await import('../../cms/features/provisioning/units')
  const all = loadSeedUnits()
  const communes = all.communes.slice(0, n)
  return { ...all, districts: all.districts.filter((d) => communes.some((c) => c.districtCode === d.code)), communes }
}

/** What the seed hands the content writer for a provisioned commune (demo/index.ts contentSeeder). */
const seedInput = async (payload: Payload, units: SeedUnits, c: SeedCommune): Promise<DemoSeedInput> => {
  const { communeTypeValue } = await import('../../cms/features/provisioning/units')
  const { demoEmail } = await import('../../demo/accounts')
  const found = await payload.find({ collection: 'communes', where: { slug: { equals: c.slug } }, depth: 0, limit: 1 })
  const emails = {
    chief: demoEmail.chief(c.slug),
    editor: demoEmail.editor(c.slug),
    contributor: demoEmail.contributor(c.slug),
  }
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: Object.values(emails) } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const id = (email: string) => users.docs.find((u) => u.email === email)?.id
  return {
    commune: {
      id: found.docs[0].id,
      name: c.name,
      slug: c.slug,
      code: c.code,
      districtName: units.districts.find((d) => d.code === c.districtCode)?.name ?? '',
      type: communeTypeValue(c.type),
    },
    users: { chief: id(emails.chief), editor: id(emails.editor), contributor: id(emails.contributor) },
    scale: 1,
    now: NOW,
  }
}

/** A commune's name without its type: "Mỹ Bình" for "Phường Mỹ Bình". */
const bareName = (c: SeedCommune) => (c.name.startsWith(`${c.type} `) ? c.name.slice(c.type.length + 1) : c.name)

/** Rows per table of the whole database. */
const tableCounts = async (client: SqlClient): Promise<Record<string, number>> => {
  const tables = await rowsOf(
    client,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables)
    counts[String(name)] = Number((await rowsOf(client, `SELECT count(*) AS n FROM "${name}"`))[0].n)
  return counts
}

const growth = (from: Record<string, number>, to: Record<string, number>) =>
  Object.fromEntries(Object.keys(to).map((t) => [t, to[t] - (from[t] ?? 0)]))

/** The sha256 of each upload of a commune (files named after its slug), by name with the slug renamed. */
const mediaFiles = (dir: string, slug: string, others: string[], rename: (text: string) => string) => {
  const mine = (name: string) =>
    name.startsWith(`${slug}-`) && !others.some((o) => o.length > slug.length && name.startsWith(`${o}-`))
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(dir).filter(mine).sort())
    files[rename(name)] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(dir, name)))
      .digest('hex')
  return files
}

/** The run: A written through Payload, B in bulk, and the rows and counts around the writes. */
type Run = {
  client: SqlClient
  schema: CommuneSchema
  units: SeedUnits
  a: DemoSeedInput
  b: DemoSeedInput
  rows: Record<'a' | 'b', Record<'before' | 'after', CommuneRows>>
  counts: Record<'start' | 'a' | 'b', Record<string, number>>
  window: { from: Date; to: Date }
}

/** Provisions the first two communes, then writes one commune's demo content to both, each its own way. */
const writeBoth = async (payload: Payload, from: Date): Promise<Run> => {
  const units = await firstCommunes(2)
  const { seed } = await import('../../demo')
  await seed(payload, { scale: 0, units, now: NOW, log: () => {} })
  const a = await seedInput(payload, units, units.communes[0])
  const b = await seedInput(payload, units, units.communes[1])
  const client = (payload.db as unknown as { client: SqlClient }).client
  const schema = await communeSchema(client)
  const read = (input: DemoSeedInput) => readCommuneRows(client, schema, input.commune.id as number)
  const before = { a: await read(a), b: await read(b) }
  const { buildDemoContent } = await import('../../demo/demo-content')
  const { writeDemoContent } = await import('../../demo/demo-seed')
  const content: DemoContent = buildDemoContent({ commune: a.commune, now: NOW, scale: 1 })
  const start = await tableCounts(client)
  await writeDemoContent(payload, a, content, 'payload')
  const afterA = await tableCounts(client)
  // The bulk writer itself, not writeDemoContent(..., 'bulk'), which falls back to Payload when it declines.
  const { bulkWriteContent } = await import('../../demo/bulk-write')
  if ((await bulkWriteContent(payload, b, content)) === false)
    throw new Error(`bulkWriteContent declined ${b.commune.slug}: the Payload path would be compared with itself`)
  const afterB = await tableCounts(client)
  const rows = { a: { before: before.a, after: await read(a) }, b: { before: before.b, after: await read(b) } }
  return {
    client,
    schema,
    units,
    a,
    b,
    rows,
    counts: { start, a: afterA, b: afterB },
    window: { from, to: new Date() },
  }
}

/**
 * B's slug and name as A's: file names, alt texts, emails carry them, and the template pages
 * the name without its type ("phường Mỹ Long").
 */
const renameOf = ({ a, b, units }: Run) =>
  renamer([
    [b.commune.slug, a.commune.slug],
    [b.commune.name, a.commune.name],
    [bareName(units.communes[1]), bareName(units.communes[0])],
  ])

/** What each write produced or changed in its commune, normalised. */
const changesOf = async (run: Run): Promise<Record<'a' | 'b', Record<string, Row[]>>> => {
  const users = await rowsOf(run.client, 'SELECT id, email FROM users')
  const emails = new Map(users.map((u) => [Number(u.id), String(u.email)]))
  const of = (side: 'a' | 'b') =>
    changedRows(run.schema, run.rows[side].before, run.rows[side].after, {
      communeId: run[side].commune.id as number,
      emails,
      rename: renameOf(run),
      window: run.window,
      rankBy: RANK_BY,
    })
  return { a: of('a'), b: of('b') }
}

const report = (run: Run, changes: Record<'a' | 'b', Record<string, Row[]>>) =>
  [
    `Compared ${run.schema.tables.length} tables (rows written or changed in A / B):`,
    ...run.schema.tables.map((t) => `  ${t.name}: ${changes.a[t.name].length} / ${changes.b[t.name].length}`),
    'Not compared:',
    ...run.schema.skipped.map((s) => `  ${s.name} (${s.reason})`),
  ].join('\n')

describe('demo content written in bulk (SQL rows) and through Payload', () => {
  let local: Awaited<ReturnType<typeof startLocalPayload>> | undefined
  let run: Run
  let changes: Promise<Record<'a' | 'b', Record<string, Row[]>>> | undefined
  const changed = () => (changes ??= changesOf(run))

  beforeAll(async () => {
    const from = new Date()
    local = await startLocalPayload()
    run = await writeBoth(local.payload, from)
  })
  afterAll(async () => local?.stop())

  it('starts from two communes provisioned alike', () => {
    const sizes = (r: CommuneRows) => Object.fromEntries([...r].map(([t, list]) => [t, list.length]))
    expect(sizes(run.rows.b.before)).toEqual(sizes(run.rows.a.before))
  })

  it('writes rows into every content table, on both sides', async () => {
    const { a, b } = await changed()
    console.log(report(run, { a, b }))
    expect(run.schema.tables.map((t) => t.name)).toEqual(expect.arrayContaining(REQUIRED))
    for (const table of REQUIRED) {
      expect(a[table].length, `rows the Payload path wrote to ${table}`).toBeGreaterThan(0)
      expect(b[table].length, `rows the bulk path wrote to ${table}`).toBeGreaterThan(0)
    }
  })

  it('stores the same rows, table by table', async () => {
    const { a, b } = await changed()
    for (const { name } of run.schema.tables)
      expect.soft(b[name], `${name}: rows the bulk path wrote, against the Payload path`).toEqual(a[name])
  })

  it('adds as many rows to every table of the database', () => {
    expect(growth(run.counts.a, run.counts.b)).toEqual(growth(run.counts.start, run.counts.a))
  })

  it('stores the same media files, byte for byte', () => {
    const dir = path.join(local!.dataDir, 'media')
    const { a, b } = run
    const slugs = [a.commune.slug, b.commune.slug]
    const ofA = mediaFiles(dir, a.commune.slug, slugs, renameOf(run))
    const ofB = mediaFiles(dir, b.commune.slug, slugs, renameOf(run))
    expect(Object.keys(ofA).filter((n) => n.endsWith('.pdf')).length, 'PDFs of A').toBeGreaterThan(0)
    expect(Object.keys(ofA).filter((n) => n.endsWith('.jpg')).length, 'pictures of A').toBeGreaterThan(0)
    expect(ofB, 'uploads of B (bulk), against those of A (Payload)').toEqual(ofA)
  })

  it('tells an ID another writer took from any other failure (it rebuilds the transaction only then)', async () => {
    const { idTaken } = await import('../../demo/bulk-write')
    const failureOf = (sql: string) =>
      run.client.execute({ sql, args: [] }).then(
        () => null,
        (err: unknown) => err,
      )
    const taken = await failureOf(
      'INSERT INTO posts (id, tenant_id, title) SELECT id, tenant_id, title FROM posts LIMIT 1',
    )
    expect(taken, 'a second row with a post ID').not.toBeNull()
    expect(idTaken(taken)).toBe(true)
    const other = await failureOf(
      'INSERT INTO posts (id, tenant_id, title, slug) SELECT id + 100000, tenant_id, title, slug FROM posts LIMIT 1',
    )
    expect(other, 'a second post with the same slug in its commune').not.toBeNull()
    expect(idTaken(other)).toBe(false)
  })
})
