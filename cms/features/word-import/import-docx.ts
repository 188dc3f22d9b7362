import type { Field, PayloadRequest, RichTextField } from 'payload'
import { zipEntries } from '../../lib/active-content/zip'
import { UploadRejectedError, validateUpload } from '../../lib/upload-validation'
import { slugify } from '../../lib/vietnamese'
import { cleanWordHtml, firstHeading, withoutLeadingHeading } from './clean-html'
import { docxToHtml, type WordHtml } from './docx-to-html'
import { htmlToLexical } from './html-to-lexical'
import { type ImportKind, importText, MAX_IMAGES } from './messages'
import { ImportRefusal, type ImportRequest } from './read-request'
import { removeStoredImages, type StoredImage, storeWordImages } from './store-images'

const MB = 1024 * 1024
/** What a .docx may unpack to: far above any real document, far below a zip bomb. */
const MAX_UNPACKED_BYTES = 200 * MB
const NOT_A_DOCX = new Set(['unsupported-type', 'extension-mismatch', 'mime-mismatch', 'office-legacy', 'empty'])

/**
 * The bytes decide, as for every upload (cms/lib/upload-validation.ts): a real .docx, without
 * macros, embedded objects or other active content (cms/lib/active-content/), that unpacks to
 * a sane size. Each refusal names the file.
 */
const checkDocx = async ({ name, type, buffer }: ImportRequest['file']): Promise<void> => {
  try {
    const checked = await validateUpload({ buffer, filename: name, mimetype: type })
    if (checked.kind !== 'docx') throw new ImportRefusal(415, importText.notDocx(name))
  } catch (err) {
    if (!(err instanceof UploadRejectedError)) throw err
    if (NOT_A_DOCX.has(err.code)) throw new ImportRefusal(415, importText.notDocx(name))
    throw new ImportRefusal(422, importText.refused(name, err.messageVi.replace(/^Tệp tải lên: /, '')))
  }
  const unpacked = (zipEntries(buffer) ?? []).reduce((sum, entry) => sum + entry.size, 0)
  if (unpacked > MAX_UNPACKED_BYTES) throw new ImportRefusal(413, importText.tooLarge(name))
}

const convert = async (name: string, buffer: Buffer): Promise<WordHtml> => {
  try {
    return await docxToHtml(buffer)
  } catch {
    throw new ImportRefusal(422, importText.broken(name))
  }
}

const plainText = (html: string): string =>
  html
    .replace(/<\/(p|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, '\n\n')
    .trim()

export type ImportedContent = {
  title: string
  /** The clean HTML of the body (the title's heading taken out). */
  html: string
  images: StoredImage[]
  warnings: string[]
}

/**
 * The .docx checked, converted, its images stored as the commune's media (a document has no
 * rich text to show them: it keeps the Word file itself, so its images are not stored apart).
 */
export const readWordFile = async (
  req: PayloadRequest,
  kind: ImportKind,
  request: ImportRequest,
): Promise<ImportedContent> => {
  const { name, buffer } = request.file
  await checkDocx(request.file)
  const word = await convert(name, buffer)
  if (word.images.length > MAX_IMAGES) throw new ImportRefusal(413, importText.tooManyImages(name))
  const heading = firstHeading(word.html)
  const title = (heading ?? name.replace(/\.docx$/i, '')).slice(0, 300)
  const body = heading ? withoutLeadingHeading(word.html) : word.html
  if (!heading && !plainText(body) && word.images.length === 0) throw new ImportRefusal(422, importText.empty(name))
  const images = await storeWordImages(req, {
    images: kind.slug === 'documents' ? [] : word.images,
    tenant: request.tenant,
    filename: name,
  })
  return { title, html: cleanWordHtml(body, images.markers), images: images.stored, warnings: images.warnings }
}

const richTextField = (req: PayloadRequest, slug: ImportKind['slug']): RichTextField => {
  const field = req.payload.collections[slug]?.config.fields.find((f: Field) => 'name' in f && f.name === 'content')
  if (field?.type !== 'richText') throw new Error(`${slug} has no content rich text field`)
  return field
}

/**
 * A slug no item of the commune has yet: the same Word file imported twice (or two reports
 * with one title) gives "…-2", "…-3", as an editor would name them, instead of a refusal.
 */
const freeSlug = async (req: PayloadRequest, kind: ImportKind, tenant: number | string, title: string) => {
  const base = slugify(title).slice(0, 120).replace(/-+$/, '') || 'nhap-tu-word'
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const taken = await req.payload.count({
      collection: kind.slug,
      where: { and: [{ tenant: { equals: tenant } }, { slug: { equals: slug } }] },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs === 0) return slug
  }
  return `${base}-${Date.now().toString(36)}`
}

/** The draft's fields: rich text content for news and pages; a document keeps the file and a summary. */
const draftData = async (
  req: PayloadRequest,
  kind: ImportKind,
  request: ImportRequest,
  content: ImportedContent,
  attached: StoredImage[],
) => {
  const slug = await freeSlug(req, kind, request.tenant, content.title)
  const base = { title: content.title, slug, tenant: request.tenant, _status: 'draft', workflowStatus: 'draft' }
  if (kind.slug !== 'documents') return { ...base, content: htmlToLexical(content.html, richTextField(req, kind.slug)) }
  const file = await req.payload.create({
    collection: 'media',
    data: { alt: content.title, tenant: request.tenant } as never,
    file: {
      data: request.file.buffer,
      mimetype: request.file.type,
      name: request.file.name,
      size: request.file.buffer.length,
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  attached.push({ id: file.id, alt: content.title, needsAlt: false })
  return { ...base, summary: plainText(content.html).slice(0, 5000), files: [file.id] }
}

/** Saves the draft as the importing user (the collection's access and hooks decide); on failure the stored media go. */
export const saveDraft = async (
  req: PayloadRequest,
  kind: ImportKind,
  request: ImportRequest,
  content: ImportedContent,
) => {
  const attached: StoredImage[] = []
  try {
    const data = await draftData(req, kind, request, content, attached)
    return await req.payload.create({
      collection: kind.slug,
      data: data as never,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  } catch (err) {
    await removeStoredImages(req, [...content.images, ...attached])
    throw err
  }
}
