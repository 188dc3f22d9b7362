import type http from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import { siteUrl, sitesDomain } from '../../contract/site-urls'
import type { SiteInfo, SiteLookup } from './hosts'

/**
 * The addresses of old sites that no longer answer themselves (issue 13: communes merged into
 * new units on 01/07/2025). Each row of the `redirects` collection names an old unit's host
 * names (<fromSlug>.<SITES_DOMAIN> and its own domains) and its successor: every request there
 * answers 301 to the successor's site, an old page to the same item on the new site (`paths`),
 * anything else to the new home page. A unit split between successors shows a page listing them.
 *
 * The sites server asks only after a host turned out not to be a live or suspended commune's
 * (a live commune always keeps its own host names). Answered from memory, as site pages are: a
 * request is a host lookup, a path lookup per hop and one write of prepared headers.
 */

/** Where an old unit's content lives now: the successor's name and its home page (trailing slash). */
export type Successor = { name: string; url: string }

/** What one old host answers. */
export type OldSite = {
  fromName: string
  /** The live successor that took the content; null when only the split page is left. */
  to: Successor | null
  /**
   * Old path → new path, one map per hop from the old unit to `to` (a unit merged again later is
   * a chain: each hop's map is applied in turn); a path missing from any hop goes to the home page.
   */
  hops: readonly ReadonlyMap<string, string>[]
  /**
   * The split page (every live successor, `to` first) when the unit was split (its row names
   * other successors, `alsoTo`: that, not `kind`, decides); else null.
   */
  page: Buffer | null
}

/** Host name → old site; a promise only while the table was never loaded or an unknown host is looked up again. */
export type RedirectLookup = (hostname: string) => OldSite | undefined | Promise<OldSite | undefined>

/** The date the 2025 reorganisation took effect (Nghị quyết of the National Assembly Standing Committee). */
export const REORGANISATION_DATE = '01/07/2025'

/** As the site host table (hosts.ts): other processes write redirects and communes too. */
const REFRESH_MS = 2_000
const UNKNOWN_HOST_REFRESH_MS = 1_000
/** Rows are re-read whole only when their updatedAt changed; all of them again every this many refreshes. */
const FULL_RELOAD_EVERY = 30
/** How many times a successor merged again later is followed before giving up. */
const MAX_HOPS = 5

type Id = number | string
type Relation = Id | { id: Id } | null | undefined

type RedirectRow = {
  id: Id
  fromName: string
  fromSlug: string
  fromDomains?: { domain?: string | null }[] | null
  to?: Relation
  alsoTo?: Relation[] | null
  paths?: unknown
  updatedAt?: string | null
}

type CommuneRow = {
  id: Id
  slug?: string | null
  name: string
  status?: string | null
  domains?: { domain?: string | null }[] | null
  mergedInto?: Relation
}

/** A redirect row as served: its paths map normalised once, when the row is read. */
type PreparedRow = {
  id: string
  fromName: string
  fromSlug: string
  fromDomains: string[]
  to: string | null
  alsoTo: string[]
  paths: ReadonlyMap<string, string>
  updatedAt: string
}

const NO_PATHS: ReadonlyMap<string, string> = new Map()

const idOf = (relation: Relation): string | null =>
  relation === null || relation === undefined
    ? null
    : typeof relation === 'object'
      ? String(relation.id)
      : String(relation)

const hostName = (value: string | null | undefined): string => (value ?? '').trim().toLowerCase().replace(/\.+$/, '')

/**
 * The key an old page is found under: decoded, normalised (no `..`, no `//`), `/x/index.html`
 * as `/x/`, and a page's path with its trailing slash (`/tin-tuc/bai/le-hoi` as
 * `/tin-tuc/bai/le-hoi/`); a file's path (`/van-ban/qd-12.pdf`) stays as it is.
 */
export const oldPathKey = (urlPath: string): string => {
  let decoded = urlPath
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    /* kept as sent */
  }
  let key = path.posix.normalize(`/${decoded}`)
  if (key.endsWith('/index.html')) key = key.slice(0, -'index.html'.length)
  else if (!key.endsWith('/') && !key.slice(key.lastIndexOf('/') + 1).includes('.')) key += '/'
  return key
}

