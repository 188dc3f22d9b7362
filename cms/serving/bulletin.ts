import crypto from 'node:crypto'
import fs from 'node:fs'
import type http from 'node:http'
import {
  BULLETIN_FEED,
  BULLETIN_PAGE,
  BULLETIN_REGION_PARAM,
  BULLETIN_REGIONS_FILE,
  BULLETIN_VERSION,
  type BulletinFeed,
  type BulletinItem,
  type BulletinLevel,
  type BulletinRegions,
} from '../../contract/bulletin'
import { DIRECTORY_SITE } from '../../contract/snapshot'
import type { AlertLookup, LiveAlert } from './alerts'
import type { SiteFile, SiteFileCache } from './files'
import type { SiteInfo } from './hosts'
import { sendSiteFile } from './send'

/**
 * The public bulletin boards (bảng tin điện tử công cộng, issue 14). `/bang-tin.json` of a
 * commune's site is its built base (sites/src/lib/bulletin.ts: announcements and news) as of
 * this request: what has ended or not begun is dropped and the province's live alerts come
 * first, so an alert reaches every board within the alert table's refresh plus the board's
 * poll, and leaves at its end time with no rebuild. On the directory's hosts the board
 * (`/bang-tin/`) and `/bang-tin.json?khu-vuc=<region>` merge the communes of a district or
 * region (all communes without the parameter) from their live builds.
 */

/** On a region's board: at most this many announcements and news headlines. */
export const REGION_ANNOUNCEMENTS = 20
export const REGION_NEWS = 20

const RANK: Record<BulletinLevel, number> = { emergency: 2, important: 1, info: 0 }
const time = (iso: string | null): number => (iso ? Date.parse(iso) : Number.NaN)

/** Whether an item is to be shown at `now`: begun (or no start) and not ended (or no end). */
export const isCurrent = (item: BulletinItem, now: number): boolean =>
  !(time(item.start) > now) && !(time(item.end) <= now)

