/**
 * The three demo pictures of a commune for the bulk write. They are the same pictures in every
 * commune, so the pictures of a commune written through Payload (checks, re-encoding, the
 * resized copies: the upload path itself) are the template, and every later commune gets copies
 * of those files under its own names, with the same sizes recorded. Until a run has a template,
 * the bulk write declines and the commune goes through Payload, which gives one.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Row } from './bulk-rows'
import { type DemoSeedInput, IMAGE_COUNT, imageData, imageFileName, type Owner } from './content-data'

type StoredFile = { suffix: string; bytes: Buffer }
type SizeRow = {
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
  filename: string | null
}
/** One picture as Payload stored it, its file names without the commune's slug. */
type Template = {
  fields: { mimeType: unknown; filesize: unknown; width: unknown; height: unknown; focalX: unknown; focalY: unknown }
  files: StoredFile[]
  sizes: Record<string, SizeRow & { suffix: string | null }>
}
type StoredPicture = Row & { filename: string; sizes?: Record<string, SizeRow> }

let templates: Template[] | null = null

const suffixOf = (filename: string, slug: string) => filename.slice(slug.length)

const templateOf = (doc: StoredPicture, slug: string, mediaDir: string): Template => {
  const read = (name: string): StoredFile => ({
    suffix: suffixOf(name, slug),
    bytes: fs.readFileSync(path.join(mediaDir, name)),
  })
  const sizes: Template['sizes'] = {}
  const files = [read(doc.filename)]
  for (const [size, s] of Object.entries(doc.sizes ?? {})) {
    sizes[size] = { ...s, suffix: s.filename ? suffixOf(s.filename, slug) : null }
    if (s.filename) files.push(read(s.filename))
  }
  const { mimeType, filesize, width, height, focalX, focalY } = doc
  return { fields: { mimeType, filesize, width, height, focalX, focalY }, files, sizes }
}

/**
 * Keeps the pictures of a commune whose demo content Payload wrote as the run's template; no
 * template when they are not all there as the seed names them.
 */
export const learnImageTemplate = async (payload: Payload, input: DemoSeedInput, mediaDir: string) => {
  const names = Array.from({ length: IMAGE_COUNT }, (_, i) => imageFileName(input.commune.slug, i))
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ tenant: { equals: input.commune.id } }, { filename: { in: names } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byName = new Map((docs as unknown as StoredPicture[]).map((d) => [d.filename, d]))
  if (!names.every((name) => byName.has(name))) return
  templates = names.map((name) => templateOf(byName.get(name)!, input.commune.slug, mediaDir))
}

/** The media data of one picture for a commune, from the template. */
const copyData = (t: Template, slug: string) => {
  const filename = `${slug}${t.files[0]!.suffix}`
  const sizes: Record<string, Row> = {}
  for (const [size, s] of Object.entries(t.sizes)) {
    const name = s.suffix === null ? null : `${slug}${s.suffix}`
    sizes[size] = {
      url: name ? `/api/media/file/${name}` : null,
      width: s.width,
      height: s.height,
      mimeType: s.mimeType,
      filesize: s.filesize,
      filename: name,
    }
  }
  return { ...t.fields, filename, url: `/api/media/file/${filename}`, thumbnailURL: null, sizes }
}

export const hasImageTemplate = () => templates !== null

/** The commune's three pictures: files copied from the template, rows given to `add` (the bulk write's media rows). */
export const demoImageRows = async (
  input: DemoSeedInput,
  owner: Owner,
  mediaDir: string,
  add: (data: Row) => Promise<number>,
): Promise<number[]> => {
  if (!templates) throw new Error('bulk write: no picture template yet')
  const ids: number[] = []
  for (const [i, t] of templates.entries()) {
    for (const file of t.files)
      await fs.promises.writeFile(path.join(mediaDir, `${input.commune.slug}${file.suffix}`), file.bytes)
    ids.push(
      await add({ ...imageData(owner, i, input.commune.name), ...copyData(t, input.commune.slug), public: false }),
    )
  }
  return ids
}
