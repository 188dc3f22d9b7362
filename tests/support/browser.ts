import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'

/**
 * A fresh browser profile (no cookies) as a commune official's would be: a Vietnamese browser
 * (Accept-Language vi-VN) on a desktop screen wide enough for the admin to show its side nav.
 */
export const newContext = (browser: Browser, locale = 'vi-VN'): Promise<BrowserContext> =>
  browser.newContext({ locale, viewport: { width: 1600, height: 1000 } })

/** Where screenshots go: the system temporary folder, one name per view. */
export const screenshotPath = (name: string): string =>
  path.join(os.tmpdir(), `admin-ui-${name.replace(/[^a-z0-9-]+/gi, '-')}.png`)

export const screenshot = async (page: Page, name: string): Promise<string> => {
  const file = screenshotPath(name)
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  return file
}

/** Fills Payload's login form at /admin/login and waits until the dashboard is on screen. */
export const loginInBrowser = async (page: Page, baseUrl: string, email: string, password: string): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email, { timeout: 60_000 })
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  // Either the dashboard comes, or Payload says why not in a toast (wrong password, locked...).
  const dashboard = page.locator('.dashboard')
  const toast = page.locator('.payload-toast-container li')
  await dashboard.or(toast).first().waitFor({ state: 'visible', timeout: 60_000 })
  if (!(await dashboard.isVisible())) {
    throw new Error(
      `login as ${email} failed: ${(await toast.allInnerTexts()).join(' | ')} (${await screenshot(page, `login-failed-${email}`)})`,
    )
  }
}
