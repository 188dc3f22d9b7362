import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { commitTogether } from '../cms/features/provisioning/commit-together'
import {
  buildDemoContent,
  type DemoAnnouncement,
  type DemoCategory,
  type DemoContent,
  type DemoDisclosure,
  type DemoDocument,
  type DemoOfficial,
  type DemoPage,
  type DemoPost,
  type DemoProcedure,
  type DemoQuestion,
} from './demo-content'
import {
  announcementData,
  categoryUpdateData,
  disclosureData,
  documentData,
  documentFileData,
  documentFileName,
  type DemoSeedInput,
  demoImages,
  imageData,
  imageFileName,
  officialData,
  type Owner,
  ownerOf,
  pageUpdateData,
  postData,
  procedureData,
  questionData,
} from './content-data'
import { makeDemoPdf } from './demo-files'
import { withTransaction } from './transaction'
import { hasImageTemplate, learnImageTemplate } from './bulk-images'
import { bulkWriteContent, canBulkWrite, mediaDirOf } from './bulk-write'

export type { DemoSeedInput }

/** Where one commune's demo content is written, and by whom. */
type Writer = {
  payload: Payload
  input: DemoSeedInput
  /** The commune, its editor (the author of the demo content) and its contributor. */
  owner: Owner
  base: { overrideAccess: true; depth: 0; req: PayloadRequest; context: Record<string, unknown> }
}

/**
 * Writes one commune's demo content, its writes committed together (and in one transaction
 * where the database has them: all or nothing if interrupted). Returns false when the commune
 * already has content.
 */
export const seedDemoContent = async (payload: Payload, input: DemoSeedInput): Promise<boolean> => {
  const tenant = input.commune.id as number
  const already = await payload.count({
    collection: 'posts',
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
  })
  if (already.totalDocs > 0) return false

  const content = buildDemoContent({ commune: input.commune, now: input.now, scale: input.scale })
  try {
    await writeDemoContent(payload, input, content, canBulkWrite(payload) ? 'bulk' : 'payload')
  } catch (err) {
    throw new Error(`Demo content for commune ${input.commune.slug} failed: ${(err as Error).message}`, { cause: err })
  }
  return true
}

/**
 * Writes `content` into the commune of `input`: through Payload's Local API, one document at a
 * time with every hook ('payload', any database), or as the rows those writes store, a few
 * statements per table ('bulk', SQLite: demo/bulk-write.ts, proven equal by
 * tests/int/demo-bulk-write.int.spec.ts). Says which path wrote it: 'bulk' falls back to
 * Payload when the bulk write declines (bulkWriteContent).
 */
export const writeDemoContent = async (
  payload: Payload,
  input: DemoSeedInput,
  content: DemoContent,
  via: 'payload' | 'bulk',
): Promise<'payload' | 'bulk'> => {
  if (via === 'bulk' && (await bulkWriteContent(payload, input, content))) return 'bulk'
  await commitTogether(payload, () =>
    withTransaction(payload, (req) => writeContent({ payload, input, ...writerOf(input, req) }, content)),
  )
  // The first commune Payload writes gives the bulk write its pictures (bulk-images.ts).
  if (canBulkWrite(payload) && !hasImageTemplate()) await learnImageTemplate(payload, input, mediaDirOf(payload))
  return 'payload'
}

const writerOf = (input: DemoSeedInput, req: PayloadRequest): Pick<Writer, 'owner' | 'base'> => ({
  owner: ownerOf(input),
  base: { overrideAccess: true, depth: 0, req, context: { skipAudit: true, skipSiteBuild: true } },
})

/**
 * The pictures are checked and resized on Node's thread pool (sharp) while the items that need
 * none are written; the news items, which show them, come once they are stored. Both finish
 * before a failure of either is reported: nothing is left writing behind it.
 */
const writeContent = async (w: Writer, content: DemoContent) => {
  await sideBySide(w, [() => writeNews(w, content), () => writeRest(w, content)] as const)
}

/** The pictures and the categories, then the news items that show them. */
const writeNews = async (w: Writer, content: DemoContent) => {
  const [images, categoryIds] = await sideBySide(w, [
    () => writeImages(w),
    () => writeCategories(w, content.categories),
  ] as const)
  await writePosts(w, content.posts, categoryIds, images)
}

