import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, loginAs, rest } from '../support/api'
import { loginInBrowser, newContext, screenshot } from '../support/browser'

/**
 * "Tin từ tỉnh" in Chromium: the chief finds the province's offer in the navigation's page,
 * picks a category and republishes it with one click; the page then says it is on the site.
 */
const OWN = 'my-binh'
const TAG = `tt${Date.now().toString(36)}`
const UI_TIMEOUT = 60_000
let browser: Browser
let admin = ''
const created: [string, number][] = []

beforeAll(async () => {
  browser = await launchBrowser()
  admin = (await loginAs('province-admin')).token
}, 120_000)

afterAll(async () => {
  await browser?.close()
  for (const [collection, id] of created.reverse()) await rest('DELETE', `/api/${collection}/${id}`, { token: admin })
})

const openAs = async (role: string, commune?: string): Promise<Page> => {
  const { credential } = await loginAs(role, commune)
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), credential.email, credential.password)
  return page
}

describe('Tin từ tỉnh in the admin', () => {
  it('the chief republishes an offer with a category and one click', async () => {
    const item = await rest('POST', '/api/shared-news', {
      token: admin,
      body: {
        title: `${TAG} Tin của tỉnh cho ban biên tập`,
        summary: 'Tóm tắt.',
        source: 'Cổng TTĐT tỉnh An Giang',
        imageUrl: 'https://angiang.gov.vn/anh/tin.jpg',
      },
    })
    expect(item.status).toBe(201)
    created.push(['shared-news', item.body.doc.id])
    const page = await openAs('chief', OWN)
    await page.goto(`${baseUrl()}/admin`)
    await page.locator('#nav-tin-tu-tinh').click()
    await page.waitForURL(/\/admin\/tin-tu-tinh/)
    const offer = page.locator(`[data-offer="${item.body.doc.id}"]`)
    await offer.getByRole('heading').waitFor()
    expect(await offer.textContent()).toContain('Nguồn: Cổng TTĐT tỉnh An Giang')
    // The offer shows the picture the item carries (a feed's, as it publishes it).
    expect(await offer.locator('img').getAttribute('src')).toBe('https://angiang.gov.vn/anh/tin.jpg')
    await offer.getByLabel('Chuyên mục').selectOption({ index: 0 })
    await offer.getByRole('button', { name: 'Đăng lại' }).click()
    await offer.getByText('Đã đăng trên trang của đơn vị').waitFor()
    await screenshot(page, 'syndication-admin-republished')
    const copies = await rest(
      'GET',
      `/api/posts?where[reprint.sharedNews][equals]=${item.body.doc.id}&depth=0&draft=true`,
      { token: admin },
    )
    expect(copies.body.docs).toHaveLength(1)
    created.push(['posts', copies.body.docs[0].id])
    expect(copies.body.docs[0]._status).toBe('published')
  }, 180_000)
})
