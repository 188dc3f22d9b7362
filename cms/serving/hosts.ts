import type http from 'node:http'
import type { Payload } from 'payload'
import { type ChangedCommune, onCommuneChange } from '../runtime/commune-changes'
import { sitesDomain } from '../../contract/site-urls'

/** A commune whose site is served; a suspended one gets its notice page instead of its site. */
export type SiteInfo = { slug: string; name: string; matomoSiteId: number | null; suspended: boolean }
/** Host name → live commune; a promise only while the table has never been loaded. */
export type SiteLookup = (hostname: string) => SiteInfo | undefined | Promise<SiteInfo | undefined>

/** Other processes (servers, the admin of another machine) change communes too: look again this often. */
const REFRESH_MS = 2_000
const UNKNOWN_HOST_REFRESH_MS = 1_000
/** How long a change made here overrides a table read before it was stored (a rolled-back change is forgotten). */
const CHANGE_TTL_MS = 60_000

/** The fields of a commune that decide what its host names serve. */
export type CommuneHostRow = ChangedCommune

type Change = { row: CommuneHostRow | null; version: number; noted: number }
/**
 * Communes changed in this process, by id (null when removed), and the host tables to tell at
 * once. Kept on the process's global object, not in this module: GraphQL runs the hooks of the
 * configuration Next bundled, a second copy of this module in the same process.
 */
const SHARED = Symbol.for('commune-sites.site-hosts')
const processGlobals = globalThis as Record<symbol, unknown>
if (!processGlobals[SHARED])
  processGlobals[SHARED] = { changes: new Map<string, Change>(), tables: new Set<() => void>() }
const { changes, tables } = processGlobals[SHARED] as { changes: Map<string, Change>; tables: Set<() => void> }

const versionOf = (row: { updatedAt?: string | null }): number => Date.parse(row.updatedAt ?? '') || 0

/**
 * A commune was created or changed in this process (suspended, resumed, renamed, given a
 * domain): every host table here switches before the change's request is answered, so the
 * very next request to its site already sees it. The table's next reading of the database
 * wins only once it holds this version or a newer one.
 */
export const noteCommuneChange = (row: CommuneHostRow): void => {
  changes.set(String(row.id), { row, version: versionOf(row) || Date.now(), noted: Date.now() })
  for (const rebuild of tables) rebuild()
}

/** A commune was removed in this process: its host names serve nothing from now on. */
export const noteCommuneRemoved = (id: number | string): void => {
  changes.set(String(id), { row: null, version: Number.MAX_SAFE_INTEGER, noted: Date.now() })
  for (const rebuild of tables) rebuild()
}

// The features that change communes (lifecycle: suspend, resume, remove) announce it; the host
// tables of this process hear it at once.
onCommuneChange('site-hosts', ({ id, commune }) => (commune ? noteCommuneChange(commune) : noteCommuneRemoved(id)))

/**
 * Host names of the live and suspended communes (<slug>.<SITES_DOMAIN> and each commune's own
 * domains), from the database. Answered from memory; refreshed in the background when older
 * than REFRESH_MS, so no visitor waits for the database except the very first one; changes made
 * in this process apply at once (noteCommuneChange). A failed refresh keeps the old table.
 */
export const communeHosts = (payload: Payload): SiteLookup => {
  let table: Map<string, SiteInfo> | null = null
  let rows: Map<string, CommuneHostRow> | null = null
  let loadedAt = 0
  let loading: Promise<void> | null = null
  const rebuild = () => {
    if (!rows) return
    const merged = new Map(rows)
    const now = Date.now()
    for (const [id, change] of changes) {
      if (now - change.noted > CHANGE_TTL_MS) {
        changes.delete(id)
        continue
      }
      const stored = merged.get(id)
      if (stored && versionOf(stored) >= change.version) continue // the database has it (or newer)
      if (change.row) merged.set(id, change.row)
      else merged.delete(id)
    }
    const suffix = `.${sitesDomain()}`
    const next = new Map<string, SiteInfo>()
    for (const c of merged.values()) {
      if (!c.slug || (c.status !== 'live' && c.status !== 'suspended')) continue
      const info = {
        slug: c.slug,
        name: c.name,
        matomoSiteId: c.matomoSiteId ?? null,
        suspended: c.status === 'suspended',
      }
      next.set(`${c.slug}${suffix}`, info)
      for (const d of c.domains ?? []) next.set(d.domain.toLowerCase(), info)
    }
    table = next
  }
  tables.add(rebuild)
  const load = async () => {
    const communes = await payload.find({
      collection: 'communes',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, name: true, status: true, domains: true, matomoSiteId: true, updatedAt: true },
    })
    rows = new Map(communes.docs.map((c) => [String(c.id), c as CommuneHostRow]))
    rebuild()
  }
  const refresh = () => {
    loadedAt = Date.now()
    if (!loading)
      loading = load().finally(() => {
        loading = null
      })
    return loading
  }
  return (hostname) => {
    const host = hostname.toLowerCase()
    if (!table) return refresh().then(() => table?.get(host))
    const known = table.get(host)
    // A host we do not know may be a commune provisioned a moment ago by another process: look
    // again at once, at most once a second, so a new site is served as soon as it is built.
    if (!known && Date.now() - loadedAt > UNKNOWN_HOST_REFRESH_MS)
      return refresh().then(
        () => table?.get(host),
        (err: unknown) => {
          payload.logger.warn(`site host table refresh failed: ${String(err)}`)
          return undefined
        },
      )
    if (Date.now() - loadedAt > REFRESH_MS)
      refresh().catch((err: unknown) => payload.logger.warn(`site host table refresh failed: ${String(err)}`))
    return known
  }
}

/** Express's `trust proxy fn`: whether the peer at `hop` may set X-Forwarded-* headers. */
export type TrustProxy = (address: string, hop: number) => boolean

const trustedForwarded = (req: http.IncomingMessage, name: string, trust: TrustProxy): string | undefined => {
  const value = req.headers[name]
  if (typeof value !== 'string' || !trust(req.socket.remoteAddress ?? '', 0)) return undefined
  return value.split(',')[0]!.trim()
}

/** The host name Express's req.hostname gives: X-Forwarded-Host only from a trusted proxy, no port. */
export const requestHostname = (req: http.IncomingMessage, trust: TrustProxy): string => {
  const host = trustedForwarded(req, 'x-forwarded-host', trust) ?? req.headers.host ?? ''
  const from = host.startsWith('[') ? host.indexOf(']') + 1 : 0
  const colon = host.indexOf(':', from)
  return colon === -1 ? host : host.slice(0, colon)
}

/** The scheme Express's req.protocol gives: X-Forwarded-Proto only from a trusted proxy. */
export const requestProtocol = (req: http.IncomingMessage, trust: TrustProxy): string =>
  trustedForwarded(req, 'x-forwarded-proto', trust) ??
  ('encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http')
