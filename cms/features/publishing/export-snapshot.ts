import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload, Where } from 'payload'
import {
  DISCLOSURE_CATEGORIES,
  DOCUMENT_FIELDS,
  DOCUMENT_TYPES,
  ORGANS,
  PROCEDURE_FIELDS,
} from '../../../contract/vocabulary'
import { safeLinkUrl, sanitizeRichText } from '../../../sites/sanitize-html'
import type { DirectorySnapshot, SiteFile, SiteImage, SiteSnapshot } from '../../../contract/snapshot'

type Media = {
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: string | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null } | undefined> | null
}
type Rel<T> = number | string | T | null | undefined

const labelOf = (options: readonly { value: string; label: string }[], value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? null
/** A stored date as ISO text; a value that is not a date names its field (caught per document below). */
const iso = (value: unknown, field: string): string | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new FieldError(field, `"${value}" không phải ngày hợp lệ`)
  return date.toISOString()
}

/**
 * Maps a collection's documents for the snapshot; a document whose data cannot be exported
 * fails the commune's build with a message naming the document and the field (shown in the
 * admin), never a bare stack trace.
 */
const each = <T extends { id: number | string; title?: string | null; name?: string | null }, R>(
  collection: string,
  docs: T[],
  map: (doc: T) => R,
): R[] =>
  docs.map((doc) => {
    try {
      return map(doc)
    } catch (err) {
      throw new Error(
        `Lỗi dữ liệu ở ${collection} #${doc.id} «${doc.title ?? doc.name ?? ''}», ${(err as Error).message}`,
        { cause: err },
      )
    }
  })
const asDoc = <T>(value: Rel<T>): T | null => (value && typeof value === 'object' ? value : null)

/**
 * Links whose address breaks the link rule (cms/fields/link-url.ts) are left off the site:
 * the fields refuse them now, but older rows, or rows written around the API, may hold them.
 */
const safeLinks = <L extends { url?: string | null }>(links: L[] | null | undefined): (L & { url: string })[] =>
  (links ?? []).filter((l): l is L & { url: string } => safeLinkUrl(l.url) !== null)
/** Where a procedure links when its stored portal address is unusable: the portal itself. */
const NATIONAL_PORTAL = 'https://dichvucong.gov.vn/'

/** Data of one field that cannot go on the site; the message is for the admin, in Vietnamese. */
class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`trường ${field}: ${message}`)
  }
}

/**
 * Rich text as HTML. The Lexical converter escapes text but copies some node attributes into
 * the markup as they are, so its output always goes through the allowlist sanitiser.
 */
const html = (data: unknown, field: string): string => {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  try {
    return sanitizeRichText(convertLexicalToHTML({ data: data as never, disableContainer: true }))
  } catch (err) {
    throw new FieldError(field, `nội dung soạn thảo không đọc được (${(err as Error).message})`)
  }
}

/**
 * Turns a commune's published content into the snapshot the site generator reads. Collects
 * the media files the site uses, so the build copies exactly those.
 */