/** Runs the tasks side by side, or one after the other in a transaction; their values, or the first failure. */
const sideBySide = async <T extends readonly unknown[]>(
  w: Writer,
  tasks: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> => {
  if (!inTransaction(w)) return settled<T>((await Promise.allSettled(tasks.map((task) => task()))) as never)
  const values: unknown[] = []
  for (const task of tasks) values.push(await task())
  return values as unknown as T
}

const writeRest = async (w: Writer, content: DemoContent) => {
  for (const a of content.announcements) await writeAnnouncement(w, a)
  for (const d of content.documents) await writeDocument(w, d)
  for (const o of content.officials) await writeOfficial(w, o)
  for (const d of content.disclosures) await writeDisclosure(w, d)
  for (const p of content.procedures) await writeProcedure(w, p)
  await writePages(w, content.pages)
  for (const q of content.questions) await writeQuestion(w, q)
}

/**
 * An upload keeps its file on its request (req.file): uploads that run side by side each get
 * a request of their own (same context); in a transaction they share it, one after the other.
 */
const uploadBase = async (w: Writer): Promise<Writer['base']> =>
  inTransaction(w) ? w.base : { ...w.base, req: await createLocalReq({ context: w.base.context }, w.payload) }

/** A real database transaction (MongoDB); without one, Payload leaves a promise of none on the request. */
const inTransaction = (w: Writer): boolean => {
  const id = w.base.req.transactionID
  return Boolean(id) && !(id instanceof Promise)
}

/** The values of settled promises, or the first failure. */
const settled = <T extends readonly unknown[]>(results: { [K in keyof T]: PromiseSettledResult<T[K]> }): T => {
  for (const r of results) if (r.status === 'rejected') throw r.reason
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}

/**
 * The three pictures, at once. Each file is named after its commune: with one name for all
 * (demo-1.jpg), every commune's upload probed the names of all the communes before it.
 */
const writeImages = async (w: Writer): Promise<number[]> =>
  sideBySide(
    w,
    (await demoImages()).map((buffer, i) => async () => {
      const doc = await w.payload.create({
        ...(await uploadBase(w)),
        collection: 'media',
        data: imageData(w.owner, i, w.input.commune.name),
        file: {
          data: buffer,
          mimetype: 'image/jpeg',
          name: imageFileName(w.input.commune.slug, i),
          size: buffer.length,
        },
      })
      return doc.id
    }),
  )

/** A commune's rows of a collection by slug: provisioning gave it the template's categories and pages. */
const idsBySlug = async (w: Writer, collection: 'categories' | 'pages'): Promise<Map<string, number>> => {
  const found = await w.payload.find({
    collection,
    where: { tenant: { equals: w.owner.tenant } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: w.base.req,
  })
  return new Map(found.docs.map((d) => [d.slug ?? '', d.id as number]))
}

/** The demo categories: the template's ones take the demo description and mark; missing ones are created. */
const writeCategories = async (w: Writer, categories: DemoCategory[]): Promise<Map<string, number>> => {
  const ids = await idsBySlug(w, 'categories')
  for (const [order, c] of categories.entries()) {
    const data = categoryUpdateData(c, order)
    const id = ids.get(c.slug)
    if (id !== undefined) await w.payload.update({ ...w.base, collection: 'categories', id, data })
    else {
      const doc = await w.payload.create({
        ...w.base,
        collection: 'categories',
        data: { ...data, tenant: w.owner.tenant, slug: c.slug, createdBy: w.owner.author },
      })
      ids.set(c.slug, doc.id)
    }
  }
  return ids
}

const writePosts = async (w: Writer, posts: DemoPost[], categoryIds: Map<string, number>, images: number[]) => {
  for (const [i, p] of posts.entries())
    await w.payload.create({
      ...w.base,
      collection: 'posts',
      data: postData(w.owner, p, i, categoryIds, images),
    })
}

const writeAnnouncement = (w: Writer, a: DemoAnnouncement) =>
  w.payload.create({ ...w.base, collection: 'announcements', data: announcementData(w.owner, a) })

/** A document and its PDF. */
const writeDocument = async (w: Writer, d: DemoDocument) => {
  const pdf = makeDemoPdf(d.pdfTitleLines)
  const file = await w.payload.create({
    ...(await uploadBase(w)),
    collection: 'media',
    data: documentFileData(w.owner, d),
    file: { data: pdf, mimetype: 'application/pdf', name: documentFileName(w.input.commune.slug, d), size: pdf.length },
  })
  await w.payload.create({ ...w.base, collection: 'documents', data: documentData(w.owner, d, file.id) })
}

const writeOfficial = (w: Writer, o: DemoOfficial) =>
  w.payload.create({ ...w.base, collection: 'officials', data: officialData(w.owner, o) })

const writeDisclosure = (w: Writer, d: DemoDisclosure) =>
  w.payload.create({ ...w.base, collection: 'disclosures', data: disclosureData(w.owner, d) })

const writeProcedure = (w: Writer, p: DemoProcedure) =>
  w.payload.create({ ...w.base, collection: 'procedures', data: procedureData(w.owner, p) })

/** The introduction pages: the template's ones get the demo text and mark; missing ones are created, parents first. */
const writePages = async (w: Writer, pages: DemoPage[]) => {
  const ids = await idsBySlug(w, 'pages')
  for (const p of pages) {
    const data = pageUpdateData(p)
    const id = ids.get(p.slug)
    if (id !== undefined) await w.payload.update({ ...w.base, collection: 'pages', id, data })
    else {
      const parent = p.parentSlug ? ids.get(p.parentSlug) : undefined
      const doc = await w.payload.create({
        ...w.base,
        collection: 'pages',
        data: { ...data, tenant: w.owner.tenant, slug: p.slug, parent: parent ?? null, createdBy: w.owner.author },
      })
      ids.set(p.slug, doc.id)
    }
  }
}

const writeQuestion = (w: Writer, q: DemoQuestion) =>
  w.payload.create({ ...w.base, collection: 'questions', data: questionData(w.owner, q) })
