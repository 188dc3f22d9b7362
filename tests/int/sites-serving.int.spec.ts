import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { siteRequestHandler } from '../../cms/serving/serve-sites'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { type Hit, readHits } from '../../scripts/lib/matomo-stand-in'

/** Each commune's site by host, the directory on other hosts, and how files are served. */
const SITE = 'my-binh.localhost'

describe('serving the sites', () => {
  it('serves a commune’s home page at <slug>.localhost, in its theme', async () => {
    const home = await hostGet(SITE, '/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toMatch(/text\/html/)
    expect(home.body).toContain('Phường Mỹ Bình')
    expect(home.body).toMatch(/<html[^>]*data-theme="[a-z0-9-]+"/)
  })

  it('serves the province directory on any other host, linking every commune', async () => {
    const directory = await hostGet('127.0.0.1', '/')
    expect(directory.status).toBe(200)
    expect(directory.body).toContain(`http://my-binh.localhost:${inject('port')}/`)
    expect(directory.body).toContain('Thành phố Long Xuyên')
    const links = directory.body.match(/href="http:\/\/[a-z0-9-]+\.localhost:\d+\/"/g) ?? []
    expect(new Set(links).size).toBe(156)
  })

  it('keeps the admin and the API on every host', async () => {
    expect((await hostGet(SITE, '/api/communes?limit=1')).status).toBe(200)
    expect((await hostGet('127.0.0.1', '/admin/login')).status).toBe(200)
  })

  it('answers 404 with the site’s own page for missing pages and for paths that try to leave the site', async () => {
    for (const p of [
      '/khong-co-trang-nay/',
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fdemo-credentials.json',
      '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
      '/.env',
      '/media/..%2f..%2f..%2fcommune-sites.db',
    ]) {
      const reply = await hostGet(SITE, p)
      expect(reply.status, p).toBe(404)
      expect(reply.body, p).not.toContain('root:')
    }
    expect((await hostGet(SITE, '/khong-co-trang-nay/')).body).toContain('Không tìm thấy')
  })

  it('answers a missing page of the directory’s host in Vietnamese too, and still serves its own files', async () => {
    // These paths went on to Next, whose 404 page is in English.
    for (const p of ['/khong-co-trang-nay/', '/favicon.ico', '/tin-tuc/bai/khong-co/']) {
      const reply = await hostGet('127.0.0.1', p)
      expect(reply.status, p).toBe(404)
      expect(reply.body, p).toContain('Không tìm thấy')
      expect(reply.body, p).not.toMatch(/could not be found/i)
    }
    const directory = await hostGet('127.0.0.1', '/')
    const asset = directory.body.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1]
    expect(asset).toBeTruthy()
    expect((await hostGet('127.0.0.1', String(asset))).status).toBe(200)
    expect((await hostGet('127.0.0.1', '/bang-tin/')).status).toBe(200)
  })

  it('sends security headers, with a CSP that allows the analytics hosts', async () => {
    const { headers } = await hostGet(SITE, '/')
    const csp = String(headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain(`script-src 'self' ${new URL(inject('matomoUrl')).origin}`)
    expect(csp).toContain("frame-ancestors 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('caches hashed assets for a year and HTML briefly, with ETags and compression', async () => {
    const home = await hostGet(SITE, '/', { 'Accept-Encoding': 'gzip, br' })
    expect(home.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(['gzip', 'br']).toContain(home.headers['content-encoding'])
    expect(home.headers.etag).toBeTruthy()
    const again = await hostGet(SITE, '/', { 'If-None-Match': String(home.headers.etag) })
    expect(again.status).toBe(304)
    const asset = home.body.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1]
    if (asset) {
      const reply = await hostGet(SITE, asset)
      expect(reply.status).toBe(200)
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
  })
})

describe('analytics', () => {
  it('gives every page the tracker of its own commune, and no two communes share an idsite', async () => {
    const { token } = await loginAs('province-admin')
    const communes = (await rest('GET', '/api/communes?limit=200&depth=0', { token })).body.docs as {
      slug: string
      matomoSiteId: number
      emcSiteId: string
    }[]
    const seen = new Set<string>()
    for (const c of communes.slice(0, 20)) {
      const script = await hostGet(`${c.slug}.localhost`, '/_analytics.js')
      expect(script.status, c.slug).toBe(200)
      const idsite = script.body.match(/'setSiteId', "(\d+)"/)?.[1]
      expect(idsite, c.slug).toBe(String(c.matomoSiteId))
      expect(script.body).toContain("'disableCookies'")
      expect(script.body).toContain(c.emcSiteId)
      expect(seen.has(idsite!)).toBe(false)
      seen.add(idsite!)
      const home = await hostGet(`${c.slug}.localhost`, '/')
      expect(home.body, c.slug).toContain('src="/_analytics.js"')
    }
  })

  it('reports a document download to Matomo from the server, with the commune’s idsite', async () => {
    const home = await hostGet(SITE, '/van-ban/')
    const pdf = home.body.match(/href="(\/media\/[^"]+\.pdf)"/)?.[1]
    expect(pdf).toBeTruthy()
    const download = await hostGet(SITE, pdf!)
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    const { token } = await loginAs('province-admin')
    const commune = (await rest('GET', '/api/communes?where[slug][equals]=my-binh&depth=0', { token })).body.docs[0]
    let hit: Hit | undefined
    for (let i = 0; i < 50 && !hit; i++) {
      hit = (await readHits(inject('matomoUrl'))).find((h) => h.query.download?.endsWith(pdf!))
      if (!hit) await new Promise((r) => setTimeout(r, 100))
    }
    expect(hit).toBeTruthy()
    expect(hit!.query.idsite).toBe(String(commune.matomoSiteId))
    expect(hit!.query.rec).toBe('1')
    expect(hit!.query.url).toBe(`http://my-binh.localhost:${inject('port')}${pdf}`)
    expect(JSON.stringify(hit)).not.toMatch(/token_auth/)
  })
})

describe('the live version of a site', () => {
  it('is a symlink to a complete build folder', () => {
    const live = path.join(inject('dataDir'), 'sites', 'my-binh', 'current')
    expect(fs.lstatSync(live).isSymbolicLink()).toBe(true)
    expect(fs.existsSync(path.join(live, 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(live, '_analytics.js'))).toBe(true)
  })
})

const liveFolder = () => path.join(inject('dataDir'), 'sites', 'my-binh', 'current')

/** Switches my-binh's live symlink the way sites/build.ts does: a new link renamed over the old. */
const switchLive = (target: string) => {
  const temp = path.join(inject('dataDir'), 'sites', 'my-binh', `current.test-${process.pid}.tmp`)
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(target, temp)
  fs.renameSync(temp, liveFolder())
}

/** Switching builds, and the encodings a client accepts. */
const switchAndEncodingTests = () => {
  it('serves a switched build on the very next request, and the previous one again after switching back', async () => {
    const before = fs.readlinkSync(liveFolder())
    const buildId = `test-switch-${process.pid}`
    const buildDir = path.join(inject('dataDir'), 'sites', 'my-binh', 'builds', buildId)
    fs.cpSync(fs.realpathSync(liveFolder()), buildDir, { recursive: true })
    const html = fs
      .readFileSync(path.join(buildDir, 'index.html'), 'utf8')
      .replace('</body>', '<p>bản dựng mới</p></body>')
    fs.writeFileSync(path.join(buildDir, 'index.html'), html)
    try {
      // Cached first, so the switch must invalidate what the server holds in memory.
      const old = await hostGet(SITE, '/', { 'Accept-Encoding': 'gzip, br' })
      expect(old.body).not.toContain('bản dựng mới')
      switchLive(path.join('builds', buildId))
      const fresh = await hostGet(SITE, '/', { 'Accept-Encoding': 'gzip, br' })
      expect(fresh.body).toBe(html)
      expect(fresh.headers.etag).not.toBe(old.headers.etag)
      expect((await hostGet(SITE, '/', { 'If-None-Match': String(old.headers.etag) })).status).toBe(200)
      switchLive(before)
      expect((await hostGet(SITE, '/', { 'Accept-Encoding': 'br' })).body).toBe(old.body)
    } finally {
      if (fs.readlinkSync(liveFolder()) !== before) switchLive(before)
      fs.rmSync(buildDir, { recursive: true, force: true })
    }
  })

  it('sends brotli, gzip or the file itself as the client accepts, each decoding to the file', async () => {
    const live = liveFolder()
    const files: Array<[string, string]> = [
      ['/', 'index.html'],
      ['/tin-tuc/', 'tin-tuc/index.html'],
      ['/_analytics.js', '_analytics.js'],
      ['/sitemap.xml', 'sitemap.xml'],
    ]
    for (const [urlPath, file] of files) {
      const onDisk = fs.readFileSync(path.join(live, file))
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.5, gzip', 'gzip'],
        ['identity', undefined],
        ['br;q=0, gzip;q=0', undefined],
      ] as const) {
        const reply = await hostGet(SITE, urlPath, { 'Accept-Encoding': accept })
        expect(reply.status, `${urlPath} ${accept}`).toBe(200)
        expect(reply.headers['content-encoding'], `${urlPath} ${accept}`).toBe(
          onDisk.length >= 1024 ? encoding : undefined,
        )
        expect(Number(reply.headers['content-length']), `${urlPath} ${accept}`).toBe(reply.raw.length)
        expect(reply.headers.vary).toBe('Accept-Encoding')
        expect(Buffer.from(reply.body).equals(onDisk), `${urlPath} ${accept}`).toBe(true)
      }
    }
    expect((await hostGet(SITE, '/sitemap.xml')).headers['content-type']).toBe('application/xml; charset=utf-8')
    expect((await hostGet(SITE, '/_analytics.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
  })
}

/** Conditional requests, HEAD, other methods and folders without their slash. */
const conditionalAndMethodTests = () => {
  it('answers 304 to a current copy, by ETag or date, and HEAD with the headers alone', async () => {
    const page = await hostGet(SITE, '/tin-tuc/', { 'Accept-Encoding': 'br' })
    const byTag = await hostGet(SITE, '/tin-tuc/', { 'If-None-Match': `"other", ${String(page.headers.etag)}` })
    expect(byTag.status).toBe(304)
    expect(byTag.raw.length).toBe(0)
    expect(byTag.headers.etag).toBe(page.headers.etag)
    expect(byTag.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(byTag.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect((await hostGet(SITE, '/tin-tuc/', { 'If-None-Match': '"other"' })).status).toBe(200)
    expect(
      (await hostGet(SITE, '/tin-tuc/', { 'If-Modified-Since': String(page.headers['last-modified']) })).status,
    ).toBe(304)
    expect((await hostGet(SITE, '/tin-tuc/', { 'If-Modified-Since': 'Thu, 01 Jan 2004 00:00:00 GMT' })).status).toBe(
      200,
    )
    // Not hostGet: it would try to decompress the empty body.
    const head = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }>(
      (resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: inject('port'),
            path: '/tin-tuc/',
            method: 'HEAD',
            headers: { Host: `${SITE}:${inject('port')}`, 'Accept-Encoding': 'br' },
          },
          (res) => {
            let bytes = 0
            res.on('data', (c: Buffer) => (bytes += c.length))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }))
          },
        )
        req.on('error', reject)
        req.end()
      },
    )
    expect(head.status).toBe(200)
    expect(head.bytes).toBe(0)
    expect(head.headers['content-length']).toBe(page.headers['content-length'])
    expect(head.headers['content-encoding']).toBe('br')
  })

  it('refuses other methods, and redirects a folder named without its slash to the slash form on the same host', async () => {
    const post = await hostGet(SITE, '/', {}, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
    for (const [asked, location] of [
      ['/tin-tuc', '/tin-tuc/'],
      ['/tin-tuc?trang=2', '/tin-tuc/?trang=2'],
      ['//tin-tuc', '/tin-tuc/'],
    ]) {
      const reply = await hostGet(SITE, asked!)
      expect(reply.status, asked).toBe(301)
      expect(reply.headers.location, asked).toBe(location)
    }
    expect((await hostGet(SITE, '/tin-tuc/?trang=2')).status).toBe(200)
    expect((await hostGet(SITE, '/robots.txt/')).status).toBe(404)
  })
}

/** Byte ranges, the memory budget, and files streamed from disk. */
const rangeAndMemoryTests = () => {
  it('sends one byte range of a document, and 416 for a range past its end', async () => {
    const live = liveFolder()
    const pdf = fs.readdirSync(path.join(live, 'media')).find((f) => f.endsWith('.pdf'))
    expect(pdf).toBeTruthy()
    const onDisk = fs.readFileSync(path.join(live, 'media', pdf!))
    const part = await hostGet(SITE, `/media/${pdf}`, { Range: 'bytes=10-109' })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 10-109/${onDisk.length}`)
    expect(part.raw.equals(onDisk.subarray(10, 110))).toBe(true)
    const tail = await hostGet(SITE, `/media/${pdf}`, { Range: 'bytes=-20' })
    expect(tail.raw.equals(onDisk.subarray(onDisk.length - 20))).toBe(true)
    expect((await hostGet(SITE, `/media/${pdf}`, { Range: `bytes=${onDisk.length}-` })).status).toBe(416)
    const whole = await hostGet(SITE, `/media/${pdf}`, { Range: 'bytes=0-9', 'If-Range': '"another version"' })
    expect(whole.status).toBe(200)
    expect(whole.headers['cache-control']).toBe('public, max-age=86400')
    expect(whole.raw.equals(onDisk)).toBe(true)
  })

  it('keeps the files it holds in memory within its budget, and still serves every page right', async () => {
    // The build live now, pinned: a publish of an earlier test may switch the live link meanwhile.
    const live = fs.realpathSync(liveFolder())
    const site = await localSiteServer({ cacheBytes: 200_000, root: live })
    try {
      const pages = fs
        .readdirSync(live, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/${path.dirname(f)}/`.replace(/^\/\.\/$/, '/'))
      expect(pages.length).toBeGreaterThan(20)
      for (const round of [1, 2])
        for (const p of pages)
          expect(
            (await site.get(p)).body.equals(fs.readFileSync(path.join(live, p, 'index.html'))),
            `${p} (round ${round})`,
          ).toBe(true)
      const stats = site.handler.cacheStats()
      expect(stats.bytes).toBeLessThanOrEqual(200_000)
      expect(stats.entries).toBeGreaterThan(0)
      expect(stats.entries).toBeLessThan(pages.length)
      expect((await site.get('/api/communes')).status).toBe(418) // handed on, to this test server's stand-in for Express
    } finally {
      await site.close()
    }
  })

  it('streams files too large to hold from disk, whole or by range', async () => {
    const live = liveFolder()
    const pdf = fs.readdirSync(path.join(live, 'media')).find((f) => f.endsWith('.pdf'))!
    const onDisk = fs.readFileSync(path.join(live, 'media', pdf))
    expect(onDisk.length).toBeGreaterThan(1000)
    const site = await localSiteServer({ maxFileBytes: 1000 })
    const held = await localSiteServer({})
    try {
      const whole = await site.get(`/media/${pdf}`)
      expect(whole.status).toBe(200)
      expect(whole.body.equals(onDisk)).toBe(true)
      expect((await held.get(`/media/${pdf}`)).body.equals(onDisk)).toBe(true)
      // The same answer cached, without the bytes of the file.
      expect(held.handler.cacheStats().bytes - site.handler.cacheStats().bytes).toBe(onDisk.length)
      const part = await site.get(`/media/${pdf}`, { Range: 'bytes=100-899' })
      expect(part.status).toBe(206)
      expect(part.body.equals(onDisk.subarray(100, 900))).toBe(true)
      expect((await site.get(`/media/${pdf}`, { 'If-None-Match': String(whole.headers.etag) })).status).toBe(304)
    } finally {
      await site.close()
      await held.close()
    }
  })
}

describe('how the server answers with a site’s files', () => {
  switchAndEncodingTests()
  conditionalAndMethodTests()
  rangeAndMemoryTests()
})

/**
 * The site handler on a server of its own, serving my-binh's live folder on every host with
 * chosen limits; paths it hands on get 418.
 */
const localSiteServer = async ({
  root,
  ...limits
}: {
  cacheBytes?: number
  maxFileBytes?: number
  /** One build's folder to serve, instead of the live link (which a rebuild may switch meanwhile). */
  root?: string
}) => {
  const handler = siteRequestHandler({
    siteFor: () => ({ slug: 'my-binh', name: 'Phường Mỹ Bình', matomoSiteId: null, suspended: false }),
    liveDirOf: (slug) => root ?? path.join(inject('dataDir'), 'sites', slug, 'current'),
    ...limits,
  })
  const server = http.createServer((req, res) => handler(req, res, () => res.writeHead(418).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const get = (urlPath: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: urlPath, headers: { 'Accept-Encoding': 'br', ...headers } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const raw = Buffer.concat(chunks)
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: res.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(raw) : raw,
            })
          })
        })
        .on('error', reject)
    })
  const close = async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  return { handler, get, close }
}
