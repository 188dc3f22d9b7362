import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { readHits } from '../support/matomo-stand-in'

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
    for (const p of ['/khong-co-trang-nay/', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fdemo-credentials.json', '/%2e%2e%5c%2e%2e%5cetc%5cpasswd', '/.env', '/media/..%2f..%2f..%2fcommune-sites.db']) {
      const reply = await hostGet(SITE, p)
      expect(reply.status, p).toBe(404)
      expect(reply.body, p).not.toContain('root:')
    }
    expect((await hostGet(SITE, '/khong-co-trang-nay/')).body).toContain('Không tìm thấy')
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
    const communes = (await rest('GET', '/api/communes?limit=200&depth=0', { token })).body.docs as { slug: string; matomoSiteId: number; emcSiteId: string }[]
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
    let hit
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
