import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { THEMES } from '../../themes/index'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, credentials, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'

/**
 * The commune's theme as 25 thumbnails with their names, in Chromium as its chief: keyboard
 * choice, a preview of the commune's own home page in the chosen theme before saving, and the
 * save. An editor sees the picker but cannot change it.
 */
const OWN = 'my-binh'
const UI_TIMEOUT = 60_000

let browser: Browser
let adminToken = ''
let communeId = 0
let originalTheme = 1

const themeOf = async (): Promise<number> =>
  (await rest('GET', `/api/communes/${communeId}?depth=0`, { token: adminToken })).body.theme

const pageAs = async (role: string): Promise<Page> => {
  const credential = credentials().find((c) => c.role === role && c.commune === OWN)!
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await signIn(page, credential.email, credential.password)
  await page.goto(`${baseUrl()}/admin/collections/communes/${communeId}`)
  await page.locator('.theme-picker').waitFor()
  return page
}

const checked = (page: Page) => page.locator('.theme-picker input[type="radio"]:checked').getAttribute('value')

/**
 * Signs in at /admin/login and waits until the admin left the login page (the start page is
 * another feature's: the dashboard or "Việc của tôi").
 */
const signIn = async (page: Page, email: string, password: string) => {
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email, { timeout: 60_000 })
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0]
  communeId = commune.id
  originalTheme = commune.theme
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (communeId && (await themeOf()) !== originalTheme)
    await rest('PATCH', `/api/communes/${communeId}`, { token: adminToken, body: { theme: originalTheme } })
})

describe('the theme picker (Chromium, as the chief)', () => {
  let page: Page
  /** A theme of another layout family than the commune's. */
  const other = () => THEMES.find((t) => t.family !== THEMES[originalTheme - 1]!.family)!

  beforeAll(async () => {
    page = await pageAs('chief')
  }, 120_000)

  it('shows the 25 themes as thumbnails with their Vietnamese names, the current one chosen', async () => {
    const options = page.locator('.theme-picker label[data-theme-number]')
    expect(await options.count()).toBe(25)
    expect(await page.locator('.theme-picker label[data-theme-number] svg').count()).toBe(25)
    const names = await options.allInnerTexts()
    for (const theme of THEMES) expect(names[theme.number - 1]).toContain(theme.name)
    expect(await checked(page)).toBe(String(originalTheme))
    expect(await page.locator('.theme-picker').innerText()).toContain('đang dùng')
    // The old number box and its paragraph of names are gone.
    expect(await page.locator('input[type="number"]#field-theme').count()).toBe(0)
    console.log(`Screenshot of the picker: ${await screenshot(page, 'theme-picker')}`)
  })

  it('is used with the keyboard: arrow keys move the choice', async () => {
    await page.locator('.theme-picker input[type="radio"]:checked').focus()
    await page.keyboard.press('ArrowRight')
    const next = originalTheme === 25 ? 1 : originalTheme + 1
    await expect.poll(() => checked(page)).toBe(String(next))
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => checked(page)).toBe(String(originalTheme))
  })

  it("previews the commune's own home page in the chosen theme, before saving", async () => {
    const theme = other()
    await page.locator(`.theme-picker label[data-theme-number="${theme.number}"]`).click()
    expect(await page.locator('.theme-picker').innerText()).toContain(`Đã chọn: ${theme.number}. ${theme.name}`)
    const started = Date.now()
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: /Xem trước trang chủ/ }).click(),
    ])
    await tab.waitForURL(/\/api\/preview\/[^/]+$/, { timeout: 120_000 })
    await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: 120_000 }).toBe(theme.slug)
    console.log(`Theme preview appeared in ${Date.now() - started} ms`)
    expect(await tab.locator('[data-preview-banner]').innerText()).toContain('Bản xem trước')
    expect(await tab.locator('html').getAttribute('data-layout')).toBe(theme.family)
    console.log(`Screenshot of the theme preview: ${await screenshot(tab, 'theme-picker-preview')}`)
    await tab.close()
    // Nothing saved yet.
    expect(await themeOf()).toBe(originalTheme)
  }, 180_000)

  it('saves the chosen theme', async () => {
    const theme = other()
    await page.locator('#action-save').click()
    await expect.poll(themeOf, { timeout: 30_000 }).toBe(theme.number)
  })
})

describe('the theme picker as an editor', () => {
  it('is shown but cannot be changed, nor previewed', async () => {
    const page = await pageAs('editor')
    expect(await page.locator('.theme-picker label[data-theme-number]').count()).toBe(25)
    expect(await page.locator('.theme-picker input[type="radio"]:not(:disabled)').count()).toBe(0)
    expect(await page.getByRole('button', { name: /Xem trước trang chủ/ }).isDisabled()).toBe(true)
    await page.context().close()
  }, 120_000)
})