/**
 * A new path as it may go into a Location header after the successor's address: one leading
 * slash (never `//host`, which would leave the site), no control characters (no header
 * injection), non-ASCII percent-encoded. Null when it is not a path.
 */
const newPath = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (!trimmed.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(trimmed)) return null
  const single = trimmed.replace(/^\/+/, '/')
  return /[^\x21-\x7e]/.test(single) ? encodeURI(single) : single
}

const preparePaths = (paths: unknown): ReadonlyMap<string, string> => {
  let object = paths
  if (typeof object === 'string') {
    try {
      object = JSON.parse(object)
    } catch {
      return NO_PATHS
    }
  }
  if (!object || typeof object !== 'object' || Array.isArray(object)) return NO_PATHS
  const map = new Map<string, string>()
  for (const [from, to] of Object.entries(object)) {
    const target = newPath(to)
    if (from.startsWith('/') && target) map.set(oldPathKey(from), target)
  }
  return map.size ? map : NO_PATHS
}

const prepareRow = (row: RedirectRow): PreparedRow => ({
  id: String(row.id),
  fromName: row.fromName,
  fromSlug: hostName(row.fromSlug),
  fromDomains: (row.fromDomains ?? []).map((d) => hostName(d.domain)).filter(Boolean),
  to: idOf(row.to),
  alsoTo: (row.alsoTo ?? []).map(idOf).filter((id): id is string => Boolean(id)),
  paths: preparePaths(row.paths),
  updatedAt: row.updatedAt ?? '',
})

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** What the home page of a unit split between successors shows: a plain list of them, nothing external. */
export const splitNotice = (fromName: string, successors: Successor[], keeper: Successor | null): string => {
  const name = escapeHtml(fromName)
  const items = successors
    .map(
      (s) =>
        `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a>${
          s === keeper ? ` <span>(nơi lưu tin bài, văn bản trước đây của ${name})</span>` : ''
        }</li>`,
    )
    .join('')
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${name} đã được chia tách</title><style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}a{color:#0b5394}li{margin:.5rem 0}span{color:#4a4a4a}</style></head><body><main><h1>${name} đã được chia tách</h1><p>Thực hiện sắp xếp đơn vị hành chính, từ ngày ${REORGANISATION_DATE} ${name} được chia tách; địa bàn của đơn vị nay thuộc các đơn vị hành chính dưới đây. Trang thông tin điện tử của ${name} không còn cập nhật. Mời bạn truy cập trang của đơn vị nơi mình cư trú:</p><ul>${items}</ul></main></body></html>`.normalize(
    'NFC',
  )
}

/**
 * The table, built from the redirect rows and the communes: host → old site, every successor
 * followed to a live commune through later mergers (its own redirect row, else `mergedInto`).
 * A merged commune with a successor but no row yet (a reorganisation under way) sends its hosts
 * to the successor's home page. `problem` hears of rows that lead nowhere live.
 */
