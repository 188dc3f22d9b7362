/**
 * The sites on a phone and on every screen between (issue 15), in real Chromium, on the theme
 * fixture set (tests/support/site-fixtures.ts: the same demo commune in each of the 25 themes).
 *
 * Widths 320, 360, 768, 1024, 1366 and 1920 px × the 25 themes, on the home page:
 *
 * - no sideways scroll;
 * - the main menu never wraps badly. Our definition: where the menu is a horizontal bar (from
 *   64rem in the top-menu families) every item is on ONE line, so no item can be left alone on
 *   a line; where it is a vertical list (the phone's "Menu" disclosure, the portal's sidebar)
 *   every item has its own line, full width. On a phone the menu bar spans the whole screen
 *   (the portal family's used to sit inset, with a gap).
 *
 * At 360 × 740, with a province alert injected where the sites server puts it (the marker after
 * header and menu): the first screen holds the commune's name, the alerts and a news or service
 * link; the home page has one search, the header's, which opens in place; the documents' filter
 * is folded behind "Lọc"; a document's file is a large "Tải về (PDF, 1,1 MB)" button; search
 * results start on the first screen; the trust badge, when its image cannot load, shows its text
 * in a box instead of a broken-image icon.
 *
 *   npm exec -- vitest run --project quality tests/int/phone-layout.int.spec.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alertsHtml } from '../../cms/serving/alert-banner'
import { PROVINCE_ALERTS_MARKER } from '../../contract/province-alerts'
import { launchBrowser } from '../../scripts/lib/browser'
import { serveSite } from '../../scripts/lib/static-server'
import { THEMES } from '../../themes/index'
import { discoverPageTypes, setUpSiteFixtures, type FixtureSite } from '../support/site-fixtures'

const WIDTHS = [320, 360, 768, 1024, 1366, 1920]
const PHONE = { width: 360, height: 740 }
const ONE_PER_FAMILY = [1, 7, 13, 19, 25]
/** Links a citizen comes for: a news item, or one of the services. */
const NEWS_OR_SERVICE =
  /^(\/tin-tuc\/bai\/|\/thong-bao\/.|\/van-ban\/.|\/thu-tuc-hanh-chinh\/|\/cong-khai\/|\/hoi-dap\/|\/lien-he\/|https:\/\/dichvucong)/

const fx = setUpSiteFixtures()
let browser: Browser
const contexts: BrowserContext[] = []
const label = (site: FixtureSite, what: string) => `${String(site.number).padStart(2, '0')} ${site.theme.slug} ${what}`

/** A context that never leaves the machine (the trust badge's host gets a 404). */
const newContext = async (viewport: { width: number; height: number }): Promise<BrowserContext> => {
  const context = await browser.newContext({ locale: 'vi-VN', viewport })
  contexts.push(context)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 404, body: '' }))
  return context
}

beforeAll(async () => {
  browser = await launchBrowser()
}, 120_000)
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

type MenuReport = { kind: 'bar' | 'list' | 'closed'; lines: number[]; problems: string[] }

/** How the visible main menu lays its top-level items out, by the rows their boxes sit on. */
const menuReport = (page: Page): Promise<MenuReport> =>
  page.evaluate(() => {
    const nav = document.querySelector<HTMLElement>('.site-nav')
    const items = [...document.querySelectorAll<HTMLElement>('.site-nav .menu__list > .menu__item')].filter((e) =>
      e.checkVisibility(),
    )
    const problems: string[] = []
    if (!nav || !items.length) return { kind: 'closed' as const, lines: [], problems }
    const rows = new Map<number, number>()
    for (const e of items) {
      const top = Math.round(e.getBoundingClientRect().top)
      const row = [...rows.keys()].find((t) => Math.abs(t - top) <= 2) ?? top
      rows.set(row, (rows.get(row) ?? 0) + 1)
    }
    const lines = [...rows.values()]
    const kind = (lines[0] ?? 0) > 1 ? ('bar' as const) : ('list' as const)
    const navBox = nav.getBoundingClientRect()
    for (const e of items) {
      const link = e.querySelector('a')!.getBoundingClientRect()
      if (link.right > navBox.right + 1 || link.left < navBox.left - 1)
        problems.push(`"${e.textContent?.trim()}" sticks out of the menu`)
      // A label broken over two lines in the bar.
      if (kind === 'bar' && link.height > 2 * Number.parseFloat(getComputedStyle(e).lineHeight || '24') + 32)
        problems.push(`"${e.textContent?.trim()}" breaks over lines`)
    }
    return { kind, lines, problems }
  })

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('menus and widths: 25 themes × 320–1920 px', () => {
  it('no sideways scroll, and no menu item alone on a wrapped line, at any width in any theme', async () => {
    const problems: string[] = []
    for (const width of WIDTHS) {
      const page = await (await newContext({ width, height: 900 })).newPage()
      for (const theme of THEMES) {
        const site = fx.site(theme.number)
        const at = label(site, `home at ${width} px`)
        await page.goto(`${await fx.serve(site)}/`, { waitUntil: 'load' })
        const over = await overflow(page)
        if (over > 0) problems.push(`${at}: ${over} px of sideways scroll`)
        let menu = await menuReport(page)
        if (menu.kind === 'closed') {
          // The phone's disclosure: the bar spans the screen, and opened it is a list.
          const bar = await page.locator('.site-nav').boundingBox()
          if (!bar || Math.abs(bar.x) > 0.5 || Math.abs(bar.width - width) > 0.5)
            problems.push(`${at}: the menu bar is inset (x ${bar?.x}, width ${bar?.width})`)
          await page.locator('.site-nav .menu__toggle').click()
          menu = await menuReport(page)
          if (menu.kind !== 'list') problems.push(`${at}: the opened menu is not one item a line: ${menu.lines}`)
        } else if (menu.kind === 'bar' && menu.lines.length > 1) {
          problems.push(`${at}: the menu bar wraps: ${menu.lines.join(' / ')} items a line`)
        }
        problems.push(...menu.problems.map((p) => `${at}: ${p}`))
      }
    }
    expect(problems, problems.join('\n')).toEqual([])
  }, 600_000)
})

