import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseFeed } from '../../cms/features/syndication/feed-parse'
import { downloadFeed, FEED_MAX_BYTES } from '../../cms/features/syndication/feeds'
import { isHttpUrl } from '../../cms/features/syndication/urls'

/** The feed reader without the server: what it takes from RSS and Atom, and what it refuses to read. */
let server: http.Server
let base = ''
let hung: http.ServerResponse[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/xml' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      let sent = 0
      const pump = () => {
        while (sent <= FEED_MAX_BYTES + chunk.length) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      pump()
    } else if (req.url === '/declared') {
      res.writeHead(200, { 'Content-Length': String(FEED_MAX_BYTES + 1) }).end()
    } else if (req.url === '/hang') {
      hung.push(res) // never answers
    } else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const res of hung) res.destroy()
  hung = []
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('downloadFeed', () => {
  it('refuses a body larger than the limit, declared or streamed', async () => {
    await expect(downloadFeed(`${base}/declared`)).rejects.toThrow(/quá lớn/)
    await expect(downloadFeed(`${base}/huge`)).rejects.toThrow(/quá lớn/)
  })

  it('gives up on a feed that does not answer in time, and names HTTP errors', async () => {
    await expect(downloadFeed(`${base}/hang`, 50)).rejects.toThrow(/không trả lời trong/)
    await expect(downloadFeed(`${base}/missing`)).rejects.toThrow(/HTTP 404/)
    await expect(downloadFeed('http://127.0.0.1:1/feed')).rejects.toThrow(/không kết nối được/)
  })
})

describe('parseFeed', () => {
  it('takes title, summary (as text), image, link and date from RSS 2.0 with Media RSS', async () => {
    const [item] = await parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>T</title><item><title>Tin   một</title><link>https://a.vn/1</link>
<description><![CDATA[<p>Tóm&nbsp;tắt <img src="x.jpg"> có ảnh</p>]]></description>
<media:thumbnail url="https://a.vn/1.jpg"/><pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>`)
    expect(item).toEqual({
      guid: 'https://a.vn/1',
      title: 'Tin một',
      summary: 'Tóm tắt có ảnh',
      imageUrl: 'https://a.vn/1.jpg',
      link: 'https://a.vn/1',
      publishedAt: '2026-12-07T10:00:00.000Z',
    })
  })

  it('keeps only http(s) addresses and skips items without a title', async () => {
    const items = await parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>urn:1</id><title>Có tiêu đề</title><link href="javascript:alert(1)"/></entry>
<entry><id>urn:2</id></entry></feed>`)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ guid: 'urn:1', link: null, imageUrl: null })
  })

  it('throws on what is not a feed', async () => {
    await expect(parseFeed('<html><body>không phải RSS</body></html>')).rejects.toThrow()
    await expect(parseFeed('<rss><channel><item>')).rejects.toThrow()
  })

  it('accepts only absolute http(s) addresses', () => {
    expect(isHttpUrl('https://angiang.gov.vn/rss')).toBe(true)
    expect(isHttpUrl('http://127.0.0.1:8080/feed.xml')).toBe(true)
    for (const bad of ['ftp://a.vn/', 'javascript:alert(1)', '/rss', '', 'https://', null])
      expect(isHttpUrl(bad)).toBe(false)
  })
})
