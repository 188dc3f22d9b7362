import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { buildSiteFixtures, FIXTURE_POSTS, type FixtureSet, type FixtureSite } from '../../scripts/site-fixtures'
import { serveSite, type StaticServer } from '../../scripts/lib/static-server'

export { FIXTURE_POSTS, fixtureSlug, type FixtureSet, type FixtureSite } from '../../scripts/site-fixtures'

/**
 * Builds the theme fixture set (scripts/site-fixtures.ts) once for the test file that calls
 * this at its top level, and serves each site on demand at the root of its own
 * http://127.0.0.1:<port>/. Everything (temporary folder, servers) goes in afterAll.
 */
export const setUpSiteFixtures = (options: { themes?: number[] } = {}) => {
  let set: FixtureSet | undefined
  const servers = new Map<string, Promise<StaticServer>>()
  beforeAll(async () => {
    set = await buildSiteFixtures({ ...options, log: (line) => console.log(`[site-fixtures] ${line}`) })
  }, 900_000)
  afterAll(async () => {
    await Promise.all([...servers.values()].map(async (s) => (await s).close()))
    servers.clear()
    set?.cleanup()
  })
  const fixtures = (): FixtureSet => {
    if (!set) throw new Error('the fixture sites are not built (beforeAll failed?)')
    return set
  }
  return {
    fixtures,
    site: (n: number): FixtureSite => {
      const site = fixtures().sites.find((s) => s.number === n)
      if (!site) throw new Error(`theme ${n} is not in the fixture set`)
      return site
    },
    /** The base URL (no trailing slash) of a fixture site, started on first use. */
    serve: async (site: FixtureSite): Promise<string> => {
      let server = servers.get(site.slug)
      if (!server) {
        server = serveSite(site.dir)
        servers.set(site.slug, server)
      }
      return (await server).url
    },
  }
}

/** One kind of page of a commune site, found in the built output. */
export type PageType = { name: string; path: string; status: number }

const exists = (dir: string, rel: string) => fs.existsSync(path.join(dir, rel, 'index.html'))
/** The first root-relative link under `prefix` in a page, in document order. */
const firstLink = (
  dir: string,
  rel: string,
  prefix: RegExp,
  skip: (href: string) => boolean = () => false,
): string | undefined => {
  const html = fs.readFileSync(path.join(dir, rel, 'index.html'), 'utf8')
  for (const m of html.matchAll(/href="([^"#?]+)"/g)) if (prefix.test(m[1]!) && !skip(m[1]!)) return m[1]
  return undefined
}

const INJECTED = new Set<string>(Object.values(FIXTURE_POSTS).map((p) => `/tin-tuc/bai/${p.slug}/`))

/**
 * Every page type of a commune site, each with one URL found in the built site folder (the
 * first item of each list, as a visitor would click it). The article is the newest demo post
 * (not one of the posts the fixtures add for the search test). Throws, naming what is missing,
 * when the build lacks a page type.
 */
export const discoverPageTypes = (dir: string): PageType[] => {
  const missing: string[] = []
  const pages: PageType[] = []
  const add = (name: string, p: string | undefined, status = 200) => {
    if (!p || (status === 200 && !exists(dir, p))) missing.push(`${name} (${p ?? 'no link found'})`)
    else pages.push({ name, path: p, status })
  }
  add('home', '/')
  add('intro page', '/gioi-thieu/')
  add('child page', exists(dir, 'gioi-thieu') ? firstLink(dir, 'gioi-thieu', /^\/gioi-thieu\/[^/]+\/$/) : undefined)
  add('to-chuc-bo-may', '/to-chuc-bo-may/')
  add('tin-tuc list', '/tin-tuc/')
  add('tin-tuc page 2', '/tin-tuc/trang/2/')
  const category = exists(dir, 'tin-tuc')
    ? firstLink(dir, 'tin-tuc', /^\/tin-tuc\/(?!bai\/|trang\/)[^/]+\/$/)
    : undefined
  add('category', category)
  const article = exists(dir, 'tin-tuc')
    ? firstLink(dir, 'tin-tuc', /^\/tin-tuc\/bai\/[^/]+\/$/, (h) => INJECTED.has(h))
    : undefined
  add('article', article)
  add('thong-bao list', '/thong-bao/')
  add('thong-bao detail', exists(dir, 'thong-bao') ? firstLink(dir, 'thong-bao', /^\/thong-bao\/[^/]+\/$/) : undefined)
  add('van-ban list', '/van-ban/')
  add('van-ban detail', exists(dir, 'van-ban') ? firstLink(dir, 'van-ban', /^\/van-ban\/[^/]+\/$/) : undefined)
  add('cong-khai', '/cong-khai/')
  // The first item listed on /cong-khai/, and its category.
  const disclosure = exists(dir, 'cong-khai') ? firstLink(dir, 'cong-khai', /^\/cong-khai\/[^/]+\/[^/]+\/$/) : undefined
  add('cong-khai category', disclosure && `/${disclosure.split('/')[2]}/`.replace(/^/, '/cong-khai'))
  add('cong-khai detail', disclosure)
  for (const p of [
    'thu-tuc-hanh-chinh',
    'hoi-dap',
    'tiep-can-thong-tin',
    'nguoi-phat-ngon',
    'lien-he',
    'so-do-trang',
    'tim-kiem',
  ])
    add(p, `/${p}/`)
  if (fs.existsSync(path.join(dir, '404.html'))) add('404', '/khong-co-trang-nay/', 404)
  else missing.push('404 (404.html)')
  if (missing.length) throw new Error(`${dir}: the build has no ${missing.join(', ')}`)
  return pages
}

/** The built HTML file of a page type (the 404 page for the missing URL). */
export const pageFile = (dir: string, page: PageType): string =>
  page.status === 404 ? path.join(dir, '404.html') : path.join(dir, page.path, 'index.html')