/** The home page as the sites server sends it while the province has an emergency alert. */
const withProvinceAlert = async (page: Page) => {
  const html = alertsHtml([
    {
      id: 'test',
      level: 'emergency',
      title: 'Triều cường',
      message: 'Mực nước sông lên nhanh, người dân vùng trũng chủ động phòng tránh.',
      link: null,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      updatedAt: new Date().toISOString(),
    },
  ])
  await page.route(/\/$/, async (route) => {
    const reply = await route.fetch()
    const body = (await reply.text()).replace(PROVINCE_ALERTS_MARKER, html)
    await route.fulfill({ response: reply, body })
  })
}

describe('the first screen of a phone (360 × 740)', () => {
  it('holds the commune name, the alerts and a news or service link, in every theme; one search, opening in place', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await withProvinceAlert(page)
    const problems: string[] = []
    for (const theme of THEMES) {
      const site = fx.site(theme.number)
      const at = label(site, 'home at 360 × 740')
      await page.goto(`${await fx.serve(site)}/`, { waitUntil: 'load' })
      const screen = await page.evaluate(
        ({ pattern }) => {
          const re = new RegExp(pattern)
          const inView = (e: Element | null) => {
            const r = e?.getBoundingClientRect()
            return Boolean(e && r && r.height > 0 && r.top >= 0 && r.top < window.innerHeight)
          }
          const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter(
            (a) => re.test(a.getAttribute('href') ?? '') && a.checkVisibility() && inView(a),
          )
          return {
            name: inView(document.querySelector('.brand__name')),
            provinceAlert: inView(document.querySelector('.province-alert')),
            communeAlert: !document.querySelector('.alert-banner') || inView(document.querySelector('.alert-banner')),
            links: links.map((a) => a.getAttribute('href')),
            searchBoxes: document.querySelectorAll('input[type="search"]').length,
          }
        },
        { pattern: NEWS_OR_SERVICE.source },
      )
      if (!screen.name) problems.push(`${at}: the commune's name is not on the first screen`)
      if (!screen.provinceAlert) problems.push(`${at}: the province's alert is not on the first screen`)
      if (!screen.communeAlert) problems.push(`${at}: the commune's alert is not on the first screen`)
      if (!screen.links.length) problems.push(`${at}: no news or service link on the first screen`)
      if (screen.searchBoxes !== 1) problems.push(`${at}: ${screen.searchBoxes} search boxes, not one`)
      // The header's search opens in place: the box shows on the first screen.
      const box = page.locator('#tim-kiem-dau-trang')
      if (await box.isVisible()) problems.push(`${at}: the search box is open before it is asked for`)
      await page.locator('.header-search__toggle').click()
      const r = await box.boundingBox()
      if (!(await box.isVisible()) || !r || r.y + r.height > PHONE.height)
        problems.push(`${at}: the search does not open on the first screen`)
    }
    expect(problems, problems.join('\n')).toEqual([])
  }, 300_000)
})

