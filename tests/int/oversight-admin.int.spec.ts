import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'

/**
 * "Giám sát" in Chromium: the province admin reaches it from the navigation, sees one row per
 * commune (as the API counts them), the formula, the charts each with its data table, filters
 * and sorts, and opens a commune; a district viewer sees their district; a chief is refused.
 */
const UI_TIMEOUT = 60_000
let browser: Browser
const shots: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  console.log(`screenshots: ${shots.join(', ')}`)
})

const openAs = async (role: string, commune?: string): Promise<Page> => {
  const { credential } = await loginAs(role, commune)
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  // Payload's login form; then any admin page (the home page is the features' own).
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(credential.email)
  await page.locator('#field-password').fill(credential.password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  await page.locator('nav').first().waitFor({ state: 'attached' })
  return page
}

const apiRows = async (role: string): Promise<{ id: number; stale: boolean; district: string }[]> => {
  const { token } = await loginAs(role)
  return (await rest('GET', '/api/oversight/communes', { token })).body.rows
}

describe('Giám sát in the admin', () => {
  it('the province admin opens it from the navigation, filters, sorts and clicks through', async () => {
    const page = await openAs('province-admin')
    await page.locator('#nav-giam-sat').click()
    await page.waitForURL(/\/admin\/giam-sat$/)
    const table = page.locator('#oversight-table')
    await table.waitFor({ state: 'visible' })
    const rows = await apiRows('province-admin')
    expect(await table.locator('tbody tr').count()).toBe(rows.length)
    await expect(page.locator('#oversight-formula').innerText()).resolves.toMatch(/^Điểm tuân thủ \(0-100\) = 40 ×/)
    for (const id of ['chart-publications', 'chart-scores']) {
      await page.locator(`#${id} svg`).first().waitFor({ state: 'visible' })
      expect(await page.locator(`#${id} table tbody tr`).count()).toBeGreaterThan(0)
    }
    shots.push(await screenshot(page, 'oversight-province'))
    await page.getByLabel('Chỉ đơn vị không cập nhật 30 ngày').check()
    const stale = rows.filter((r) => r.stale).length
    expect(await table.locator('tbody tr').count()).toBe(stale)
    expect(await table.locator('tbody tr[data-stale="false"]').count()).toBe(0)
    await page.getByLabel('Chỉ đơn vị không cập nhật 30 ngày').uncheck()
    const district = rows[0]?.district as string
    await page.getByLabel('Huyện/thị xã/thành phố').selectOption(district)
    expect(await table.locator('tbody tr').count()).toBe(rows.filter((r) => r.district === district).length)
    await page.getByLabel('Sắp xếp').selectOption('score-asc')
    const scores = await table.locator('tbody tr td:last-child').allInnerTexts()
    const numbers = scores.map(Number)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    shots.push(await screenshot(page, 'oversight-filtered'))
    const first = table.locator('tbody tr th a').first()
    const name = await first.innerText()
    await first.click()
    await page.waitForURL(/\/admin\/collections\/communes\/\d+/)
    await expect(page.locator('body').innerText()).resolves.toContain(name)
  }, 300_000)

  it('a district viewer sees their district only', async () => {
    const page = await openAs('district-viewer')
    await page.goto(`${baseUrl()}/admin/giam-sat`)
    const table = page.locator('#oversight-table')
    await table.waitFor({ state: 'visible' })
    const rows = await apiRows('district-viewer')
    expect(new Set(rows.map((r) => r.district)).size).toBe(1)
    expect(await table.locator('tbody tr').count()).toBe(rows.length)
    shots.push(await screenshot(page, 'oversight-district'))
  }, 300_000)

  it('a chief gets no link and a refusal in Vietnamese', async () => {
    const page = await openAs('chief', 'my-binh')
    expect(await page.locator('#nav-giam-sat').count()).toBe(0)
    await page.goto(`${baseUrl()}/admin/giam-sat`)
    await expect(page.getByRole('alert').first().innerText()).resolves.toMatch(/ban biên tập xã không xem được/)
    expect(await page.locator('#oversight-table').count()).toBe(0)
    shots.push(await screenshot(page, 'oversight-chief'))
  }, 300_000)
})
