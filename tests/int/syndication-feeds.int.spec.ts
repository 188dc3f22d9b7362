import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * Nguồn tin RSS/Atom (cms/features/syndication/feeds.ts) on the test server: feeds served on
 * loopback by a stand-in of the provincial and government portals (RSS 2.0 and Atom) are
 * imported as offers (title, summary, image, link) once; a feed answering 500 or malformed XML
 * keeps its error on the feed and does not stop the others. The fetch is the job's own, run by
 * the province's "Lấy tin ngay" endpoint.
 */
const TAG = `feed${Date.now().toString(36)}`

const rss = (items: { guid: string; title: string }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>Cổng TTĐT tỉnh</title><link>http://portal.test/</link><description>Tin tỉnh</description>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>http://portal.test/${i.guid}.html</link>
<guid isPermaLink="false">${i.guid}</guid><description>&lt;p&gt;Tóm tắt &lt;b&gt;${i.title}&lt;/b&gt;&lt;/p&gt;</description>
<pubDate>Sat, 05 Dec 2026 08:30:00 +0700</pubDate>
<enclosure url="http://portal.test/anh/${i.guid}.jpg" type="image/jpeg" length="1000"/></item>`,
  )
  .join('\n')}
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Cổng TTĐT Chính phủ</title><id>urn:chinhphu</id>
<updated>2026-12-05T09:00:00+07:00</updated>
<entry><title>${TAG} Chính phủ họp thường kỳ</title><id>urn:chinhphu:1</id>
<link rel="alternate" href="https://chinhphu.test/hop-thuong-ky.htm"/>
<link rel="enclosure" type="image/png" href="https://chinhphu.test/anh.png"/>
<updated>2026-12-05T09:00:00+07:00</updated><summary>Phiên họp tháng 12.</summary></entry>
</feed>`

let server: http.Server
/** The picture the portal stand-in publishes with an item. */
let picture: Buffer
let base = ''
let rssItems = [{ guid: `${TAG}-1`, title: `${TAG} Tỉnh khánh thành cầu` }]
let admin = ''
const created: { collection: string; id: number }[] = []

beforeAll(async () => {
  picture = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f6f43' } })
    .png()
    .toBuffer()
  server = http.createServer((req, res) => {
    if (req.url === '/rss.xml') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(rssItems))
    else if (req.url === '/atom.xml') res.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(atom)
    else if (req.url === '/anh.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(picture)
    else if (req.url === '/khong-phai-anh.png') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>x</p>')
    else if (req.url === '/broken.xml') res.writeHead(200, { 'Content-Type': 'text/xml' }).end('<rss><channel><item>')
    else res.writeHead(500).end('lỗi máy chủ')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  admin = (await loginAs('province-admin')).token
  // Other files' feeds stay out of this file's fetches.
  const others = await rest('GET', '/api/news-feeds?where[active][equals]=true&limit=100&depth=0', { token: admin })
  for (const feed of others.body.docs as { id: number }[])
    await rest('PATCH', `/api/news-feeds/${feed.id}`, { token: admin, body: { active: false } })
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await rest('DELETE', `/api/${collection}/${id}`, { token: admin })
  await new Promise((resolve) => server.close(resolve))
})

const addFeed = async (name: string, path: string) => {
  const reply = await rest('POST', '/api/news-feeds', { token: admin, body: { name, url: `${base}${path}` } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push({ collection: 'news-feeds', id: reply.body.doc.id })
  return reply.body.doc as { id: number }
}

const fetchNow = async () => {
  const reply = await rest('POST', '/api/syndication/fetch-feeds', { token: admin })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.feeds as { feed: number; added: number; error: string | null }[]
}

const offersOf = async (feed: number) => {
  const reply = await rest('GET', `/api/shared-news?where[feed][equals]=${feed}&depth=0&limit=50&sort=title`, {
    token: admin,
  })
  for (const doc of reply.body.docs)
    if (!created.some((c) => c.id === doc.id && c.collection === 'shared-news'))
      created.push({ collection: 'shared-news', id: doc.id })
  return reply.body.docs as Record<string, unknown>[]
}

describe('Nguồn tin RSS/Atom', () => {
  it('imports RSS 2.0 and Atom items once, and reports the broken feeds without stopping the others', async () => {
    const down = await addFeed(`${TAG} nguồn hỏng 500`, '/down.xml')
    const portal = await addFeed('Cổng TTĐT tỉnh An Giang', '/rss.xml')
    const broken = await addFeed(`${TAG} nguồn sai định dạng`, '/broken.xml')
    const government = await addFeed('Cổng TTĐT Chính phủ', '/atom.xml')
    const first = await fetchNow()
    const result = (id: number) => first.find((r) => r.feed === id)!
    expect(result(portal.id)).toMatchObject({ added: 1, error: null })
    expect(result(government.id)).toMatchObject({ added: 1, error: null })
    expect(result(down.id).error).toContain('HTTP 500')
    expect(result(broken.id).error).toContain('không đọc được nội dung RSS/Atom')

    const [fromRss] = await offersOf(portal.id)
    expect(fromRss).toMatchObject({
      title: `${TAG} Tỉnh khánh thành cầu`,
      summary: `Tóm tắt ${TAG} Tỉnh khánh thành cầu`,
      imageUrl: `http://portal.test/anh/${TAG}-1.jpg`,
      link: `http://portal.test/${TAG}-1.html`,
      source: 'Cổng TTĐT tỉnh An Giang',
      origin: 'feed',
      mandatory: false,
      target: 'all',
    })
    expect(fromRss!.publishedAt).toBe('2026-12-05T01:30:00.000Z')
    const [fromAtom] = await offersOf(government.id)
    expect(fromAtom).toMatchObject({
      title: `${TAG} Chính phủ họp thường kỳ`,
      summary: 'Phiên họp tháng 12.',
      imageUrl: 'https://chinhphu.test/anh.png',
      link: 'https://chinhphu.test/hop-thuong-ky.htm',
      source: 'Cổng TTĐT Chính phủ',
    })

    const feed = (id: number) => rest('GET', `/api/news-feeds/${id}?depth=0`, { token: admin })
    expect((await feed(down.id)).body.lastError).toMatch(/^Nguồn ".*nguồn hỏng 500".*HTTP 500/)
    expect((await feed(broken.id)).body.lastError).toContain('không đọc được')
    expect((await feed(portal.id)).body).toMatchObject({ lastError: null, lastItemCount: 1 })
    expect((await feed(portal.id)).body.lastFetchedAt).toBeTruthy()

    // Fetched again: nothing new; a new item in the feed is the only one added.
    rssItems = [...rssItems, { guid: `${TAG}-2`, title: `${TAG} Tin thứ hai` }]
    const second = await fetchNow()
    expect(second.find((r) => r.feed === portal.id)).toMatchObject({ added: 1, error: null })
    expect(second.find((r) => r.feed === government.id)).toMatchObject({ added: 0, error: null })
    expect(await offersOf(portal.id)).toHaveLength(2)
    expect(await offersOf(government.id)).toHaveLength(1)
  })

  it('offers feed items to the boards, and only the province fetches', async () => {
    const chief = (await loginAs('chief', 'my-binh')).token
    const seen = await rest('GET', `/api/shared-news?where[title][contains]=${TAG}&depth=0`, { token: chief })
    expect(seen.status).toBe(200)
    expect(seen.body.docs.length).toBeGreaterThanOrEqual(3)
    expect((await rest('POST', '/api/syndication/fetch-feeds', { token: chief })).status).toBe(403)
    expect((await rest('POST', '/api/syndication/fetch-feeds')).status).toBe(403)
  })
})

describe('the picture of a shared item', () => {
  it('becomes the cover image of a republished copy, stored in the commune, and shows on its site', async () => {
    const chief = (await loginAs('chief', 'my-binh')).token
    const commune = (await rest('GET', '/api/communes?where[slug][equals]=my-binh&depth=0', { token: admin })).body
      .docs[0]
    const category = (
      await rest('GET', `/api/categories?where[tenant][equals]=${commune.id}&limit=1&depth=0`, { token: admin })
    ).body.docs[0].id
    const share = async (title: string, imageUrl: string) => {
      const item = await rest('POST', '/api/shared-news', {
        token: admin,
        body: { title, source: 'Cổng TTĐT tỉnh', imageUrl, target: 'communes', communes: [commune.id] },
      })
      expect(item.status, JSON.stringify(item.body)).toBe(201)
      created.push({ collection: 'shared-news', id: item.body.doc.id })
      const copy = await rest('POST', '/api/syndication/republish', {
        token: chief,
        body: { sharedNews: item.body.doc.id, category },
      })
      expect(copy.status, JSON.stringify(copy.body)).toBe(201)
      created.push({ collection: 'posts', id: copy.body.id ?? copy.body.doc?.id })
      return copy.body
    }
    const withPicture = await share(`${TAG} Tin có ảnh`, `${base}/anh.png`)
    const postId = withPicture.id ?? withPicture.doc?.id
    const post = await waitFor(
      'the copy with its cover image',
      async () => {
        const doc = (await rest('GET', `/api/posts/${postId}?depth=1`, { token: admin })).body
        return doc.coverImage ? doc : null
      },
      60_000,
    )
    expect(post.coverImage).toMatchObject({ tenant: commune.id, alt: `${TAG} Tin có ảnh`, mimeType: 'image/png' })
    await waitFor(
      'the picture on the article page',
      async () => {
        const page = await hostGet('my-binh.localhost', `/tin-tuc/bai/${post.slug}/`)
        // The cover's own file (its name without the extension: the site serves sized variants).
        const stem = String(post.coverImage.filename).replace(/\.[^.]+$/, '')
        return page.status === 200 && page.body.includes(`/media/${stem}`)
      },
      180_000,
    )
    // Not a picture: the copy is made all the same, without a cover image.
    const notPicture = await share(`${TAG} Ảnh hỏng`, `${base}/khong-phai-anh.png`)
    const other = (await rest('GET', `/api/posts/${notPicture.id ?? notPicture.doc?.id}?depth=0`, { token: admin }))
      .body
    expect(other.coverImage ?? null).toBeNull()
  }, 300_000)
})
