import { describe, expect, it } from 'vitest'
import { BULLETIN_VERSION, type BulletinFeed, type BulletinItem, regionSlug } from '../../contract/bulletin'
import type { LiveAlert } from '../../cms/serving/alerts'
import { alertItem, communeFeed, isCurrent, REGION_NEWS, regionFeed } from '../../cms/serving/bulletin'

/** The bulletin boards' merge (cms/serving/bulletin.ts): what a board shows at a given time. */
const NOW = Date.parse('2026-12-07T03:00:00Z')
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString()

const item = (over: Partial<BulletinItem> & { id: string }): BulletinItem => ({
  kind: 'announcement',
  title: over.id,
  text: '',
  level: 'info',
  start: at(-60),
  end: null,
  link: `https://x.example/${over.id}/`,
  image: null,
  unit: 'Phường Mỹ Bình',
  ...over,
})
const base = (name: string, url: string, items: BulletinItem[]): BulletinFeed => ({
  format: 'bang-tin',
  version: BULLETIN_VERSION,
  board: { name, url, provinceName: 'Tỉnh An Giang' },
  items,
})
const alert = (over: Partial<LiveAlert> & { id: string }): LiveAlert => ({
  title: `Cảnh báo ${over.id}`,
  message: 'Nước lên',
  level: 'info',
  startsAt: at(-10),
  endsAt: at(60),
  link: null,
  updatedAt: at(-10),
  ...over,
})

describe('bulletin boards: which items are current', () => {
  it('shows an item from its start until (not including) its end; no start or end is open', () => {
    expect(isCurrent(item({ id: 'a' }), NOW)).toBe(true)
    expect(isCurrent(item({ id: 'a', start: null, end: null }), NOW)).toBe(true)
    expect(isCurrent(item({ id: 'a', start: at(1) }), NOW)).toBe(false)
    expect(isCurrent(item({ id: 'a', end: at(0) }), NOW)).toBe(false)
    expect(isCurrent(item({ id: 'a', end: at(1) }), NOW)).toBe(true)
  })
})

describe('bulletin boards: a commune’s board', () => {
  const mine = base('Phường Mỹ Bình', 'http://my-binh.localhost:3000/', [
    item({ id: 'announcement-ended', end: at(-1) }),
    item({ id: 'announcement-later', start: at(30) }),
    item({ id: 'announcement-now', level: 'important', end: at(120) }),
    item({ id: 'news-1', kind: 'news', end: null }),
  ])

  it('puts the live alerts first, most urgent first, and drops what has ended or not begun', () => {
    const feed = communeFeed(
      mine,
      [alert({ id: '1', level: 'info' }), alert({ id: '2', level: 'emergency' }), alert({ id: '3', endsAt: at(-1) })],
      NOW,
    )
    expect(feed.format).toBe('bang-tin')
    expect(feed.version).toBe(1)
    expect(feed.items.map((i) => i.id)).toEqual(['alert-2', 'alert-1', 'announcement-now', 'news-1'])
    expect(feed.items[0]).toMatchObject({ kind: 'alert', level: 'emergency', unit: 'Tỉnh An Giang', end: at(60) })
  })

  it('is the same content with no alerts, and shows an announcement once it begins', () => {
    expect(communeFeed(mine, [], NOW).items.map((i) => i.id)).toEqual(['announcement-now', 'news-1'])
    expect(communeFeed(mine, [], NOW + 31 * 60_000).items.map((i) => i.id)).toContain('announcement-later')
  })

  it('makes an alert’s site path absolute on the site, keeps http(s) links and drops any other', () => {
    const url = 'http://my-binh.localhost:3000/'
    expect(alertItem(alert({ id: '1', link: '/thong-bao/lu/' }), url, 'T').link).toBe(
      'http://my-binh.localhost:3000/thong-bao/lu/',
    )
    expect(alertItem(alert({ id: '1', link: 'https://angiang.gov.vn/lu' }), url, 'T').link).toBe(
      'https://angiang.gov.vn/lu',
    )
    for (const bad of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,x'])
      expect(alertItem(alert({ id: '1', link: bad }), url, 'T').link, bad).toBeNull()
  })
})

describe('bulletin boards: a region’s board', () => {
  const a = base('Phường Mỹ Bình', 'http://my-binh.localhost/', [
    item({ id: 'announcement-x', level: 'important', start: at(-100) }),
    item({ id: 'news-old', kind: 'news', start: at(-300) }),
  ])
  const b = base('Phường Mỹ Long', 'http://my-long.localhost/', [
    item({ id: 'announcement-x', unit: 'Phường Mỹ Long', start: at(-5) }),
    item({ id: 'news-new', kind: 'news', start: at(-2), unit: 'Phường Mỹ Long' }),
  ])

  it('shows an alert to several of its communes once, then announcements by urgency, then news by date', () => {
    const everywhere = alert({ id: '9', level: 'emergency' })
    const feed = regionFeed(
      'Thành phố Long Xuyên',
      'Tỉnh An Giang',
      [
        { slug: 'my-binh', base: a, alerts: [everywhere] },
        { slug: 'my-long', base: b, alerts: [everywhere, alert({ id: '10' })] },
      ],
      NOW,
    )
    expect(feed.board).toEqual({ name: 'Thành phố Long Xuyên', url: null, provinceName: 'Tỉnh An Giang' })
    expect(feed.items.map((i) => i.id)).toEqual([
      'alert-9',
      'alert-10',
      'my-binh/announcement-x',
      'my-long/announcement-x',
      'my-long/news-new',
      'my-binh/news-old',
    ])
    expect(feed.items.find((i) => i.id === 'my-long/news-new')?.unit).toBe('Phường Mỹ Long')
  })

  it('keeps the newest headlines only', () => {
    const many = base(
      'X',
      'http://x.localhost/',
      Array.from({ length: REGION_NEWS + 5 }, (_, n) => item({ id: `news-${n}`, kind: 'news', start: at(-n) })),
    )
    const feed = regionFeed('R', 'T', [{ slug: 'x', base: many, alerts: [] }], NOW)
    expect(feed.items).toHaveLength(REGION_NEWS)
    expect(feed.items[0]!.id).toBe('x/news-0')
  })

  it('names regions as the directory’s anchors do', () => {
    expect(regionSlug('Thành phố Long Xuyên')).toBe('thanh-pho-long-xuyen')
    expect(regionSlug('Huyện Châu Thành')).toBe('huyen-chau-thanh')
    expect(regionSlug('Thị xã Tân Châu')).toBe('thi-xa-tan-chau')
  })
})
