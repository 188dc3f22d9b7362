import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, credentials } from '../support/api'
import { launchBrowser } from '../../scripts/lib/browser'
import { newContext, screenshot } from '../support/browser'
import { ALLOWED_WORDS, type EnglishFinding, englishIn } from './admin-language-words'

/**
 * No English on any screen a Vietnamese-speaking user reaches (issue 11), in a real Chromium
 * with a Vietnamese browser: the login and forgot-password pages, then for each board role and
 * the province admin every screen they reach from the navigation (each list, with its column
 * picker open; the first item of each list; a create view), the dashboard, the account, and a
 * document's versions. Dates and the province's name are checked on the way.
 */
const COMMUNE = 'my-binh'
const ROLES = ['contributor', 'editor', 'chief', 'province-admin'] as const
const UI_TIMEOUT = 30_000

let browser: Browser

type Finding = EnglishFinding & { screen: string; shot: string }

/** Everything a person reads on the page: visible text, placeholders, titles, labels for screen readers. */
const screenTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    // Data, not interface: the JSON and code editors (raw values) and the rich-text content.
    const skip = '.monaco-editor, .code-editor, [contenteditable="true"], script, style, noscript, template'
    const texts: string[] = [document.title]
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!text || !parent || parent.closest(skip) || !parent.checkVisibility()) continue
      texts.push(text)
    }
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')) {
      if (el.closest(skip) || !(el as HTMLElement).checkVisibility()) continue
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
        const value = el.getAttribute(name)?.trim()
        if (value) texts.push(value)
      }
    }
    return texts
  })

/** Waits until an admin screen has settled: its template or form on screen, no request pending. */
const settle = async (page: Page) => {
  await page.locator('.template-default, .template-minimal').first().waitFor({ state: 'visible', timeout: UI_TIMEOUT })
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
  await page
    .locator('.loading-overlay, .shimmer-effect')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined)
}

/** Opens a screen, reads it, and returns what is English on it (with a screenshot to look at). */
const check = async (page: Page, screen: string, url: string | null, before?: (p: Page) => Promise<void>) => {
  if (url) await page.goto(`${baseUrl()}${url}`)
  await settle(page)
  if (before) await before(page)
  const found = (await screenTexts(page)).flatMap(englishIn)
  // A screenshot only of a screen with findings, to look at: a clean sweep takes none (time).
  const shot = found.length ? await screenshot(page, `language-${screen}`) : ''
  return found.map((f) => ({ ...f, screen, shot }))
}

/** Logs in through the form and waits to be inside the admin (whatever its home screen is). */
const login = async (page: Page, email: string, password: string) => {
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email, { timeout: 60_000 })
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 60_000 })
  await settle(page)
}

const credentialOf = (role: (typeof ROLES)[number]) => {
  const found = credentials().find((c) => c.role === role && (role === 'province-admin' || c.commune === COMMUNE))
  if (!found) throw new Error(`no demo account for ${role} of ${COMMUNE}`)
  return found
}

/** The admin links of the navigation (collections, globals and the features' own views). */
const navLinks = async (page: Page): Promise<string[]> => {
  await page.locator('.nav a[href^="/admin/"]').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT })
  const hrefs = await page
    .locator('.nav a[href^="/admin/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return [...new Set(hrefs)].filter((h) => h && !h.endsWith('/logout'))
}

const openColumns = async (page: Page) => {
  const toggle = page.locator('#toggle-list-columns')
  if (await toggle.isVisible()) {
    await toggle.click()
    await page
      .locator('.list-controls__columns')
      .first()
      .waitFor({ state: 'visible', timeout: 5_000 })
      .catch(() => undefined)
  }
}

/** The first item of a list view, or null when the list is empty. */
const firstItemHref = async (page: Page): Promise<string | null> => {
  const link = page.locator('.collection-list__tables tbody tr a[href^="/admin/"]').first()
  return (await link.count()) ? link.getAttribute('href') : null
}