export const buildRedirectTable = (
  rows: Iterable<PreparedRow>,
  communes: Iterable<CommuneRow>,
  problem: (key: string, message: string) => void = () => undefined,
): Map<string, OldSite> => {
  const communeById = new Map<string, CommuneRow>()
  for (const c of communes) communeById.set(String(c.id), c)
  const rowBySlug = new Map<string, PreparedRow>()
  for (const r of rows) if (r.fromSlug) rowBySlug.set(r.fromSlug, r)

  const successors = new Map<string, { successor: Successor; hops: ReadonlyMap<string, string>[] } | null>()
  /** The live commune `id` leads to, and the path maps of the later hops on the way. */
  const follow = (id: string | null) => {
    if (!id) return null
    const known = successors.get(id)
    if (known !== undefined) return known
    let at: string | null = id
    const hops: ReadonlyMap<string, string>[] = []
    let found: { successor: Successor; hops: ReadonlyMap<string, string>[] } | null = null
    for (let hop = 0; at && hop <= MAX_HOPS; hop++) {
      const commune = communeById.get(at)
      if (!commune?.slug) break
      if (commune.status === 'live') {
        const domains = (commune.domains ?? []).map((d) => d.domain ?? '').filter(Boolean)
        found = { successor: { name: commune.name, url: siteUrl(commune.slug, domains) }, hops }
        break
      }
      if (commune.status !== 'merged') break
      const row = rowBySlug.get(hostName(commune.slug))
      if (row?.to) {
        hops.push(row.paths)
        at = row.to
      } else {
        hops.push(NO_PATHS)
        at = idOf(commune.mergedInto)
      }
    }
    successors.set(id, found)
    return found
  }

  const suffix = `.${sitesDomain()}`
  const table = new Map<string, OldSite>()
  const add = (slug: string, domains: string[], site: OldSite) => {
    for (const host of [`${slug}${suffix}`, ...domains]) if (!table.has(host)) table.set(host, site)
  }
  for (const row of rowBySlug.values()) {
    const main = follow(row.to)
    const others = row.alsoTo.filter((id) => id !== row.to).map((id) => follow(id)?.successor)
    const listed = [main?.successor, ...others].filter((s, i, all): s is Successor =>
      Boolean(s && all.findIndex((o) => o?.url === s.url) === i),
    )
    if (!listed.length) {
      problem(`${row.id}:none`, `redirect of ${row.fromSlug}: no live successor, its hosts are served as unknown hosts`)
      continue
    }
    if (row.alsoTo.length && others.some((s) => !s))
      problem(`${row.id}:split`, `redirect of ${row.fromSlug}: a successor of the split is not live, left off its page`)
    // Without a live `to`, a split unit with one live successor left sends everything to its home page.
    const to = main?.successor ?? (listed.length === 1 ? listed[0]! : null)
    add(row.fromSlug, row.fromDomains, {
      fromName: row.fromName,
      to,
      hops: main ? [row.paths, ...main.hops] : [],
      page: listed.length > 1 ? Buffer.from(splitNotice(row.fromName, listed, main?.successor ?? null)) : null,
    })
  }
  for (const c of communeById.values()) {
    const slug = hostName(c.slug)
    if (c.status !== 'merged' || !slug || rowBySlug.has(slug)) continue
    const main = follow(idOf(c.mergedInto))
    if (!main) continue
    const domains = (c.domains ?? []).map((d) => hostName(d.domain)).filter(Boolean)
    add(slug, domains, { fromName: c.name, to: main.successor, hops: [NO_PATHS, ...main.hops], page: null })
  }
  return table
}