describe('the trust badge, the documents and the search on a phone', () => {
  it('shows the trust badge as text in a box, not a broken image, when its image cannot load', async () => {
    const problems: string[] = []
    const page = await (await newContext(PHONE)).newPage()
    for (const n of ONE_PER_FAMILY) {
      const site = fx.site(n)
      await page.goto(`${await fx.serve(site)}/`, { waitUntil: 'load' })
      const img = page.locator('.trust-badge img')
      await img.scrollIntoViewIfNeeded()
      // The badge's host answers 404 here (newContext), as when tinnhiemmang.vn is down.
      await page.waitForFunction(() => {
        const i = document.querySelector<HTMLImageElement>('.trust-badge img')
        return Boolean(i?.complete)
      })
      const badge = await img.evaluate((i: HTMLImageElement) => {
        const after = getComputedStyle(i, '::after')
        return { broken: i.naturalWidth === 0, content: after.content, height: i.getBoundingClientRect().height }
      })
      if (!badge.broken) throw new Error('the badge image loaded: the test cannot see the fallback')
      if (!badge.content.includes('Tín nhiệm mạng') || badge.height < 40)
        problems.push(label(site, `trust badge fallback: ${JSON.stringify(badge)}`))
    }
    expect(problems, problems.join('\n')).toEqual([])
  }, 120_000)

  it('folds the documents filter behind "Lọc", shows results first, and offers a large download button', async () => {
    const problems: string[] = []
    const phone = await (await newContext(PHONE)).newPage()
    const desktop = await (await newContext({ width: 1366, height: 768 })).newPage()
    for (const n of ONE_PER_FAMILY) {
      const site = fx.site(n)
      const base = await fx.serve(site)
      await phone.goto(`${base}/van-ban/`, { waitUntil: 'load' })
      const select = phone.locator('#loc-loai')
      if (await select.isVisible()) problems.push(label(site, '/van-ban/ at 360: the filter is not folded'))
      await phone.locator('summary', { hasText: 'Lọc' }).click()
      if (!(await select.isVisible())) problems.push(label(site, '/van-ban/ at 360: "Lọc" does not open the filter'))
      const firstRow = await phone.locator('.doc-table tbody tr').first().boundingBox()
      await desktop.goto(`${base}/van-ban/`, { waitUntil: 'load' })
      if (!(await desktop.locator('#loc-loai').isVisible()))
        problems.push(label(site, '/van-ban/ at 1366: the filter is hidden'))
      if (!firstRow) problems.push(label(site, '/van-ban/: no document row'))

      const document = discoverPageTypes(site.dir).find((p) => p.name === 'van-ban detail')
      if (!document) throw new Error('no document page in the fixture site')
      await phone.goto(`${base}${document.path}`, { waitUntil: 'load' })
      const button = phone.locator('.file__download').first()
      // What the eye reads: the button without its words for screen readers.
      const text = await button.evaluate((b) => {
        const copy = b.cloneNode(true) as HTMLElement
        for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove()
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
      })
      const bb = await button.boundingBox()
      if (!/^Tải về \((PDF|Word|Excel|Ảnh|[A-Z0-9]+), \d+(,\d)? (B|KB|MB|GB)\)$/.test(text))
        problems.push(label(site, `${document.path}: the download says "${text}"`))
      if (!bb || bb.height < 44 || bb.width < 0.8 * (PHONE.width - 40))
        problems.push(label(site, `${document.path}: the download button is small (${bb?.width}×${bb?.height})`))

      await phone.goto(`${base}/tim-kiem/?q=thong+bao`, { waitUntil: 'load' })
      const first = phone.locator('#ket-qua-tim-kiem li a').first()
      await first.waitFor({ timeout: 10_000 })
      const fb = await first.boundingBox()
      if (!fb || fb.y + 16 > PHONE.height) problems.push(label(site, `/tim-kiem/ at 360: first result at ${fb?.y}`))
    }
    expect(problems, problems.join('\n')).toEqual([])
  }, 300_000)
})

describe('the province directory', () => {
  it('finds a commune typed without diacritics, and a district by its name', async () => {
    const dist = path.join(fx.fixtures().root, 'dist')
    const dir = path.join(dist, '_directory')
    fs.cpSync(path.join(dist, '_astro'), path.join(dir, '_astro'), { recursive: true })
    const server = await serveSite(dir)
    try {
      const page = await (await newContext(PHONE)).newPage()
      await page.goto(`${server.url}/`, { waitUntil: 'load' })
      const all = await page.locator('.directory-list li').count()
      const box = page.locator('#tim-don-vi')
      await box.fill('my binh')
      const found = await page.locator('.directory-list li:visible').allInnerTexts()
      expect(found).toContain('Phường Mỹ Bình')
      expect(found.length).toBeLessThan(5)
      await expect.poll(() => page.locator('#dem-don-vi').innerText()).toBe(`Tìm thấy ${found.length} đơn vị.`)
      await box.fill('')
      expect(await page.locator('.directory-list li:visible').count()).toBe(all)
    } finally {
      await server.close()
    }
  }, 120_000)
})
