import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { ID } from '../cms/access/roles'
import { commitTogether } from '../cms/features/provisioning/commit-together'
import type { CommuneType } from '../contract/vocabulary'
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
import { makeDemoImage, makeDemoPdf } from './demo-files'
import { withTransaction } from './transaction'

export type DemoSeedInput = {
  commune: {
    id: ID
    name: string
    slug: string
    code: string
    districtName: string
    type: CommuneType
  }
  users: { chief?: ID; editor?: ID; contributor?: ID }
  scale: number
  now: Date
}

const IMAGE_LABELS = ['Đồng lúa', 'Sông nước', 'Hoàng hôn']
let imageCache: Promise<Buffer[]> | null = null
/** The three demo pictures are the same for every commune: render them once per process. */
const demoImages = () => (imageCache ??= Promise.all(IMAGE_LABELS.map((label, i) => makeDemoImage(i, label))))

const LIVE = { _status: 'published' as const, workflowStatus: 'published' as const }

/** Where one commune's demo content is written, and by whom. */
type Writer = {
  payload: Payload
  input: DemoSeedInput
  tenant: number
  /** The editor: the author of the demo content. */
  author: number | null
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
    await commitTogether(payload, () =>
      withTransaction(payload, (req) => writeContent({ payload, input, tenant, ...writerOf(input, req) }, content)),
    )
  } catch (err) {
    throw new Error(`Demo content for commune ${input.commune.slug} failed: ${(err as Error).message}`, { cause: err })
  }
  return true
}

