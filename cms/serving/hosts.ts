import type http from 'node:http'
import type { Payload } from 'payload'

/** A commune whose site is served; a suspended one gets its notice page instead of its site. */
export type SiteInfo = { slug: string; name: string; matomoSiteId: number | null; suspended: boolean }
/** Host name → live commune; a promise only while the table has never been loaded. */
export type SiteLookup = (hostname: string) => SiteInfo | undefined | Promise<SiteInfo | undefined>

const REFRESH_MS = 10_000
const UNKNOWN_HOST_REFRESH_MS = 1_000

/**
 * Host names of the live and suspended communes (<slug>.<SITES_DOMAIN> and each commune's own domains), from
 * the database. Answered from memory; refreshed in the background when older than 10 s, so no
 * visitor waits for the database except the very first one. A failed refresh keeps the old table.
 */
export const communeHosts = (payload: Payload): SiteLookup => {
  let table: Map<string, SiteInfo> | null = null
  let loadedAt = 0
  let loading: Promise<void> | null = null
  const load = async () => {
    const suffix = `.${process.env.SITES_DOMAIN || 'localhost'}`
    const communes = await payload.find({
      collection: 'communes',
      where: { status: { in: ['live', 'suspended'] } },
      limit: 0,
      pagination: false,
      depth: 0,
      select: { slug: true, name: true, status: true, domains: true, matomoSiteId: true },
    })
    const next = new Map<string, SiteInfo>()
    for (const c of communes.docs) {
      if (!c.slug) continue
      const info = { slug: c.slug, name: c.name, matomoSiteId: c.matomoSiteId ?? null, suspended: c.status === 'suspended' }
      next.set(`${c.slug}${suffix}`, info)
      for (const d of c.domains ?? []) next.set(d.domain.toLowerCase(), info)
    }
    table = next
  }
  const refresh = () => {
    loadedAt = Date.now()
    return (loading ??= load().finally(() => (loading = null)))
  }
  return (hostname) => {
    const host = hostname.toLowerCase()
    if (!table) return refresh().then(() => table?.get(host))
    const known = table.get(host)
    // A host we do not know may be a commune provisioned a moment ago: look again at once, at
    // most once a second, so a new site is served as soon as it is built.
    if (!known && Date.now() - loadedAt > UNKNOWN_HOST_REFRESH_MS)
      return refresh().then(
        () => table?.get(host),
        (err: unknown) => {
          payload.logger.warn(`site host table refresh failed: ${String(err)}`)
          return undefined
        },
      )
    if (Date.now() - loadedAt > REFRESH_MS) refresh().catch((err: unknown) => payload.logger.warn(`site host table refresh failed: ${String(err)}`))
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
  trustedForwarded(req, 'x-forwarded-proto', trust) ?? ('encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http')
