import type { Payload } from 'payload'
import type { DirectorySnapshot, SiteSnapshot } from '../../../../contract/snapshot'
import { communeSection, settingsSection } from './commune'
import { disclosureSections, newsSections, noticeSections } from './content'
import { MediaCollector } from './media'
import { type CommuneContent, readCommuneContent } from './read-content'
import { readProvince } from '../../province'
import { provinceName } from '../../vietnamese-admin/province'

export type { CommuneContent } from './read-content'

/**
 * Turns a commune's published content into the snapshot the site generator reads
 * (contract/snapshot.ts). Collects the media files the site uses, so the build copies exactly
 * those. `adjust` may change the content read before it is mapped: a preview overlays a draft
 * (cms/features/preview), so the draft goes through exactly the mapping a publication does.
 */
export const exportSnapshot = async (
  payload: Payload,
  communeSlug: string,
  {
    now = new Date(),
    matomoUrl = process.env.MATOMO_URL || null,
    adjust,
  }: { now?: Date; matomoUrl?: string | null; adjust?: (content: CommuneContent) => Promise<void> | void } = {},
): Promise<{ snapshot: SiteSnapshot; mediaFiles: string[] }> => {
  const communes = await payload.find({
    collection: 'communes',
    where: { slug: { equals: communeSlug } },
    depth: 1,
    limit: 1,
  })
  const commune = communes.docs[0]
  if (!commune) throw new Error(`commune "${communeSlug}" not found`)
  const content = await readCommuneContent(payload, commune)
  await adjust?.(content)
  const media = new MediaCollector(commune.id)
  const snapshot: SiteSnapshot = {
    generatedAt: now.toISOString(),
    matomoUrl,
    commune: communeSection(commune, communeSlug, content, media),
    settings: settingsSection(commune, content),
    ...newsSections(content, media),
    ...noticeSections(content, media),
    ...disclosureSections(content, media),
  }
  return { snapshot, mediaFiles: media.filenames }
}

/**
 * The province directory: every live commune with its site address, by district (or region)
 * where communes have one; those of no district (none since 2025-07-01) apart, by name.
 * Districts without a live commune are left out (after the 2025 reorganisation, the old ones).
 */
export const exportDirectory = async (
  payload: Payload,
  siteUrl: (slug: string, domains: string[]) => string,
): Promise<DirectorySnapshot> => {
  const [districts, communes, province] = await Promise.all([
    payload.find({ collection: 'districts', limit: 0, pagination: false, depth: 0, sort: 'code' }),
    payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'code',
    }),
    readProvince(payload),
  ])
  const entry = (c: (typeof communes.docs)[number]) => ({
    name: c.name,
    slug: c.slug ?? '',
    url: siteUrl(
      c.slug ?? '',
      (c.domains ?? []).map((x) => x.domain),
    ),
  })
  const known = new Set(districts.docs.map((d) => String(d.id)))
  const districtOf = (c: (typeof communes.docs)[number]) => {
    const id = c.district && typeof c.district === 'object' ? c.district.id : c.district
    return id === null || id === undefined || !known.has(String(id)) ? null : String(id)
  }
  return {
    generatedAt: new Date().toISOString(),
    provinceName: province.name || districts.docs[0]?.province || provinceName(),
    provinceCode: province.code || undefined,
    districts: districts.docs
      .map((d) => ({
        name: d.name,
        communes: communes.docs.filter((c) => districtOf(c) === String(d.id)).map(entry),
      }))
      .filter((d) => d.communes.length > 0),
    otherCommunes: communes.docs
      .filter((c) => districtOf(c) === null)
      .map(entry)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  }
}
