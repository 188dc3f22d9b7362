/**
 * What a commune's public bulletin board shows from its own content (issue 14): its current
 * announcements and latest news, as the base of `/bang-tin.json` (contract/bulletin.ts). The
 * sites server drops from it what ends later and puts the province's live alerts first.
 */
import {
  BULLETIN_VERSION,
  type BulletinFeed,
  type BulletinItem,
  type BulletinLevel,
  type BulletinRegions,
  regionSlug,
} from '../../../contract/bulletin'
import type { DirectorySnapshot, SiteAnnouncement, SiteImage, SitePost } from '../../../contract/snapshot'
import { absolute, url } from './routes'
import { isExpired, type Site } from './site'
import { stripHtml, truncate } from './text'

/** Announcements on a board: the current ones, at most this many (the most urgent and newest). */
export const BOARD_ANNOUNCEMENTS = 10
/** News headlines on a board. */
export const BOARD_NEWS = 10
const TEXT_MAX = 300

const LEVEL_OF: Record<SiteAnnouncement['urgency'], BulletinLevel> = {
  emergency: 'emergency',
  important: 'important',
  normal: 'info',
}
const RANK: Record<BulletinLevel, number> = { emergency: 2, important: 1, info: 0 }

/** A cover wide enough for a large screen but not the original: the widest variant up to 1280 px. */
const boardImage = (site: Site, image: SiteImage | null): string | null => {
  if (!image) return null
  const fit = image.srcset.filter((v) => v.width <= 1280).at(-1)
  return absolute(site, fit?.src ?? image.src)
}

const announcementItem = (site: Site, a: SiteAnnouncement): BulletinItem => ({
  id: `announcement-${a.slug}`,
  kind: 'announcement',
  title: a.title,
  text: truncate(stripHtml(a.html), TEXT_MAX),
  level: LEVEL_OF[a.urgency] ?? 'info',
  start: a.validFrom ?? a.publishedAt,
  end: a.validUntil,
  link: absolute(site, url.announcement(a.slug)),
  image: null,
  unit: site.unitName,
})

const newsItem = (site: Site, p: SitePost): BulletinItem => ({
  id: `news-${p.slug}`,
  kind: 'news',
  title: p.title,
  text: truncate(p.excerpt || stripHtml(p.html), TEXT_MAX),
  level: 'info',
  start: p.publishedAt,
  end: null,
  link: absolute(site, url.post(p.slug)),
  image: boardImage(site, p.cover),
  unit: site.unitName,
})

/**
 * The commune's board as of its build: announcements not expired (those valid only later are
 * kept, with their start, for the server to show when they begin), most urgent first, then the
 * newest news.
 */
export const bulletinBase = (site: Site): BulletinFeed => {
  const announcements = site.announcements
    .filter((a) => !isExpired(site, a))
    .map((a) => announcementItem(site, a))
    .sort((a, b) => RANK[b.level] - RANK[a.level] || Date.parse(b.start ?? '') - Date.parse(a.start ?? ''))
    .slice(0, BOARD_ANNOUNCEMENTS)
  return {
    format: 'bang-tin',
    version: BULLETIN_VERSION,
    board: { name: site.unitName, url: `${site.baseUrl}/`, provinceName: site.snap.commune.provinceName },
    items: [...announcements, ...site.posts.slice(0, BOARD_NEWS).map((p) => newsItem(site, p))],
  }
}

/** The directory's districts (or regions) for the region boards; the communes of none form one more. */
export const bulletinRegions = (directory: DirectorySnapshot): BulletinRegions => {
  const region = (name: string, entries: { slug: string }[], slug = regionSlug(name)) => ({
    slug,
    name,
    communes: entries.map((c) => c.slug).filter(Boolean),
  })
  const others = directory.otherCommunes ?? []
  return {
    provinceName: directory.provinceName,
    regions: [
      ...directory.districts.map((d) => region(d.name, d.communes)),
      ...(others.length
        ? [
            region(
              directory.districts.length ? 'Các đơn vị không thuộc huyện' : 'Các xã, phường',
              others,
              'cac-don-vi-khac',
            ),
          ]
        : []),
    ],
  }
}
