/**
 * One commune's demo content written as rows, a few statements per table in one transaction,
 * instead of ~540 statements through Payload's Local API (issue 16: the seed's time was Payload
 * building, preparing and reading back every statement). The rows are those Payload's writes
 * store, hooks included (bulk-rows.ts; the hooks that fill fields are applied below), which
 * tests/int/demo-bulk-write.int.spec.ts proves by writing one content both ways and comparing
 * every row and file. SQLite only: on MongoDB the seed goes through Payload.
 */
import fs from 'node:fs'
import path from 'node:path'
import { eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { computeOnTime } from '../cms/collections/Disclosures/hooks'
import { mediaIdsIn } from '../cms/features/media-visibility/references'
import { isPublished, mediaSourceOf } from '../cms/features/media-visibility/refresh'
import {
  announcementData,
  categoryUpdateData,
  disclosureData,
  documentData,
  documentFileData,
  documentFileName,
  officialData,
  type Owner,
  ownerOf,
  pageUpdateData,
  postData,
  procedureData,
  questionData,
  type DemoSeedInput,
} from './content-data'
import type { DemoContent } from './demo-content'
import { makeDemoPdf } from './demo-files'
import { collectionConfig, documentRows, type Row, type TableRows } from './bulk-rows'
import { demoImageRows, hasImageTemplate } from './bulk-images'

type Drizzle = {
  select: (fields?: unknown) => { from: (table: unknown) => { where: (w: unknown) => Promise<Row[]> } }
  insert: (table: unknown) => { values: (rows: Row[]) => unknown }
  update: (table: unknown) => { set: (row: Row) => { where: (w: unknown) => unknown } }
  batch: (queries: unknown[]) => Promise<unknown>
  get: (query: unknown) => Promise<Row | undefined>
}
type Tables = Record<string, Record<string, unknown>>

const drizzleOf = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle
const tablesOf = (payload: Payload) => (payload.db as unknown as { tables: Tables }).tables

/** Where the uploads are stored. */
export const mediaDirOf = (payload: Payload) => payload.collections.media.config.upload.staticDir as string

/** Whether the database takes the demo content as rows (SQLite); MongoDB goes through Payload. */
export const canBulkWrite = (payload: Payload): boolean => payload.db.name === 'sqlite'

/** Hands out the next IDs of each table, from its largest at the start (SQLite's own rule for rowids). */
const idAllocator = async (payload: Payload) => {
  const db = drizzleOf(payload)
  const next = new Map<string, number>()
  return async (table: string): Promise<number> => {
    let id = next.get(table)
    if (id === undefined) {
      const found = await db.get(sql.raw(`select coalesce(max(id), 0) as m from "${table}"`))
      id = Number(found?.m ?? 0) + 1
    }
    next.set(table, id + 1)
    return id
  }
}

/** A commune's rows of a collection by slug, as Payload reads them. */
const docsBySlug = async (payload: Payload, collection: 'categories' | 'pages', tenant: number) => {
  const found = await payload.find({
    collection,
    where: { tenant: { equals: tenant } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(found.docs.map((d) => [d.slug ?? '', d as unknown as Row & { id: number }]))
}

type Ctx = {
  payload: Payload
  input: DemoSeedInput
  owner: Owner
  rows: TableRows
  nextId: (table: string) => Promise<number>
  now: string
  /** Media used by published items, which the media-visibility feature's hook marks public. */
  publicMedia: Set<number>
}

/** A new document and its first version; the server-filled fields as Payload's hooks fill them. */
const addDocument = async (ctx: Ctx, collection: string, data: Row): Promise<number> => {
  const id = await ctx.nextId(collection)
  const config = collectionConfig(ctx.payload, collection)!
  const versioned = Boolean(config.versions)
  const doc: Row & { id: number } = { ...data, id, createdAt: ctx.now, updatedAt: ctx.now }
  if (config.flattenedFields.some((f) => f.name === 'firstPublishedAt'))
    doc.firstPublishedAt = doc._status === 'published' ? ctx.now : null
  if (collection === 'disclosures')
    await computeOnTime({ data: doc, req: { payload: ctx.payload }, operation: 'create' } as never)
  const version = versioned ? { id: await ctx.nextId(`_${collection}_v`), now: ctx.now } : null
  documentRows(ctx.payload, ctx.rows, collection, doc, version)
  // The media-visibility feature's own rule: files a published item uses are public.
  const source = mediaSourceOf(config)
  if (source && isPublished(source, doc))
    for (const used of mediaIdsIn(source.fields, doc)) ctx.publicMedia.add(Number(used))
  return id
}

/** The PDFs of the documents, and the documents. */
const addDocuments = async (ctx: Ctx, content: DemoContent, mediaDir: string) => {
  for (const d of content.documents) {
    const pdf = makeDemoPdf(d.pdfTitleLines)
    const filename = documentFileName(ctx.input.commune.slug, d)
    await fs.promises.writeFile(path.join(mediaDir, filename), pdf)
    const fileId = await addDocument(ctx, 'media', {
      ...documentFileData(ctx.owner, d),
      filename,
      mimeType: 'application/pdf',
      filesize: pdf.length,
      url: `/api/media/file/${filename}`,
      public: false,
    })
    await addDocument(ctx, 'documents', documentData(ctx.owner, d, fileId))
  }
}

/** Updates of the template's pages and categories: Payload's update, a new latest version for a page. */
const updateTemplate = async (ctx: Ctx, content: DemoContent, pages: Map<string, Row & { id: number }>) => {
  const queries: unknown[] = []
  const db = drizzleOf(ctx.payload)
  const tables = tablesOf(ctx.payload)
  for (const p of content.pages) {
    const page = pages.get(p.slug)!
    const doc = { ...page, ...pageUpdateData(p), updatedAt: ctx.now }
    const versionId = await ctx.nextId('_pages_v')
    const updated = new Map() as TableRows
    const main = documentRows(ctx.payload, updated, 'pages', doc, { id: versionId, now: ctx.now })
    queries.push(
      db
        .update(tables.pages)
        .set(main)
        .where(eq(tables.pages!.id as never, page.id)),
    )
    queries.push(
      db
        .update(tables._pages_v)
        .set({ latest: false })
        .where(sql`${tables._pages_v!.parent} = ${page.id} and ${tables._pages_v!.id} != ${versionId}`),
    )
    for (const [table, list] of updated)
      if (table !== 'pages') ctx.rows.set(table, [...(ctx.rows.get(table) ?? []), ...list])
  }
  return queries
}

const categoryUpdates = (ctx: Ctx, content: DemoContent, categories: Map<string, Row & { id: number }>) => {
  const db = drizzleOf(ctx.payload)
  const table = tablesOf(ctx.payload).categories!
  return content.categories.map((c, order) =>
    db
      .update(table)
      .set({ ...categoryUpdateData(c, order), updatedAt: ctx.now })
      .where(eq(table.id as never, categories.get(c.slug)!.id)),
  )
}

/** The template's categories and pages of the commune, which the content updates. */
type Template = { categories: Map<string, Row & { id: number }>; pages: Map<string, Row & { id: number }> }

/** Builds every row and update of the content, then writes them in one transaction. */
const writeOnce = async (payload: Payload, input: DemoSeedInput, content: DemoContent, template: Template) => {
  const ctx: Ctx = {
    payload,
    input,
    owner: ownerOf(input),
    rows: new Map(),
    nextId: await idAllocator(payload),
    now: new Date().toISOString(),
    publicMedia: new Set(),
  }
  const mediaDir = mediaDirOf(payload)
  await fs.promises.mkdir(mediaDir, { recursive: true })
  const images = await demoImageRows(input, ctx.owner, mediaDir, (data) => addDocument(ctx, 'media', data))
  const categoryIds = new Map([...template.categories].map(([slug, c]) => [slug, c.id]))
  for (const [i, p] of content.posts.entries())
    await addDocument(ctx, 'posts', postData(ctx.owner, p, i, categoryIds, images))
  for (const a of content.announcements) await addDocument(ctx, 'announcements', announcementData(ctx.owner, a))
  await addDocuments(ctx, content, mediaDir)
  for (const o of content.officials) await addDocument(ctx, 'officials', officialData(ctx.owner, o))
  for (const d of content.disclosures) await addDocument(ctx, 'disclosures', disclosureData(ctx.owner, d))
  for (const p of content.procedures) await addDocument(ctx, 'procedures', procedureData(ctx.owner, p))
  for (const q of content.questions) await addDocument(ctx, 'questions', questionData(ctx.owner, q))
  const updates = [
    ...(await updateTemplate(ctx, content, template.pages)),
    ...categoryUpdates(ctx, content, template.categories),
  ]
  for (const row of ctx.rows.get('media') ?? []) row.public = ctx.publicMedia.has(row.id as number)
  await insertAll(payload, ctx.rows, updates)
}

/** Another writer (a person in the admin during `npm start`) took an ID handed out here. */
export const idTaken = (err: unknown): boolean =>
  /PRIMARYKEY|PRIMARY KEY/.test(
    `${(err as Error)?.message} ${String((err as { code?: unknown })?.code)} ${(err as { cause?: Error })?.cause?.message ?? ''}`,
  )

/**
 * Writes `content` into the commune of `input` as rows; false (nothing written) when the run
 * has no picture template yet, or the commune lacks a template page or category the content
 * updates (only Payload's path creates them). The IDs are handed out before the transaction:
 * when another writer took one meanwhile, the transaction fails whole and is built again.
 */
export const bulkWriteContent = async (
  payload: Payload,
  input: DemoSeedInput,
  content: DemoContent,
): Promise<boolean> => {
  if (!hasImageTemplate()) return false
  const tenant = input.commune.id as number
  const [categories, pages] = await Promise.all([
    docsBySlug(payload, 'categories', tenant),
    docsBySlug(payload, 'pages', tenant),
  ])
  if (content.categories.some((c) => !categories.has(c.slug)) || content.pages.some((p) => !pages.has(p.slug)))
    return false
  for (let attempt = 1; ; attempt++) {
    try {
      await writeOnce(payload, input, content, { categories, pages })
      return true
    } catch (err) {
      if (attempt >= 3 || !idTaken(err)) throw err
    }
  }
}

/** Every row in one transaction, parents before the rows that point at them; then the updates. */
const insertAll = async (payload: Payload, rows: TableRows, updates: unknown[]) => {
  const db = drizzleOf(payload)
  const tables = tablesOf(payload)
  const queries: unknown[] = []
  for (const [name, list] of rows) {
    const table = tables[name]
    if (!table) throw new Error(`bulk write: no table ${name}`)
    // SQLite takes at most 32,766 values per statement: the widest demo rows have ~40 columns.
    for (let i = 0; i < list.length; i += 200) queries.push(db.insert(table).values(list.slice(i, i + 200)))
  }
  await db.batch([...queries, ...updates])
}
