import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../cms/access/roles'
import { buildDemoContent, type DemoContent } from './demo-content'
import { makeDemoImage, makeDemoPdf } from './demo-files'
import { withTransaction } from './transaction'

export type DemoSeedInput = {
  commune: {
    id: ID
    name: string
    slug: string
    code: string
    districtName: string
    type: 'xa' | 'phuong' | 'thi-tran'
  }
  users: { chief?: ID; editor?: ID; contributor?: ID }
  scale: number
  now: Date
}

const IMAGE_LABELS = ['Đồng lúa', 'Sông nước', 'Hoàng hôn']
let imageCache: Promise<Buffer[]> | null = null
/** The three demo pictures are the same for every commune: render them once per process. */
const demoImages = () => (imageCache ??= Promise.all(IMAGE_LABELS.map((label, i) => makeDemoImage(i, label))))

/**
 * Writes one commune's demo content in one transaction (fast on SQLite, and all or nothing
 * if interrupted). Returns false when the commune already has content.
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
    await withTransaction(payload, (req) => writeContent(payload, req, tenant, input, content))
  } catch (err) {
    throw new Error(`Demo content for commune ${input.commune.slug} failed: ${(err as Error).message}`, { cause: err })
  }
  return true
}

const writeContent = async (
  payload: Payload,
  req: PayloadRequest,
  tenant: number,
  input: DemoSeedInput,
  content: DemoContent,
) => {
  const base = { overrideAccess: true, depth: 0, req, context: { skipAudit: true, skipSiteBuild: true } } as const
  const author = (input.users.editor ?? null) as number | null
  const live = { _status: 'published' as const, workflowStatus: 'published' as const }

  const images: number[] = []
  for (const [i, buffer] of (await demoImages()).entries()) {
    const doc = await payload.create({
      ...base,
      collection: 'media',
      data: { tenant, alt: `[Demo] ${IMAGE_LABELS[i]} - ${input.commune.name}`, demo: true, createdBy: author },
      file: { data: buffer, mimetype: 'image/jpeg', name: `demo-${i + 1}.jpg`, size: buffer.length },
    })
    images.push(doc.id)
  }

  const categoryIds = new Map<string, number>()
  for (const [order, c] of content.categories.entries()) {
    const doc = await payload.create({
      ...base,
      collection: 'categories',
      data: { tenant, name: c.name, slug: c.slug, description: c.description, order, demo: true, createdBy: author },
    })
    categoryIds.set(c.slug, doc.id)
  }

  for (const [i, p] of content.posts.entries()) {
    // A few items wait in the review queue, so the workflow has something to show.
    const state =
      i === 0
        ? { _status: 'draft' as const, workflowStatus: 'submitted' as const }
        : i === 1
          ? { _status: 'draft' as const, workflowStatus: 'draft' as const }
          : live
    await payload.create({
      ...base,
      collection: 'posts',
      data: {
        tenant,
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
        createdBy: i === 0 ? ((input.users.contributor ?? author) as number | null) : author,
        ...state,
      },
    })
  }

  for (const a of content.announcements)
    await payload.create({
      ...base,
      collection: 'announcements',
      data: {
        tenant,
        title: a.title,
        slug: a.slug,
        content: a.content as never,
        urgency: a.urgency,
        validFrom: a.validFrom,
        validUntil: a.validUntil,
        publishedAt: a.validFrom,
        demo: true,
        createdBy: author,
        ...live,
      },
    })

  for (const d of content.documents) {
    const pdf = makeDemoPdf(d.pdfTitleLines)
    const file = await payload.create({
      ...base,
      collection: 'media',
      data: { tenant, alt: d.title, demo: true, createdBy: author },
      file: { data: pdf, mimetype: 'application/pdf', name: `${d.slug}.pdf`, size: pdf.length },
    })
    await payload.create({
      ...base,
      collection: 'documents',
      data: {
        tenant,
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
        createdBy: author,
        ...live,
      },
    })
  }

  for (const o of content.officials)
    await payload.create({
      ...base,
      collection: 'officials',
      data: {
        tenant,
        name: o.name,
        position: o.position,
        organ: o.organ,
        duties: o.duties,
        biography: o.biography,
        phone: o.phone,
        email: o.email,
        order: o.order,
        demo: true,
        createdBy: author,
      },
    })

  for (const d of content.disclosures)
    await payload.create({
      ...base,
      collection: 'disclosures',
      data: {
        tenant,
        title: d.title,
        slug: d.slug,
        category: d.category as never,
        decisionDate: d.decisionDate,
        publicationDate: d.publicationDate,
        content: d.content as never,
        demo: true,
        createdBy: author,
        ...live,
      },
    })

  for (const p of content.procedures)
    await payload.create({
      ...base,
      collection: 'procedures',
      data: {
        tenant,
        name: p.name,
        slug: p.slug,
        code: p.code,
        field: p.field,
        processingTime: p.processingTime,
        fee: p.fee,
        nationalPortalUrl: p.nationalPortalUrl,
        demo: true,
        createdBy: author,
      },
    })

  const pageIds = new Map<string, number>()
  for (const p of content.pages) {
    const parent = p.parentSlug ? pageIds.get(p.parentSlug) : undefined
    const doc = await payload.create({
      ...base,
      collection: 'pages',
      data: {
        tenant,
        title: p.title,
        slug: p.slug,
        parent: parent ?? null,
        order: p.order,
        content: p.content as never,
        demo: true,
        createdBy: author,
        ...live,
      },
    })
    pageIds.set(p.slug, doc.id)
  }

  for (const q of content.questions)
    await payload.create({
      ...base,
      collection: 'questions',
      data: {
        tenant,
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
}
