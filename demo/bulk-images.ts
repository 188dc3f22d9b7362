/**
 * The three demo pictures of a commune for the bulk write. They are the same pictures in every
 * commune, so the first commune of a run uploads them through Payload (checks, re-encoding,
 * the resized copies: the upload path itself) and every later commune gets copies of those
 * files under its own names, with the same sizes recorded.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { type DemoSeedInput, demoImages, imageData, imageFileName, type Owner } from './content-data'
import type { Row } from './bulk-rows'

type StoredFile = { suffix: string; bytes: Buffer }
type SizeRow = {
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
  filename: string | null
}
/** One picture as Payload stored it, its file names without the commune's prefix. */
type Template = {
  fields: { mimeType: unknown; filesize: unknown; width: unknown; height: unknown; focalX: unknown; focalY: unknown }
  files: StoredFile[]
  sizes: Record<string, SizeRow & { suffix: string | null }>
}

let templates: Promise<Template[]> | null = null

const suffixOf = (filename: string | null | undefined, prefix: string) =>
  filename ? filename.slice(prefix.length) : null

/** Uploads the pictures of this commune through Payload and keeps what was stored as the template. */
const uploadThrough = async (payload: Payload, input: DemoSeedInput, owner: Owner, mediaDir: string) => {
  const ids: number[] = []
  const made: Template[] = []
  for (const [i, buffer] of (await demoImages()).entries()) {
    const name = imageFileName(input.commune.slug, i)
    const doc = (await payload.create({
      collection: 'media',
      data: imageData(owner, i, input.commune.name),
      file: { data: buffer, mimetype: 'image/jpeg', name, size: buffer.length },
      overrideAccess: true,
      depth: 0,
      context: { skipAudit: true, skipSiteBuild: true },
    })) as unknown as Row & { id: number; filename: string; sizes?: Record<string, SizeRow> }
    ids.push(doc.id)
    const prefix = input.commune.slug
    const sizes: Template['sizes'] = {}
    const files: StoredFile[] = [
      { suffix: suffixOf(doc.filename, prefix)!, bytes: fs.readFileSync(path.join(mediaDir, doc.filename)) },
    ]
    for (const [size, s] of Object.entries(doc.sizes ?? {})) {
      sizes[size] = { ...s, suffix: suffixOf(s.filename, prefix) }
      if (s.filename)
        files.push({ suffix: suffixOf(s.filename, prefix)!, bytes: fs.readFileSync(path.join(mediaDir, s.filename)) })
    }
    const { mimeType, filesize, width, height, focalX, focalY } = doc
    made.push({ fields: { mimeType, filesize, width, height, focalX, focalY }, files, sizes })
  }
  return { ids, made }
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

/**
 * The IDs of the commune's three pictures: uploaded through Payload the first time in this
 * process, afterwards files copied and rows given to `add` (the bulk write's media rows).
 */
export const demoImageRows = async (
  payload: Payload,
  input: DemoSeedInput,
  owner: Owner,
  mediaDir: string,
  add: (data: Row) => Promise<number>,
): Promise<number[]> => {
  if (!templates) {
    const first = uploadThrough(payload, input, owner, mediaDir)
    templates = first.then((r) => r.made)
    templates.catch(() => {
      templates = null
    })
    return (await first).ids
  }
  const ids: number[] = []
  for (const [i, t] of (await templates).entries()) {
    for (const file of t.files)
      await fs.promises.writeFile(path.join(mediaDir, `${input.commune.slug}${file.suffix}`), file.bytes)
    ids.push(
      await add({ ...imageData(owner, i, input.commune.name), ...copyData(t, input.commune.slug), public: false }),
    )
  }
  return ids
}
