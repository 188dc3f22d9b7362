import { describe, expect, it } from 'vitest'
import { normaliseLinks, normaliseMenuUrl } from '../../cms/features/menu-editor/normalise'

/** Menu addresses are stored so that they work on every page of a site, not only its home page. */
describe('menu links are normalised so they work from every page', () => {
  it.each([
    ['tin-tuc', '/tin-tuc/'],
    ['tin-tuc/', '/tin-tuc/'],
    ['./van-ban/qd-12', '/van-ban/qd-12/'],
    ['../lien-he', '/lien-he/'],
    ['/gioi-thieu', '/gioi-thieu/'],
    ['/gioi-thieu/', '/gioi-thieu/'],
    ['  /thong-bao/  ', '/thong-bao/'],
    ['van-ban?loai=quyet-dinh', '/van-ban/?loai=quyet-dinh'],
    ['rss.xml', '/rss.xml'],
    ['/', '/'],
    ['www.angiang.gov.vn', 'https://www.angiang.gov.vn'],
    ['dichvucong.gov.vn/p/home', 'https://dichvucong.gov.vn/p/home'],
    ['https://www.angiang.gov.vn/', 'https://www.angiang.gov.vn/'],
    ['mailto:ubnd@example.vn', 'mailto:ubnd@example.vn'],
    ['#noi-dung', '#noi-dung'],
  ])('%s → %s', (raw, stored) => {
    expect(normaliseMenuUrl(raw)).toBe(stored)
  })

  it.each([
    'javascript:alert(1)',
    '//evil.example/x',
    '&#106;avascript:alert(1)',
    'java\tscript:alert(1)',
    '/\\evil.example',
    'javascript\u200b:alert(1)',
  ])('leaves %j as typed, for the link rule to refuse', (raw) => {
    expect(normaliseMenuUrl(raw)).toBe(raw.trim())
  })

  it('is idempotent on every address the default menu and the demo use', () => {
    for (const url of ['/gioi-thieu/', '/tin-tuc/', '/tin-tuc/hoat-dong/', 'https://dichvucong.gov.vn/'])
      expect(normaliseMenuUrl(normaliseMenuUrl(url))).toBe(url)
  })

  it('normalises sub-menus too, in place', () => {
    const menu = [{ url: 'tin-tuc', children: [{ url: 'van-ban/qd-1' }, { url: 'https://dichvucong.gov.vn/' }] }]
    normaliseLinks(menu)
    expect(menu).toEqual([
      { url: '/tin-tuc/', children: [{ url: '/van-ban/qd-1/' }, { url: 'https://dichvucong.gov.vn/' }] },
    ])
  })
})
