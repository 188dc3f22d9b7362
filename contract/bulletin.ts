/**
 * The public bulletin boards (bảng tin điện tử công cộng, issue 14): the format of
 * `/bang-tin.json`, which the board page of every site reads and display vendors' software may
 * read too. Documented in README.md ("Bảng tin điện tử công cộng"); a change that is not
 * backward compatible raises BULLETIN_VERSION.
 *
 * The static build writes a base of the same shape for each commune (its announcements and
 * latest news); the sites server answers `/bang-tin.json` from it at request time, dropping
 * what has ended and putting the province's live alerts first (cms/serving/bulletin.ts).
 */

export const BULLETIN_VERSION = 1

/** Where the board page and its feed are on every site (and on the directory's hosts). */
export const BULLETIN_PAGE = '/bang-tin/'
export const BULLETIN_FEED = '/bang-tin.json'
/** The query parameter naming a district or region on the directory's board. */
export const BULLETIN_REGION_PARAM = 'khu-vuc'
/** What the directory build writes for the server: the regions and their communes. */
export const BULLETIN_REGIONS_FILE = '/bang-tin/khu-vuc.json'

export type BulletinLevel = 'emergency' | 'important' | 'info'

export type BulletinItem = {
  /** Stable while the item lives: "alert-12", "announcement-<slug>", "news-<slug>" (prefixed "<commune>/" on a region's board). */
  id: string
  kind: 'alert' | 'announcement' | 'news'
  title: string
  /** Short plain text (at most about 300 characters). */
  text: string
  level: BulletinLevel
  /** ISO 8601 (UTC); null: no start (shown from now on). */
  start: string | null
  /** ISO 8601 (UTC); null: no end. An item is never served after its end. */
  end: string | null
  /** Absolute URL of the item's page; null when it has none (an alert without a link). */
  link: string | null
  /** Absolute URL of an image (a news item's cover), or null. */
  image: string | null
  /** Who says it: the commune's name, or the province's for its alerts. */
  unit: string
}

export type BulletinFeed = {
  format: 'bang-tin'
  version: typeof BULLETIN_VERSION
  board: {
    /** "Phường Mỹ Bình", or the region's name on the directory's board. */
    name: string
    /** Absolute URL of the site's home page (the directory's board: null). */
    url: string | null
    provinceName: string
  }
  /** Alerts first (most urgent first), then announcements, then news (newest first). */
  items: BulletinItem[]
}

/** One district or region of the directory, with the slugs of its live communes. */
export type BulletinRegion = { slug: string; name: string; communes: string[] }
export type BulletinRegions = { provinceName: string; regions: BulletinRegion[] }

/** A name as a URL slug: "Thành phố Long Xuyên" → "thanh-pho-long-xuyen" (as the directory's anchors). */
export const regionSlug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
