import type { Payload } from 'payload'
import { type ID, idOf } from '../../access/roles'
import { requestSiteBuilds } from '../publishing/queue'

/** What an item's picture may be: the types the media collection takes, at most 10 MB, 10 s. */
const IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
}
const MAX_BYTES = 10 * 1024 * 1024
const TIMEOUT_MS = 10_000

type Copy = { id: ID; tenant?: ID | { id: ID } | null; _status?: string | null }

/** The picture at `url`, checked for type and size; an Error says why not. */
export const fetchPicture = async (url: string) => {
  const reply = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  if (!reply.ok) throw new Error(`HTTP ${reply.status}`)
  const type = (reply.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const ext = IMAGE_TYPES[type]
  if (!ext) throw new Error(`not an image (${type || 'no type'})`)
  if (Number(reply.headers.get('content-length')) > MAX_BYTES) throw new Error('larger than 10 MB')
  const data = Buffer.from(await reply.arrayBuffer())
  if (data.length > MAX_BYTES) throw new Error('larger than 10 MB')
  return { data, mimetype: type, name: `anh-tin-tu-tinh.${ext}`, size: data.length }
}

/**
 * The shared item's picture becomes each copy's cover image, stored in the commune's own media
 * (the sites load images from their own host only), and those sites are rebuilt. Run after the
 * copies are made, outside the request: a slow or broken picture host delays nothing and only
 * leaves the copies without a picture (logged).
 */
export const copyCoverImages = async (
  payload: Payload,
  copies: Copy[],
  item: { title: string; imageUrl?: string | null },
): Promise<void> => {
  if (!item.imageUrl || !copies.length) return
  let file: Awaited<ReturnType<typeof fetchPicture>>
  try {
    file = await fetchPicture(item.imageUrl)
  } catch (err) {
    payload.logger.warn(`shared news "${item.title}": picture ${item.imageUrl} not copied: ${(err as Error).message}`)
    return
  }
  const rebuilt: ID[] = []
  for (const copy of copies) {
    const tenant = idOf(copy.tenant)
    try {
      const media = await payload.create({
        collection: 'media',
        data: { tenant, alt: item.title } as never,
        file,
        depth: 0,
        overrideAccess: true,
        context: { skipSiteBuild: true },
      })
      await payload.update({
        collection: 'posts',
        id: copy.id,
        data: { coverImage: media.id } as never,
        draft: copy._status !== 'published',
        depth: 0,
        overrideAccess: true,
        context: { syndicationCopy: true, skipSiteBuild: true },
      })
      if (tenant !== undefined && copy._status === 'published') rebuilt.push(tenant)
    } catch (err) {
      payload.logger.warn(
        `shared news "${item.title}": no cover image for post ${String(copy.id)}: ${(err as Error).message}`,
      )
    }
  }
  if (rebuilt.length) await requestSiteBuilds(payload, rebuilt)
}
