import type { CollectionSlug, Payload } from 'payload'

/**
 * What a seed stored, without what differs from run to run (IDs, timestamps, passwords):
 * the rows of every collection and of its versions, each commune's items by slug and state,
 * the accounts and their memberships, the audit entries by action, the uploads by type.
 * Two seeds that store the same thing have the same fingerprint.
 */
export const seedFingerprint = async (payload: Payload) => {
  const all = async (collection: CollectionSlug) =>
    (
      await payload.find({
        collection,
        limit: 0,
        pagination: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
    ).docs as unknown as Record<string, unknown>[]
  const communes = await all('communes')
  const slugOf = new Map(communes.map((c) => [c.id, String(c.slug)]))
  const counts: Record<string, number> = {}
  const versions: Record<string, number> = {}
  const items: Record<string, string[]> = {}
  for (const { slug, versions: versioned } of payload.config.collections) {
    if (slug.startsWith('payload-') || slug === 'build-leases') continue
    const docs = await all(slug)
    counts[slug] = docs.length
    if (versioned) versions[slug] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs
    if (!docs.some((d) => 'tenant' in d)) continue
    items[slug] = docs
      .map((d) =>
        [
          slugOf.get(d.tenant) ?? '-',
          d.slug ?? d.path ?? d.title ?? d.name ?? d.alt ?? d.question ?? '',
          d._status ?? '',
          d.workflowStatus ?? '',
          d.demo ? 'demo' : '',
        ].join(' | '),
      )
      .sort()
  }
  const users = (await all('users'))
    .map((u) =>
      [
        u.email,
        u.globalRole,
        ((u.tenants ?? []) as { tenant: unknown; role: string }[])
          .map((t) => `${slugOf.get(t.tenant)}:${t.role}`)
          .sort()
          .join(','),
      ].join(' | '),
    )
    .sort()
  const tally = (values: unknown[]) =>
    Object.fromEntries(
      [
        ...values.reduce<Map<string, number>>((m, v) => m.set(String(v), (m.get(String(v)) ?? 0) + 1), new Map()),
      ].sort(),
    )
  const audit = tally((await all('audit-logs')).map((a) => `${a.action} ${a.collection ?? ''}`))
  const media = tally((await all('media')).map((m) => m.mimeType))
  const communeRows = communes
    .map((c) => [c.slug, c.name, c.status, c.theme, c.matomoSiteId, c.emcSiteId].join(' | '))
    .sort()
  return { counts, versions, communes: communeRows, users, audit, media, items }
}