/** Every screen one person reaches, in the order a new board member would open them. */
const sweep = async (role: (typeof ROLES)[number]): Promise<{ findings: Finding[]; screens: string[] }> => {
  const { email, password } = credentialOf(role)
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await login(page, email, password)
  const findings: Finding[] = []
  const screens: string[] = []
  const visit = async (name: string, url: string | null, before?: (p: Page) => Promise<void>) => {
    screens.push(name)
    findings.push(...(await check(page, `${role}-${name}`, url, before)))
  }
  await visit('dashboard', '/admin')
  for (const href of await navLinks(page)) {
    const name = href.replace(/^\/admin\/?/, '').replace(/\//g, '_') || 'home'
    await visit(name, href, href.includes('/collections/') ? openColumns : undefined)
    const item = href.includes('/collections/') && !href.includes('/create') ? await firstItemHref(page) : null
    if (item) await visit(`${name}-item`, item)
    if (item && href.endsWith('/collections/posts')) await visit('posts-versions', `${item}/versions`)
  }
  await visit('posts-create', '/admin/collections/posts/create')
  await visit('account', '/admin/account')
  await page.context().close()
  return { findings, screens }
}

const report = (findings: Finding[]): string =>
  findings.map((f) => `${f.screen}: "${f.word}" in «${f.text}» (${f.shot})`).join('\n')

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the English detector', () => {
  it('finds English words and leaves Vietnamese, names, addresses and slugs alone', () => {
    expect(englishIn('Lỗi - Field sau không hợp lệ: reviewComment').map((f) => f.word)).toContain('field')
    expect(englishIn('Requested At').map((f) => f.word)).toEqual(['requested', 'at'])
    expect(englishIn('Save changes').length).toBe(2)
    expect(englishIn('Lưu thay đổi. Tỉnh An Giang, Phường Mỹ Long, Email: a@b.vn, http://my-binh.localhost/')).toEqual(
      [],
    )
    expect(englishIn('Đường dẫn: tin-tuc/bai/some-news')).toEqual([])
    expect(englishIn('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toEqual([])
    expect(englishIn('Document type').map((f) => f.word)).toContain('document')
    expect(ALLOWED_WORDS.size).toBeLessThan(40)
  })
})

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/
const DATE = /^\d{2}\/\d{2}\/\d{4}$/

describe('dates in Vietnamese order on a 24-hour clock', () => {
  it('in the posts list, the audit log and the date picker of a post', { timeout: 180_000 }, async () => {
    const { email, password } = credentialOf('chief')
    const page = await (await newContext(browser)).newPage()
    page.setDefaultTimeout(UI_TIMEOUT)
    await login(page, email, password)
    // The posts list's default columns include both dates.
    await page.goto(`${baseUrl()}/admin/collections/posts`)
    await settle(page)
    const updated = (await page.locator('td.cell-updatedAt').allInnerTexts()).map((t) => t.trim())
    const published = (await page.locator('td.cell-publishedAt').allInnerTexts()).map((t) => t.trim()).filter(Boolean)
    let shot = await screenshot(page, 'dates-posts-list')
    expect(updated.length, shot).toBeGreaterThan(0)
    for (const text of updated) expect(text, shot).toMatch(DATE_TIME)
    for (const text of published) expect(text, shot).toMatch(DATE)

    await page.goto(`${baseUrl()}/admin/collections/audit-logs`)
    await settle(page)
    const at = (await page.locator('td.cell-at').allInnerTexts()).map((t) => t.trim())
    shot = await screenshot(page, 'dates-audit-log')
    expect(at.length, shot).toBeGreaterThan(0)
    for (const text of at) expect(text, shot).toMatch(DATE_TIME)

    // The picker writes the day first too: pick the 15th of the month shown.
    await page.goto(`${baseUrl()}/admin/collections/posts/create`)
    await settle(page)
    const input = page.locator('#field-publishedAt input')
    await input.click()
    await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').first().click()
    const picked = await input.inputValue()
    shot = await screenshot(page, 'dates-picker')
    expect(picked, shot).toMatch(/^15\/\d{2}\/\d{4}$/)
    await page.context().close()
  })
})

describe('no English on the screens of a Vietnamese-speaking user', () => {
  it('on the login and forgot-password pages, which carry the province and not Payload', async () => {
    const page = await (await newContext(browser)).newPage()
    const findings = [
      ...(await check(page, 'login', '/admin/login')),
      ...(await check(page, 'forgot', '/admin/forgot')),
    ]
    await page.goto(`${baseUrl()}/admin/login`)
    await settle(page)
    const shot = await screenshot(page, 'language-login-brand')
    expect(await page.locator('.template-minimal').innerText(), shot).toMatch(/Tỉnh An Giang/)
    const seen = (await screenTexts(page)).join(' | ')
    expect(seen, `"Payload" on the login page: ${shot}`).not.toMatch(/payload/i)
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(icons.join(' '), 'favicon').not.toMatch(/payload/i)
    expect(await page.title(), shot).not.toMatch(/payload/i)
    await page.context().close()
    expect(report(findings)).toBe('')
  })

  for (const role of ROLES) {
    it(`for the ${role} of ${COMMUNE}, on every screen they reach`, { timeout: 600_000 }, async () => {
      const { findings, screens } = await sweep(role)
      // The sweep must have reached the lists of the menu and some items, or it checked nothing.
      expect(screens.length, screens.join(', ')).toBeGreaterThan(6)
      expect(
        screens.some((s) => s.endsWith('-item')),
        screens.join(', '),
      ).toBe(true)
      expect(report(findings)).toBe('')
    })
  }
})
