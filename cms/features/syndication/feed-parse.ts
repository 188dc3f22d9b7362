import Parser from 'rss-parser'
import { htmlToPlainText } from '../../lib/plain-text'
import { isHttpUrl } from './urls'

/** One item as the feed publishes it: nothing is fetched from the article's page. */
export type FeedEntry = {
  guid: string
  title: string
  summary: string | null
  imageUrl: string | null
  link: string | null
  publishedAt: string | null
}

type Attrs = { $?: Record<string, string> }
type RawItem = {
  guid?: string
  id?: string
  title?: string
  link?: string
  links?: (string | Attrs)[]
  summary?: string
  contentSnippet?: string
  content?: string
  isoDate?: string
  enclosure?: { url?: string; type?: string }
  mediaContent?: Attrs[]
  mediaThumbnail?: Attrs[]
}

const parser = new Parser<Record<string, unknown>, RawItem>({
  customFields: {
    item: [
      ['media:content', 'mediaContent', { keepArray: true }],
      ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
      ['link', 'links', { keepArray: true }],
    ] as never,
  },
})

const text = (html: string | undefined, max: number): string | null => {
  // Tags become spaces first, so words of adjacent blocks stay apart.
  const plain = htmlToPlainText((html ?? '').replace(/<\/?[a-z][^>]*>/gi, (tag) => `${tag} `))
  if (!plain) return null
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain
}

const isImage = (a: { url?: string; href?: string; type?: string; medium?: string }) =>
  (a.type ?? '').startsWith('image/') || a.medium === 'image'

/** The item's image: an image enclosure (RSS or Atom), else Media RSS content or thumbnail. */
const imageOf = (item: RawItem): string | null => {
  const candidates: (string | undefined)[] = []
  if (item.enclosure && isImage(item.enclosure)) candidates.push(item.enclosure.url)
  for (const link of item.links ?? [])
    if (typeof link === 'object' && link.$?.rel === 'enclosure' && isImage(link.$)) candidates.push(link.$.href)
  for (const m of item.mediaContent ?? []) if (m.$ && (isImage(m.$) || !m.$.type)) candidates.push(m.$.url)
  for (const m of item.mediaThumbnail ?? []) candidates.push(m.$?.url)
  return candidates.find((url) => isHttpUrl(url)) ?? null
}

/** Parses RSS 2.0, RSS 1.0 or Atom; throws on what is not a feed. Items without a title or an ID are skipped. */
export const parseFeed = async (xml: string): Promise<FeedEntry[]> => {
  const feed = await parser.parseString(xml)
  const entries: FeedEntry[] = []
  for (const item of feed.items ?? []) {
    const link = isHttpUrl(item.link) ? (item.link as string) : null
    const guid = String(item.guid ?? item.id ?? link ?? '').trim()
    const title = text(item.title, 300)
    if (!guid || !title) continue
    entries.push({
      guid: guid.slice(0, 500),
      title,
      summary: text(item.summary ?? item.contentSnippet ?? item.content, 1000),
      imageUrl: imageOf(item),
      link,
      publishedAt: item.isoDate && !Number.isNaN(Date.parse(item.isoDate)) ? item.isoDate : null,
    })
  }
  return entries
}