export const exportSnapshot = async (
  payload: Payload,
  communeSlug: string,
  { now = new Date(), matomoUrl = process.env.MATOMO_URL || null }: { now?: Date; matomoUrl?: string | null } = {},
): Promise<{ snapshot: SiteSnapshot; mediaFiles: string[] }> => {
  const communes = await payload.find({
    collection: 'communes',
    where: { slug: { equals: communeSlug } },
    depth: 1,
    limit: 1,
  })
  const commune = communes.docs[0]
  if (!commune) throw new Error(`commune "${communeSlug}" not found`)
  const media = new Set<string>()

  const image = (value: Rel<Media>): SiteImage | null => {
    const doc = asDoc(value)
    if (!doc?.filename || !doc.mimeType?.startsWith('image/') || !doc.width || !doc.height) return null
    media.add(doc.filename)
    const srcset = Object.values(doc.sizes ?? {})
      .filter((s): s is { filename: string; width: number; height: number } => Boolean(s?.filename && s.width))
      .sort((a, b) => a.width - b.width)
      .map((s) => {
        media.add(s.filename)
        return { src: `/media/${s.filename}`, width: s.width }
      })
    return { src: `/media/${doc.filename}`, width: doc.width, height: doc.height, alt: doc.alt ?? '', srcset }
  }
  const files = (values: Rel<Media>[] | null | undefined): SiteFile[] =>
    (values ?? []).flatMap((value) => {
      const doc = asDoc(value)
      if (!doc?.filename) return []
      media.add(doc.filename)
      return [
        {
          url: `/media/${doc.filename}`,
          filename: doc.filename,
          mimeType: doc.mimeType ?? 'application/octet-stream',
          size: doc.filesize ?? 0,
          title: doc.alt || doc.filename,
        },
      ]
    })

  const tenant: Where = { tenant: { equals: commune.id } }
  const published: Where = { and: [tenant, { _status: { equals: 'published' } }] }
  const all = { limit: 0, pagination: false, depth: 1, overrideAccess: true } as const
  const [
    categories,
    posts,
    pages,
    announcements,
    documents,
    officials,
    disclosures,
    procedures,
    questions,
    settingsResult,
    chiefs,
  ] = await Promise.all([
    payload.find({ collection: 'categories', where: tenant, sort: 'order', ...all, depth: 0 }),
    payload.find({ collection: 'posts', where: published, sort: '-publishedAt', ...all }),
    payload.find({ collection: 'pages', where: published, sort: 'order', ...all, depth: 0 }),
    payload.find({ collection: 'announcements', where: published, sort: '-publishedAt', ...all }),
    payload.find({ collection: 'documents', where: published, sort: '-issueDate', ...all }),
    payload.find({ collection: 'officials', where: tenant, sort: 'order', ...all }),
    payload.find({ collection: 'disclosures', where: published, sort: '-decisionDate', ...all }),
    payload.find({ collection: 'procedures', where: tenant, sort: 'name', ...all, depth: 0 }),
    payload.find({
      collection: 'questions',
      where: { and: [tenant, { published: { equals: true } }] },
      sort: '-answeredAt',
      ...all,
      depth: 0,
    }),
    payload.find({ collection: 'site-settings', where: tenant, limit: 1, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'users',
      where: {
        and: [
          { 'tenants.tenant': { equals: commune.id } },
          { 'tenants.role': { equals: 'chief' } },
          { disabled: { not_equals: true } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const categorySlug = new Map(categories.docs.map((c) => [c.id, c.slug ?? '']))
  const settings = settingsResult.docs[0]
  const district = asDoc(commune.district as Rel<{ name: string; province?: string | null }>)
  const pagePath = new Map(pages.docs.map((p) => [p.id, p.path ?? p.slug ?? '']))

  const snapshot: SiteSnapshot = {
    generatedAt: now.toISOString(),
    matomoUrl,
    commune: {
      slug: commune.slug ?? communeSlug,
      name: commune.name,
      type: commune.type ?? 'xa',
      code: commune.code,
      districtName: district?.name ?? '',
      provinceName: district?.province ?? '',
      theme: commune.theme ?? 1,
      domains: (commune.domains ?? []).map((d) => d.domain),
      logo: image(commune.logo as Rel<Media>),
      contact: {
        address: commune.contact?.address ?? null,
        phone: commune.contact?.phone ?? null,
        email: commune.contact?.email ?? null,
      },
      spokesperson: {
        name: commune.spokesperson?.name ?? null,
        position: commune.spokesperson?.position ?? null,
        phone: commune.spokesperson?.phone ?? null,
        email: commune.spokesperson?.email ?? null,
      },
      socialAccounts: (commune.socialAccounts ?? [])
        .filter((s) => safeLinkUrl(s.url, { httpsOnly: true }))
        .map((s) => ({ platform: s.platform, url: s.url })),
      responsiblePerson: settings?.footer?.responsiblePerson ?? chiefs.docs[0]?.name ?? null,
      matomoSiteId: commune.matomoSiteId ?? null,
      emcSiteId: commune.emcSiteId ?? null,
      trustBadgeId: commune.trustBadgeId ?? null,
    },
    settings: {
      siteTitle: settings?.siteTitle ?? `Trang thông tin điện tử ${commune.name}`,
      mainMenu: safeLinks(settings?.mainMenu).map((m) => ({
        label: m.label,
        url: m.url,
        children: safeLinks(m.children).map((c) => ({ label: c.label, url: c.url })),
      })),
      homepageSections: settings?.homepageSections ?? [],
      alert: { active: Boolean(settings?.alert?.active), text: settings?.alert?.text ?? null },
      footer: {
        note: settings?.footer?.note ?? null,
        links: safeLinks(settings?.footer?.links).map((l) => ({ label: l.label, url: l.url })),
      },
    },
    categories: categories.docs.map((c) => ({ slug: c.slug ?? '', name: c.name, description: c.description ?? null })),
    posts: each('posts', posts.docs, (p) => ({
      slug: p.slug ?? String(p.id),
      title: p.title,
      excerpt: p.excerpt ?? null,
      html: html(p.content, 'content'),
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
      featured: Boolean(p.featured),
    })),
    pages: each('pages', pages.docs, (p) => {
      const parentId = typeof p.parent === 'object' ? p.parent?.id : p.parent
      return {
        slug: p.slug ?? '',
        path: p.path ?? p.slug ?? '',
        title: p.title,
        html: html(p.content, 'content'),
        parentPath: parentId ? (pagePath.get(parentId) ?? null) : null,
        order: p.order ?? 0,
      }
    }),
    announcements: each('announcements', announcements.docs, (a) => ({
      slug: a.slug ?? String(a.id),
      title: a.title,
      html: html(a.content, 'content'),
      urgency: a.urgency ?? 'normal',
      validFrom: iso(a.validFrom, 'validFrom'),
      validUntil: iso(a.validUntil, 'validUntil'),
      publishedAt: iso(a.publishedAt, 'publishedAt') ?? iso(a.createdAt, 'createdAt')!,
      files: files(a.attachments as Rel<Media>[]),
    })),
    documents: each('documents', documents.docs, (d) => ({
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
    officials: each('officials', officials.docs, (o) => ({
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
    disclosures: each('disclosures', disclosures.docs, (d) => ({
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
    procedures: each('procedures', procedures.docs, (p) => ({
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
      questions.docs.filter((q) => q.answer),
      (q) => ({
        id: String(q.id),
        askerName: q.askerName,
        question: q.question,
        answer: q.answer ?? '',
        answeredAt: iso(q.answeredAt, 'answeredAt'),
        askedAt: iso(q.createdAt, 'createdAt')!,
      }),
    ),
  }
  return { snapshot, mediaFiles: [...media] }
}

/** The province directory: every live commune by district, with its site address. */
export const exportDirectory = async (
  payload: Payload,
  siteUrl: (slug: string, domains: string[]) => string,
): Promise<DirectorySnapshot> => {
  const [districts, communes] = await Promise.all([
    payload.find({ collection: 'districts', limit: 0, pagination: false, depth: 0, sort: 'code' }),
    payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'code',
    }),
  ])
  return {
    generatedAt: new Date().toISOString(),
    provinceName: districts.docs[0]?.province ?? '',
    districts: districts.docs.map((d) => ({
      name: d.name,
      communes: communes.docs
        .filter((c) => c.district === d.id)
        .map((c) => ({
          name: c.name,
          slug: c.slug ?? '',
          url: siteUrl(
            c.slug ?? '',
            (c.domains ?? []).map((x) => x.domain),
          ),
        })),
    })),
  }
}
