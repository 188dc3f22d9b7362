import type { Payload } from 'payload'

/** A province alert as the sites show it (issue 14); the collection is cms/features/alerts. */
export type LiveAlert = {
  id: string
  title: string
  message: string
  level: 'info' | 'important' | 'emergency'
  startsAt: string
  endsAt: string
  link: string | null
  updatedAt: string
}

/** The live alerts of a commune's site (by its slug) at a time; a promise only before the first read. */
export type AlertLookup = (slug: string, now?: number) => LiveAlert[] | Promise<LiveAlert[]>

type Row = LiveAlert & { start: number; end: number; everywhere: boolean; slugs: Set<string> }
type Rel = number | string | { id: number | string } | null | undefined

const REFRESH_MS = 2_000
/** More than a province writes in the life of its alerts: a bound on what one read holds. */
const MAX_ALERTS = 500
const RANK = { info: 0, important: 1, emergency: 2 } as const
const idOf = (rel: Rel): string => String(rel && typeof rel === 'object' ? rel.id : rel)

const toRows = (
  alerts: Record<string, unknown>[],
  communes: { id: number | string; slug?: string | null; district?: Rel }[],
): Row[] => {
  const slugById = new Map(communes.map((c) => [String(c.id), c.slug ?? '']))
  return alerts.map((a) => {
    const target = a.target as string
    const chosen = ((a[target] as Rel[] | undefined) ?? []).map(idOf)
    const slugs =
      target === 'districts'
        ? communes.filter((c) => c.district && chosen.includes(idOf(c.district))).map((c) => c.slug ?? '')
        : chosen.map((id) => slugById.get(id) ?? '')
    const level = (a.level as LiveAlert['level']) in RANK ? (a.level as LiveAlert['level']) : 'info'
    return {
      id: String(a.id),
      title: String(a.title ?? ''),
      message: String(a.message ?? ''),
      level,
      startsAt: String(a.startsAt),
      endsAt: String(a.endsAt),
      link: (a.link as string | null) || null,
      updatedAt: String(a.updatedAt ?? ''),
      start: Date.parse(String(a.startsAt)),
      end: Date.parse(String(a.endsAt)),
      everywhere: target === 'all',
      slugs: new Set(slugs.filter(Boolean)),
    }
  })
}

/**
 * The province's alerts, for the sites server: every alert not ended yet, read every two
 * seconds in the background (so an alert saved anywhere reaches every site within seconds,
 * with no rebuild), answered from memory and filtered by the clock at each request (so it
 * leaves the sites at its end time). A failed read keeps the last table.
 */
export const alertTable = (payload: Payload, refreshMs = REFRESH_MS): AlertLookup => {
  let rows: Row[] | null = null
  let loadedAt = 0
  let loading: Promise<void> | null = null

  const load = async () => {
    const alerts = await payload.find({
      collection: 'alerts',
      where: { endsAt: { greater_than: new Date().toISOString() } },
      sort: '-startsAt',
      limit: MAX_ALERTS,
      depth: 0,
      overrideAccess: true,
    })
    const docs = alerts.docs as unknown as Record<string, unknown>[]
    const needsCommunes = docs.some((a) => a.target !== 'all')
    const communes = needsCommunes
      ? await payload.find({
          collection: 'communes',
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { slug: true, district: true },
        })
      : { docs: [] }
    rows = toRows(docs, communes.docs as { id: number; slug?: string; district?: Rel }[])
  }
  const refresh = () => {
    loadedAt = Date.now()
    if (!loading)
      loading = load()
        .catch((err: unknown) => payload.logger.warn(`alert table refresh failed: ${String(err)}`))
        .finally(() => {
          loading = null
        })
    return loading
  }
  const pick = (slug: string, now: number): LiveAlert[] =>
    (rows ?? [])
      .filter((r) => r.start <= now && now < r.end && (r.everywhere || r.slugs.has(slug)))
      .sort((a, b) => RANK[b.level] - RANK[a.level] || b.start - a.start)
      .map(({ start: _s, end: _e, everywhere: _a, slugs: _l, ...alert }) => alert)

  return (slug, now = Date.now()) => {
    if (!rows) return refresh().then(() => pick(slug, now))
    if (Date.now() - loadedAt > refreshMs) void refresh()
    return pick(slug, now)
  }
}
