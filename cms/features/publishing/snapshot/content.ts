import type { SiteSnapshot } from '../../../../contract/snapshot'
import {
  DISCLOSURE_CATEGORIES,
  DOCUMENT_FIELDS,
  DOCUMENT_TYPES,
  ORGANS,
  PROCEDURE_FIELDS,
} from '../../../../contract/vocabulary'
import { safeLinkUrl } from '../../../../sites/sanitize-html'
import { each, html, iso, labelOf, type Rel } from './fields'
import type { Media, MediaCollector } from './media'
import type { CommuneContent } from './read-content'

/** Where a procedure links when its stored portal address is unusable: the portal itself. */
const NATIONAL_PORTAL = 'https://dichvucong.gov.vn/'

type Sections = Omit<SiteSnapshot, 'generatedAt' | 'matomoUrl' | 'commune' | 'settings'>

/** An absolute http(s) address a public page may point to, else null. */
const safeHttpUrl = (url: unknown): string | null =>
  typeof url === 'string' && /^https?:\/\//i.test(url) ? safeLinkUrl(url) : null

/** News, its categories and the pages of the site. */
export const newsSections = (content: CommuneContent, { image }: MediaCollector) => {
  const categorySlug = new Map(content.categories.map((c) => [c.id, c.slug ?? '']))
  const pagePath = new Map(content.pages.map((p) => [p.id, p.path ?? p.slug ?? '']))
  return {
    categories: content.categories.map((c) => ({
      slug: c.slug ?? '',
      name: c.name,
      description: c.description ?? null,
    })),
    posts: each('posts', content.posts, (p) => ({
      slug: p.slug ?? String(p.id),
      title: p.title,
      excerpt: p.excerpt ?? null,
      html: html(p.content, 'content', image),
      publishedAt: iso(p.publishedAt, 'publishedAt') ?? iso(p.createdAt, 'createdAt')!,
      updatedAt: iso(p.updatedAt, 'updatedAt')!,
      categories: (p.categories ?? [])
        .map((c) => (typeof c === 'object' ? (c.slug ?? '') : (categorySlug.get(c) ?? '')))
        .filter(Boolean),
      cover: image(p.coverImage as Rel<Media>),
      authors: (p.authors ?? []).map((a) => a.name),
      photographers: (p.photographers ?? []).map((a) => a.name),
      origin: p.origin === 'reprint' ? 'reprint' : 'original',
      source: p.source ?? null,
      canonicalUrl: p.origin === 'reprint' ? safeHttpUrl(p.reprint?.canonicalUrl) : null,
      featured: Boolean(p.featured),
    })),
    pages: each('pages', content.pages, (p) => {
      const parentId = typeof p.parent === 'object' ? p.parent?.id : p.parent
      return {
        slug: p.slug ?? '',
        path: p.path ?? p.slug ?? '',
        title: p.title,
        html: html(p.content, 'content', image),
        parentPath: parentId ? (pagePath.get(parentId) ?? null) : null,
        order: p.order ?? 0,
      }
    }),
  } satisfies Partial<Sections>
}

/** Announcements, official documents and the leaders. */
export const noticeSections = (content: CommuneContent, { image, files }: MediaCollector) => {
  return {
    announcements: each('announcements', content.announcements, (a) => ({
      slug: a.slug ?? String(a.id),
      title: a.title,
      html: html(a.content, 'content', image),
      urgency: a.urgency ?? 'normal',
      validFrom: iso(a.validFrom, 'validFrom'),
      validUntil: iso(a.validUntil, 'validUntil'),
      publishedAt: iso(a.publishedAt, 'publishedAt') ?? iso(a.createdAt, 'createdAt')!,
      files: files(a.attachments as Rel<Media>[]),
    })),
    documents: each('documents', content.documents, (d) => ({
      slug: d.slug ?? String(d.id),
      number: d.number,
      title: d.title,
      docType: d.docType,
      docTypeLabel: labelOf(DOCUMENT_TYPES, d.docType) ?? d.docType,
      field: d.field ?? null,
      fieldLabel: labelOf(DOCUMENT_FIELDS, d.field),
      issuer: d.issuer ?? null,
      signer: { name: d.signer?.name ?? null, position: d.signer?.position ?? null },
      issueDate: iso(d.issueDate, 'issueDate')!,
      effectiveDate: iso(d.effectiveDate, 'effectiveDate'),
      summary: d.summary ?? null,
      files: files(d.files as Rel<Media>[]),
    })),
    officials: each('officials', content.officials, (o) => ({
      name: o.name,
      position: o.position,
      organ: o.organ,
      organLabel: labelOf(ORGANS, o.organ) ?? o.organ,
      photo: image(o.photo as Rel<Media>),
      duties: o.duties ?? null,
      biography: o.biography ?? null,
      phone: o.phone ?? null,
      email: o.email ?? null,
      order: o.order ?? 0,
    })),
  } satisfies Partial<Sections>
}

/** Public disclosures, procedures and answered questions. */
export const disclosureSections = (content: CommuneContent, { files }: MediaCollector) => {
  return {
    disclosures: each('disclosures', content.disclosures, (d) => ({
      slug: d.slug ?? String(d.id),
      title: d.title,
      category: d.category,
      categoryLabel: labelOf(DISCLOSURE_CATEGORIES, d.category) ?? d.category,
      decisionDate: iso(d.decisionDate, 'decisionDate')!,
      publicationDate: iso(d.publicationDate, 'publicationDate'),
      publishedOnTime: d.publishedOnTime ?? null,
      html: html(d.content, 'content'),
      files: files(d.attachments as Rel<Media>[]),
    })),
    disclosureCategories: DISCLOSURE_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
    procedures: each('procedures', content.procedures, (p) => ({
      slug: p.slug ?? String(p.id),
      name: p.name,
      code: p.code ?? null,
      field: p.field ?? null,
      fieldLabel: labelOf(PROCEDURE_FIELDS, p.field),
      processingTime: p.processingTime ?? null,
      fee: p.fee ?? null,
      nationalPortalUrl: safeLinkUrl(p.nationalPortalUrl, { httpsOnly: true }) ?? NATIONAL_PORTAL,
      summary: p.summary ?? null,
    })),
    questions: each(
      'questions',
      content.questions.filter((q) => q.answer),
      (q) => ({
        id: String(q.id),
        askerName: q.askerName,
        question: q.question,
        answer: q.answer ?? '',
        answeredAt: iso(q.answeredAt, 'answeredAt'),
        askedAt: iso(q.createdAt, 'createdAt')!,
      }),
    ),
  } satisfies Partial<Sections>
}