/** The new path of an old one through every hop, or null when some hop does not know it. */
export const mappedPath = (site: OldSite, urlPath: string): string | null => {
  if (!site.hops.length) return null
  let at = oldPathKey(urlPath)
  for (let i = 0; i < site.hops.length; i++) {
    const next = site.hops[i]!.get(at)
    if (next === undefined) return null
    at = i === site.hops.length - 1 ? next : oldPathKey(next.replace(/[?#].*$/, ''))
  }
  return at
}

/**
 * The redirect rows: every row's updatedAt, then only the rows that changed since `known` was
 * read (all of them when `full`), with their paths maps; unchanged rows are kept as prepared.
 */
const readRedirectRows = async (
  payload: Payload,
  known: ReadonlyMap<string, PreparedRow>,
  full: boolean,
): Promise<Map<string, PreparedRow>> => {
  const versions = await payload.find({
    collection: 'redirects',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true },
  })
  const next = new Map<string, PreparedRow>()
  const changed: Id[] = []
  for (const v of versions.docs) {
    const kept = known.get(String(v.id))
    if (!full && kept && kept.updatedAt === (v.updatedAt ?? '')) next.set(kept.id, kept)
    else changed.push(v.id)
  }
  if (!changed.length) return next
  const fresh = await payload.find({
    collection: 'redirects',
    where: { id: { in: changed } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: {
      fromName: true,
      fromSlug: true,
      fromDomains: true,
      to: true,
      alsoTo: true,
      paths: true,
      updatedAt: true,
    },
  })
  for (const row of fresh.docs) next.set(String(row.id), prepareRow(row as RedirectRow))
  return next
}

/**
 * The redirect table of the server, from the database: answered from memory and refreshed in
 * the background when older than REFRESH_MS (at once, at most once a second, for a host it does
 * not know: an old host whose row was written a moment ago). A refresh reads every row's
 * updatedAt and then only the rows that changed, with their paths maps (a few hundred entries
 * each); the communes are re-read whole (a few fields each), as the host table does. A failed
 * refresh keeps the old table.
 */
export const redirectTable = (payload: Payload): RedirectLookup => {
  let table: Map<string, OldSite> | null = null
  let rows = new Map<string, PreparedRow>()
  let loadedAt = 0
  let refreshes = 0
  let loading: Promise<void> | null = null
  const reported = new Set<string>()

  const load = async () => {
    const [nextRows, communes] = await Promise.all([
      readRedirectRows(payload, rows, refreshes++ % FULL_RELOAD_EVERY === 0),
      payload.find({
        collection: 'communes',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { slug: true, name: true, status: true, domains: true, mergedInto: true },
      }),
    ])
    const problems = new Set<string>()
    const nextTable = buildRedirectTable(nextRows.values(), communes.docs as CommuneRow[], (key, message) => {
      problems.add(key)
      if (!reported.has(key)) payload.logger.warn(message)
    })
    reported.clear()
    for (const key of problems) reported.add(key)
    rows = nextRows
    table = nextTable
  }
  const refresh = () => {
    loadedAt = Date.now()
    if (!loading)
      loading = load().finally(() => {
        loading = null
      })
    return loading
  }
  const failed = (err: unknown) => payload.logger.warn(`redirect table refresh failed: ${String(err)}`)

  return (hostname) => {
    const host = hostname.toLowerCase()
    if (!table)
      return refresh().then(
        () => table?.get(host),
        (err: unknown) => {
          failed(err)
          return undefined
        },
      )
    const known = table.get(host)
    if (!known && Date.now() - loadedAt > UNKNOWN_HOST_REFRESH_MS)
      return refresh().then(
        () => table?.get(host),
        (err: unknown) => {
          failed(err)
          return undefined
        },
      )
    if (Date.now() - loadedAt > REFRESH_MS) refresh().catch(failed)
    return known
  }
}

export const isOldSite = (found: SiteInfo | OldSite | undefined): found is OldSite =>
  found !== undefined && 'hops' in found

/**
 * A live or suspended commune's host serves its site; any other host is looked up among the old
 * sites (a live commune always keeps its own host names, even one a redirect row names).
 */
export const withOldSites =
  (siteFor: SiteLookup, redirectFor: RedirectLookup) =>
  (hostname: string): SiteInfo | OldSite | undefined | Promise<SiteInfo | OldSite | undefined> => {
    const site = siteFor(hostname)
    if (site instanceof Promise) return site.then((found) => found ?? redirectFor(hostname))
    return site ?? redirectFor(hostname)
  }

/** A permanent redirect may be cached a day by browsers and proxies (a successor rarely changes). */
const REDIRECT_CACHE = 'public, max-age=86400'
/** The split page may change when the province adjusts the reorganisation: cached briefly. */
const SPLIT_PAGE_CACHE = 'public, max-age=600'

/** The security headers as writeHead's flat list, worked out once per headers object. */
const flatHeaders = new WeakMap<Record<string, string>, string[]>()

/**
 * Answers a request to an old host: 301 to the successor (the mapped page, else its home page;
 * the query string is dropped), or the split page. `security` are the sites' security headers.
 */
export const answerOldSite = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  site: OldSite,
  urlPath: string,
  security: Record<string, string>,
): void => {
  let base = flatHeaders.get(security)
  if (!base) {
    base = Object.entries(security).flat()
    flatHeaders.set(security, base)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, [...base, 'Allow', 'GET, HEAD', 'Content-Length', '0'])
    res.end()
    return
  }
  const mapped = site.to && (!site.page || urlPath !== '/') ? mappedPath(site, urlPath) : null
  if (site.to && (mapped || !site.page)) {
    res.writeHead(301, [
      ...base,
      'Location',
      mapped ? site.to.url + mapped.slice(1) : site.to.url,
      'Cache-Control',
      REDIRECT_CACHE,
      'Content-Length',
      '0',
    ])
    res.end()
    return
  }
  const page = site.page!
  res.writeHead(200, [
    ...base,
    'Content-Type',
    'text/html; charset=utf-8',
    'Cache-Control',
    SPLIT_PAGE_CACHE,
    'Content-Length',
    String(page.length),
  ])
  res.end(req.method === 'HEAD' ? undefined : page)
}