const writerOf = (input: DemoSeedInput, req: PayloadRequest): Pick<Writer, 'author' | 'base'> => ({
  author: (input.users.editor ?? null) as number | null,
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
        data: {
          tenant: w.tenant,
          alt: `[Demo] ${IMAGE_LABELS[i]} - ${w.input.commune.name}`,
          demo: true,
          createdBy: w.author,
        },
        file: {
          data: buffer,
          mimetype: 'image/jpeg',
          name: `${w.input.commune.slug}-demo-${i + 1}.jpg`,
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
    where: { tenant: { equals: w.tenant } },
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
    const data = { name: c.name, description: c.description, order, demo: true }
    const id = ids.get(c.slug)
    if (id !== undefined) await w.payload.update({ ...w.base, collection: 'categories', id, data })
    else {
      const doc = await w.payload.create({
        ...w.base,
        collection: 'categories',
        data: { ...data, tenant: w.tenant, slug: c.slug, createdBy: w.author },
      })
      ids.set(c.slug, doc.id)
    }
  }
  return ids
}

/** A few items wait in the review queue, so the workflow has something to show. */
const postState = (i: number) =>
  i === 0
    ? { _status: 'draft' as const, workflowStatus: 'submitted' as const }
    : i === 1
      ? { _status: 'draft' as const, workflowStatus: 'draft' as const }
      : LIVE

const writePosts = async (w: Writer, posts: DemoPost[], categoryIds: Map<string, number>, images: number[]) => {
  for (const [i, p] of posts.entries())
    await w.payload.create({
      ...w.base,
      collection: 'posts',
      data: {
        tenant: w.tenant,
        title: p.title,
        slug: p.slug,
        excerpt: p.excerpt,
        content: p.content as never,
        categories: p.categorySlugs.map((s) => categoryIds.get(s)).filter((id): id is number => id !== undefined),
        coverImage: images[p.coverImageIndex % images.length],
        featured: p.featured,
        authors: p.authors.map((a) => ({ name: a.name, share: a.share })),
        photographers: p.photographers,
        genre: p.genre,
        origin: p.origin,
        source: p.source,
        publishedAt: p.publishedAt,
        demo: true,
        createdBy: i === 0 ? ((w.input.users.contributor ?? w.author) as number | null) : w.author,
        ...postState(i),
      },
    })
}

const writeAnnouncement = (w: Writer, a: DemoAnnouncement) =>
  w.payload.create({
    ...w.base,
    collection: 'announcements',
    data: {
      tenant: w.tenant,
      title: a.title,
      slug: a.slug,
      content: a.content as never,
      urgency: a.urgency,
      validFrom: a.validFrom,
      validUntil: a.validUntil,
      publishedAt: a.validFrom,
      demo: true,
      createdBy: w.author,
      ...LIVE,
    },
  })

/** A document and its PDF. */
const writeDocument = async (w: Writer, d: DemoDocument) => {
  const pdf = makeDemoPdf(d.pdfTitleLines)
  const file = await w.payload.create({
    ...(await uploadBase(w)),
    collection: 'media',
    data: { tenant: w.tenant, alt: d.title, demo: true, createdBy: w.author },
    // Named after the commune too (see writeImages): the same decision numbers recur in every commune.
    file: { data: pdf, mimetype: 'application/pdf', name: `${w.input.commune.slug}-${d.slug}.pdf`, size: pdf.length },
  })
  await w.payload.create({
    ...w.base,
    collection: 'documents',
    data: {
      tenant: w.tenant,
      number: d.number,
      title: d.title,
      slug: d.slug,
      docType: d.docType,
      field: d.field,
      issuer: d.issuer,
      signer: d.signer,
      issueDate: d.issueDate,
      effectiveDate: d.effectiveDate,
      summary: d.summary,
      files: [file.id],
      demo: true,
      createdBy: w.author,
      ...LIVE,
    },
  })
}

const writeOfficial = (w: Writer, o: DemoOfficial) =>
  w.payload.create({
    ...w.base,
    collection: 'officials',
    data: {
      tenant: w.tenant,
      name: o.name,
      position: o.position,
      organ: o.organ,
      duties: o.duties,
      biography: o.biography,
      phone: o.phone,
      email: o.email,
      order: o.order,
      demo: true,
      createdBy: w.author,
    },
  })

const writeDisclosure = (w: Writer, d: DemoDisclosure) =>
  w.payload.create({
    ...w.base,
    collection: 'disclosures',
    data: {
      tenant: w.tenant,
      title: d.title,
      slug: d.slug,
      category: d.category as never,
      decisionDate: d.decisionDate,
      publicationDate: d.publicationDate,
      content: d.content as never,
      demo: true,
      createdBy: w.author,
      ...LIVE,
    },
  })

const writeProcedure = (w: Writer, p: DemoProcedure) =>
  w.payload.create({
    ...w.base,
    collection: 'procedures',
    data: {
      tenant: w.tenant,
      name: p.name,
      slug: p.slug,
      code: p.code,
      field: p.field,
      processingTime: p.processingTime,
      fee: p.fee,
      nationalPortalUrl: p.nationalPortalUrl,
      demo: true,
      createdBy: w.author,
    },
  })

/** The introduction pages: the template's ones get the demo text and mark; missing ones are created, parents first. */
const writePages = async (w: Writer, pages: DemoPage[]) => {
  const ids = await idsBySlug(w, 'pages')
  for (const p of pages) {
    const data = { title: p.title, order: p.order, content: p.content as never, demo: true, ...LIVE }
    const id = ids.get(p.slug)
    if (id !== undefined) await w.payload.update({ ...w.base, collection: 'pages', id, data })
    else {
      const parent = p.parentSlug ? ids.get(p.parentSlug) : undefined
      const doc = await w.payload.create({
        ...w.base,
        collection: 'pages',
        data: { ...data, tenant: w.tenant, slug: p.slug, parent: parent ?? null, createdBy: w.author },
      })
      ids.set(p.slug, doc.id)
    }
  }
}

const writeQuestion = (w: Writer, q: DemoQuestion) =>
  w.payload.create({
    ...w.base,
    collection: 'questions',
    data: {
      tenant: w.tenant,
      askerName: q.askerName,
      askerContact: q.askerContact,
      question: q.question,
      consent: true,
      consentAt: q.consentAt,
      noticeVersion: q.noticeVersion,
      status: 'answered',
      answer: q.answer,
      answeredAt: q.answeredAt,
      published: q.published,
      demo: true,
    },
  })
