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

  it('leaves what it cannot make right for the link rule to refuse', () => {
    expect(normaliseMenuUrl('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(normaliseMenuUrl('//evil.example/x')).toBe('//evil.example/x')
  })

  it('is idempotent on every address the default menu and the demo use', () => {
    for (const url of ['/gioi-thieu/', '/tin-tuc/', '/tin-tuc/hoat-dong/', 'https://dichvucong.gov.vn/'])
      expect(normaliseMenuUrl(normaliseMenuUrl(url))).toBe(url)
  })

  it('names the menu, the row and its label in Vietnamese for a refused address, sub-menus too', () => {
    const menu = [
      { label: 'Tin tức', url: 'tin-tuc' },
      { label: 'Xấu', url: 'javascript:alert(1)', children: [{ label: 'Con', url: 'data:text/html,x' }] },
    ]
    const problems = normaliseLinks(menu, { path: 'mainMenu', list: 'Menu chính' })
    expect(menu[0]!.url).toBe('/tin-tuc/')
    expect(problems.map((p) => p.path)).toEqual(['mainMenu.1.url', 'mainMenu.1.children.0.url'])
    expect(problems[0]!.message).toMatch(/^Menu chính, mục 2 «Xấu»: địa chỉ «javascript:alert\(1\)» không dùng được/)
    expect(problems[1]!.message).toMatch(/^Menu chính, mục 2 «Xấu», menu con, mục 1 «Con»:/)
  })
})