/** An alert's link made absolute against the site: only http(s) links and site paths. */
const alertLink = (link: string | null, siteUrl: string | null): string | null => {
  if (!link) return null
  if (/^https?:\/\/[^\s"'<>]+$/i.test(link)) return link
  if (siteUrl && /^\/(?!\/)[^\s"'<>]*$/.test(link)) return new URL(link, siteUrl).href
  return null
}

/** A province alert as a board item. */
export const alertItem = (alert: LiveAlert, siteUrl: string | null, provinceName: string): BulletinItem => ({
  id: `alert-${alert.id}`,
  kind: 'alert',
  title: alert.title,
  text: alert.message,
  level: alert.level,
  start: alert.startsAt,
  end: alert.endsAt,
  link: alertLink(alert.link, siteUrl),
  image: null,
  unit: provinceName,
})

const byUrgencyThenNewest = (a: BulletinItem, b: BulletinItem) =>
  RANK[b.level] - RANK[a.level] || (time(b.start) || 0) - (time(a.start) || 0)

/** A commune's board at `now`: its live alerts (most urgent first), then its current items. */
export const communeFeed = (base: BulletinFeed, alerts: LiveAlert[], now: number): BulletinFeed => ({
  format: 'bang-tin',
  version: BULLETIN_VERSION,
  board: base.board,
  items: [
    ...alerts
      .map((a) => alertItem(a, base.board.url, base.board.provinceName))
      .filter((i) => isCurrent(i, now))
      .sort(byUrgencyThenNewest),
    ...base.items.filter((i) => i.kind !== 'alert' && isCurrent(i, now)),
  ],
})

/**
 * A region's board at `now`: the alerts of its communes once each (an alert to the whole
 * province is one item), then the most urgent and newest announcements and the newest news of
 * all of them, each naming its commune.
 */
export const regionFeed = (
  name: string,
  provinceName: string,
  communes: { slug: string; base: BulletinFeed; alerts: LiveAlert[] }[],
  now: number,
): BulletinFeed => {
  const alerts = new Map<string, BulletinItem>()
  for (const c of communes)
    for (const a of c.alerts) if (!alerts.has(a.id)) alerts.set(a.id, alertItem(a, c.base.board.url, provinceName))
  const own = communes.flatMap((c) =>
    c.base.items.filter((i) => i.kind !== 'alert' && isCurrent(i, now)).map((i) => ({ ...i, id: `${c.slug}/${i.id}` })),
  )
  const newest = (a: BulletinItem, b: BulletinItem) => (time(b.start) || 0) - (time(a.start) || 0)
  return {
    format: 'bang-tin',
    version: BULLETIN_VERSION,
    board: { name, url: null, provinceName },
    items: [
      ...[...alerts.values()].filter((i) => isCurrent(i, now)).sort(byUrgencyThenNewest),
      ...own
        .filter((i) => i.kind === 'announcement')
        .sort(byUrgencyThenNewest)
        .slice(0, REGION_ANNOUNCEMENTS),
      ...own
        .filter((i) => i.kind === 'news')
        .sort(newest)
        .slice(0, REGION_NEWS),
    ],
  }
}

export type BulletinBoards = {
  /** Whether this module answers the path on this host (a commune's site, or the directory when `site` is undefined). */
  handles: (urlPath: string, site: SiteInfo | undefined) => boolean
  /** `safePath`: the request's path made safe by serve-sites' safeSitePath (null: unsafe). */
  serve: (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    safePath: string | null,
    query: string,
    site: SiteInfo | undefined,
  ) => void
}

type Deps = {
  files: SiteFileCache
  liveBuild: (slug: string) => string | null
  alertsFor?: AlertLookup
  security: Record<string, string>
  warn: (message: string) => void
}

const jsonHeaders = (security: Record<string, string>) => ({
  ...security,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-cache',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
})

/** Sends a JSON body with an ETag of its content, 304 when the client has it. */
const sendJson = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  value: unknown,
  security: Record<string, string>,
) => {
  const body = Buffer.from(JSON.stringify(value))
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
  const headers = { ...jsonHeaders(security), ETag: etag }
  const tags = String(req.headers['if-none-match'] ?? '').split(',')
  if (status === 200 && tags.some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.writeHead(304, headers)
    return res.end()
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** The bulletin boards' part of the sites server (serve-sites.ts calls it at one place). */
export const bulletinBoards = ({ files, liveBuild, alertsFor, security, warn }: Deps): BulletinBoards => {
  const parsed = new WeakMap<SiteFile, unknown>()
  /** A built JSON file of a live site, parsed once per build. */
  const readJson = async <T>(slug: string, urlPath: string): Promise<T | null> => {
    const root = liveBuild(slug)
    if (!root) return null
    const found = await files.resolve(root, urlPath)
    if (found.kind !== 'file') return null
    if (!parsed.has(found)) {
      const raw = found.identity.body ?? (await fs.promises.readFile(found.path))
      parsed.set(found, JSON.parse(raw.toString('utf8')))
    }
    return parsed.get(found) as T
  }
  const alertsOf = async (slug: string): Promise<LiveAlert[]> => (alertsFor ? await alertsFor(slug) : [])

  const communeBoard = async (slug: string): Promise<BulletinFeed | null> => {
    const base = await readJson<BulletinFeed>(slug, BULLETIN_FEED)
    return base && communeFeed(base, await alertsOf(slug), Date.now())
  }
  const regionBoard = async (regionSlug: string | null): Promise<BulletinFeed | null> => {
    const table = await readJson<BulletinRegions>(DIRECTORY_SITE, BULLETIN_REGIONS_FILE)
    if (!table) return null
    const region = regionSlug ? table.regions.find((r) => r.slug === regionSlug) : undefined
    if (regionSlug && !region) return null
    const slugs = region ? region.communes : table.regions.flatMap((r) => r.communes)
    const communes = await Promise.all(
      slugs.map(async (slug) => {
        const base = await readJson<BulletinFeed>(slug, BULLETIN_FEED)
        return base && { slug, base, alerts: await alertsOf(slug) }
      }),
    )
    const name = region?.name ?? table.provinceName
    return regionFeed(
      name,
      table.provinceName,
      communes.filter((c) => c !== null),
      Date.now(),
    )
  }

  const feed = async (req: http.IncomingMessage, res: http.ServerResponse, query: string, site?: SiteInfo) => {
    const region = new URLSearchParams(query.replace(/^\?/, '')).get(BULLETIN_REGION_PARAM)
    const board = site ? await communeBoard(site.slug) : await regionBoard(region)
    if (board) return sendJson(req, res, 200, board, security)
    sendJson(req, res, 404, { error: 'Không có bảng tin này.' }, security)
  }
  /** The board's page and files on the directory's hosts, from the directory's build. */
  const directoryFile = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    urlPath: string | null,
    query: string,
  ) => {
    const root = liveBuild(DIRECTORY_SITE)
    const inside = urlPath === BULLETIN_PAGE.slice(0, -1) || urlPath?.startsWith(BULLETIN_PAGE)
    const found = root && urlPath && inside ? await files.resolve(root, urlPath) : { kind: 'missing' as const }
    if (found.kind === 'file') return sendSiteFile(req, res, found, 200)
    if (found.kind === 'directory') {
      res.writeHead(301, { ...security, Location: `${urlPath}/${query}`, 'Content-Length': '0' })
      return res.end()
    }
    const body = Buffer.from('Không tìm thấy trang.')
    res.writeHead(404, {
      ...security,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(body.length),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  return {
    handles: (urlPath, site) =>
      urlPath === BULLETIN_FEED ||
      (!site && (urlPath === BULLETIN_PAGE.slice(0, -1) || urlPath.startsWith(BULLETIN_PAGE))),
    serve: (req, res, safePath, query, site) => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...jsonHeaders(security), 'Access-Control-Allow-Methods': 'GET, HEAD' })
        return res.end()
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' })
        return res.end()
      }
      const work = safePath === BULLETIN_FEED ? feed(req, res, query, site) : directoryFile(req, res, safePath, query)
      work.catch((err: unknown) => {
        warn(`bulletin board request failed: ${String(err)}`)
        if (res.headersSent) return res.destroy()
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('Lỗi máy chủ.')
      })
    },
  }
}
