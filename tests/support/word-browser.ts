import type { Page } from 'playwright-core'
import { screenshot } from './browser'

/**
 * Signs in through /admin/login and waits until the admin has left the login page (whatever
 * the first screen is: the dashboard, or "Việc của tôi" where that replaces it).
 */
export const signInToAdmin = async (page: Page, baseUrl: string, email: string, password: string): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email, { timeout: 60_000 })
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
    await page.locator('nav, .nav').first().waitFor({ timeout: 60_000 })
  } catch (err) {
    throw new Error(`login as ${email} failed (${await screenshot(page, `word-login-failed-${email}`)})`, {
      cause: err,
    })
  }
}
