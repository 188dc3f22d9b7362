import type { Payload } from 'payload'
import type { ID } from '../../access/roles'
import { type FeedEntry, parseFeed } from './feed-parse'
import { FEEDS_SLUG, SHARED_NEWS_SLUG } from './slugs'

/** A feed must answer within this time and size; larger or slower ones are reported, not read. */
export const FEED_TIMEOUT_MS = 10_000
export const FEED_MAX_BYTES = 5 * 1024 * 1024

type Feed = { id: ID; name: string; url: string }
export type FeedResult = { feed: ID; name: string; added: number; error: string | null }

export class FeedError extends Error {}

const readLimited = async (response: Response, url: string): Promise<string> => {
  const declared = Number(response.headers.get('content-length'))
  if (declared > FEED_MAX_BYTES) throw new FeedError(`tệp quá lớn (${declared} byte, tối đa ${FEED_MAX_BYTES}).`)
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > FEED_MAX_BYTES) {
      await reader.cancel()
      throw new FeedError(`tệp quá lớn (hơn ${FEED_MAX_BYTES} byte) tại ${url}.`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The feed's body: an http(s) GET with a time limit, a size limit and at most 5 redirects. */
export const downloadFeed = async (url: string, timeoutMs = FEED_TIMEOUT_MS): Promise<string> => {
  let response: Response
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { Accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1' },
    })
  } catch (err) {
    const name = (err as Error).name
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new FeedError(`không trả lời trong ${timeoutMs / 1000} giây.`)
    throw new FeedError(
      `không kết nối được (${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message}).`,
    )
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined)
    throw new FeedError(`máy chủ trả lời lỗi HTTP ${response.status}.`)
  }
  return readLimited(response, url)
}

/** Offers the entries not seen before (by feed and guid); returns how many were added. */
const offerNew = async (payload: Payload, feed: Feed, entries: FeedEntry[]): Promise<number> => {
  const guids = entries.map((e) => `${String(feed.id)}|${e.guid}`)
  if (!guids.length) return 0
  const { docs } = await payload.find({
    collection: SHARED_NEWS_SLUG as never,
    where: { guid: { in: guids } },
    select: { guid: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const seen = new Set((docs as { guid?: string }[]).map((d) => d.guid))
  let added = 0
  for (const [i, entry] of entries.entries()) {
    if (seen.has(guids[i])) continue
    seen.add(guids[i])
    await payload.create({
      collection: SHARED_NEWS_SLUG as never,
      data: {
        title: entry.title,
        summary: entry.summary,
        imageUrl: entry.imageUrl,
        link: entry.link,
        source: feed.name,
        origin: 'feed',
        feed: feed.id,
        guid: guids[i],
        target: 'all',
        mandatory: false,
        ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
      context: { syndicationImport: true },
    })
    added++
  }
  return added
}

/** One feed: fetched, parsed and offered; its state (when, how many, what failed) kept on the feed. */
export const fetchFeed = async (payload: Payload, feed: Feed): Promise<FeedResult> => {
  let added = 0
  let error: string | null = null
  try {
    const xml = await downloadFeed(feed.url)
    let entries: FeedEntry[]
    try {
      entries = await parseFeed(xml)
    } catch (err) {
      throw new FeedError(`không đọc được nội dung RSS/Atom (${(err as Error).message.split('\n')[0]?.slice(0, 200)}).`)
    }
    added = await offerNew(payload, feed, entries)
  } catch (err) {
    error = `Nguồn "${feed.name}" (${feed.url}): ${err instanceof FeedError ? err.message : `lỗi khi nhập tin (${(err as Error).message})`}`
    payload.logger.warn(`news feed ${String(feed.id)} (${feed.url}) failed: ${(err as Error).message}`)
  }
  await payload.update({
    collection: FEEDS_SLUG as never,
    id: feed.id,
    data: { lastFetchedAt: new Date().toISOString(), lastItemCount: added, lastError: error } as never,
    depth: 0,
    overrideAccess: true,
    context: { skipAudit: true },
  })
  return { feed: feed.id, name: feed.name, added, error }
}

/** Every active feed, one after the other; one failing never stops the others. */
export const fetchAllFeeds = async (payload: Payload): Promise<FeedResult[]> => {
  const { docs } = await payload.find({
    collection: FEEDS_SLUG as never,
    where: { active: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const results: FeedResult[] = []
  for (const feed of docs as unknown as Feed[]) results.push(await fetchFeed(payload, feed))
  return results
}
