/**
 * The `data` of every document the demo content writes, one function per kind of item. Both
 * ways of writing it use these: Payload's Local API (demo-seed.ts) and the bulk rows
 * (bulk-write.ts), so the two cannot drift apart on what an item holds.
 */
import type { ID } from '../cms/access/roles'
import type { CommuneType } from '../contract/vocabulary'
import type {
  DemoAnnouncement,
  DemoDisclosure,
  DemoDocument,
  DemoOfficial,
  DemoPage,
  DemoPost,
  DemoProcedure,
  DemoQuestion,
} from './demo-content'
import { makeDemoImage } from './demo-files'

/** One commune's demo content to write: where, by whom, how much, as of when. */
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

/** Who and where: the commune's ID, the editor who authors the demo content, the contributor. */
export type Owner = { tenant: number; author: number | null; contributor: number | null }

const IMAGE_LABELS = ['Đồng lúa', 'Sông nước', 'Hoàng hôn']
export const IMAGE_COUNT = IMAGE_LABELS.length
let imageCache: Promise<Buffer[]> | null = null
/** The three demo pictures are the same for every commune: rendered once per process. */
export const demoImages = () => (imageCache ??= Promise.all(IMAGE_LABELS.map((label, i) => makeDemoImage(i, label))))

/**
 * The i-th picture's file, named after its commune: with one name for all (demo-1.jpg), every
 * commune's upload probed the names of all the communes before it.
 */
export const imageFileName = (communeSlug: string, i: number) => `${communeSlug}-demo-${i + 1}.jpg`

export const imageData = (o: Owner, i: number, communeName: string) => ({
  tenant: o.tenant,
  alt: `[Demo] ${IMAGE_LABELS[i]} - ${communeName}`,
  demo: true,
  createdBy: o.author,
})

/** The commune of `input`, its editor as the author and its contributor: one place for both ways of writing. */
export const ownerOf = (input: DemoSeedInput): Owner => ({
  tenant: input.commune.id as number,
  author: (input.users.editor ?? null) as number | null,
  contributor: (input.users.contributor ?? null) as number | null,
})

export const LIVE = { _status: 'published' as const, workflowStatus: 'published' as const }

/** A few items wait in the review queue, so the workflow has something to show. */
const postState = (i: number) =>
  i === 0
    ? { _status: 'draft' as const, workflowStatus: 'submitted' as const }
    : i === 1
      ? { _status: 'draft' as const, workflowStatus: 'draft' as const }
      : LIVE

/** The i-th news item, its categories and cover picture given as the stored IDs. */
export const postData = (o: Owner, p: DemoPost, i: number, categoryIds: Map<string, number>, images: number[]) => ({
  tenant: o.tenant,
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
  createdBy: i === 0 ? (o.contributor ?? o.author) : o.author,
  ...postState(i),
})

export const announcementData = (o: Owner, a: DemoAnnouncement) => ({
  tenant: o.tenant,
  title: a.title,
  slug: a.slug,
  content: a.content as never,
  urgency: a.urgency,
  validFrom: a.validFrom,
  validUntil: a.validUntil,
  publishedAt: a.validFrom,
  demo: true,
  createdBy: o.author,
  ...LIVE,
})

/** A document's PDF: named after the commune too, since the same decision numbers recur in every commune. */
export const documentFileName = (communeSlug: string, d: DemoDocument) => `${communeSlug}-${d.slug}.pdf`

export const documentFileData = (o: Owner, d: DemoDocument) => ({
  tenant: o.tenant,
  alt: d.title,
  demo: true,
  createdBy: o.author,
})

export const documentData = (o: Owner, d: DemoDocument, fileId: number) => ({
  tenant: o.tenant,
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
  files: [fileId],
  demo: true,
  createdBy: o.author,
  ...LIVE,
})

export const officialData = (o: Owner, x: DemoOfficial) => ({
  tenant: o.tenant,
  name: x.name,
  position: x.position,
  organ: x.organ,
  duties: x.duties,
  biography: x.biography,
  phone: x.phone,
  email: x.email,
  order: x.order,
  demo: true,
  createdBy: o.author,
})

export const disclosureData = (o: Owner, d: DemoDisclosure) => ({
  tenant: o.tenant,
  title: d.title,
  slug: d.slug,
  category: d.category as never,
  decisionDate: d.decisionDate,
  publicationDate: d.publicationDate,
  content: d.content as never,
  demo: true,
  createdBy: o.author,
  ...LIVE,
})

export const procedureData = (o: Owner, p: DemoProcedure) => ({
  tenant: o.tenant,
  name: p.name,
  slug: p.slug,
  code: p.code,
  field: p.field,
  processingTime: p.processingTime,
  fee: p.fee,
  nationalPortalUrl: p.nationalPortalUrl,
  demo: true,
  createdBy: o.author,
})

export const questionData = (o: Owner, q: DemoQuestion) => ({
  tenant: o.tenant,
  askerName: q.askerName,
  askerContact: q.askerContact,
  question: q.question,
  consent: true,
  consentAt: q.consentAt,
  noticeVersion: q.noticeVersion,
  status: 'answered' as const,
  answer: q.answer,
  answeredAt: q.answeredAt,
  published: q.published,
  demo: true,
})

/** What the demo changes on a template page: its text, order and demo mark, published. */
export const pageUpdateData = (p: DemoPage) => ({
  title: p.title,
  order: p.order,
  content: p.content as never,
  demo: true,
  ...LIVE,
})

/** What the demo changes on a template category. */
export const categoryUpdateData = (c: { name: string; description: string }, order: number) => ({
  name: c.name,
  description: c.description,
  order,
  demo: true,
})
