/** What each home-page section shows, in the order the board chose (settings.homepageSections). */
import type { SiteAnnouncement, SiteDisclosure, SiteOfficial, SitePost } from '../../../../contract/snapshot'
import { HOMEPAGE_SECTIONS, type HomepageSection } from '../../../../contract/vocabulary'
import { url } from '../../lib/routes'
import { isExpired, type Site } from '../../lib/site'

export const SECTION_KEYS = HOMEPAGE_SECTIONS.map((s) => s.value)
export type SectionKey = HomepageSection
const titleOf = (key: SectionKey): string => HOMEPAGE_SECTIONS.find((s) => s.value === key)!.label

export const SECTION_INFO: Record<SectionKey, { title: string; more: { href: string; label: string } | null }> = {
  featured: { title: titleOf('featured'), more: null },
  'latest-news': { title: titleOf('latest-news'), more: { href: url.news(), label: 'Xem tất cả tin tức' } },
  announcements: { title: titleOf('announcements'), more: { href: url.announcements, label: 'Xem tất cả thông báo' } },
  documents: { title: titleOf('documents'), more: { href: url.documents, label: 'Xem tất cả văn bản' } },
  disclosures: { title: titleOf('disclosures'), more: { href: url.disclosures, label: 'Xem các nội dung công khai' } },
  procedures: { title: titleOf('procedures'), more: { href: url.procedures, label: 'Xem tất cả thủ tục' } },
  leaders: { title: titleOf('leaders'), more: { href: url.organisation, label: 'Xem tổ chức bộ máy' } },
}

/** The sections to show: the board's choice (unknown keys dropped), or all of them. */
export function sectionKeys(site: Site): SectionKey[] {
  const chosen = site.snap.settings.homepageSections.filter((k): k is SectionKey =>
    (SECTION_KEYS as readonly string[]).includes(k),
  )
  return chosen.length ? [...new Set(chosen)] : [...SECTION_KEYS]
}

export type HomeData = {
  featured: SitePost[]
  latest: SitePost[]
  announcements: SiteAnnouncement[]
  disclosures: SiteDisclosure[]
  leaders: SiteOfficial[]
}

/** Featured items (or, when none is marked, the newest), and the newest others after them. */
export function homeData(site: Site, counts: { featured: number; latest: number }): HomeData {
  const keys = sectionKeys(site)
  const marked = site.posts.filter((p) => p.featured)
  // The first featured item leads with its picture, so one with a cover goes first.
  const featured = keys.includes('featured')
    ? (marked.length ? marked : site.posts)
        .slice(0, counts.featured)
        .sort((a, b) => Number(Boolean(b.cover)) - Number(Boolean(a.cover)))
    : []
  const shown = new Set(featured.map((p) => p.slug))
  const urgencyRank = { emergency: 0, important: 1, normal: 2 } as const
  return {
    featured,
    latest: site.posts.filter((p) => !shown.has(p.slug)).slice(0, counts.latest),
    // Expired announcements leave the home page; emergencies first.
    announcements: site.announcements
      .filter((a) => !isExpired(site, a))
      .sort((a, b) => (urgencyRank[a.urgency] ?? 2) - (urgencyRank[b.urgency] ?? 2))
      .slice(0, 5),
    disclosures: site.disclosureGroups
      .flatMap((g) => g.items)
      .sort((a, b) => Date.parse(b.publicationDate ?? b.decisionDate) - Date.parse(a.publicationDate ?? a.decisionDate))
      .slice(0, 5),
    leaders: site.organGroups.map((g) => g.officials[0]!).slice(0, 4),
  }
}
