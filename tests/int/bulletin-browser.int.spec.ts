import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import QRCode from 'qrcode'
import { launchBrowser } from '../../scripts/lib/browser'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * /bang-tin/ as a public screen shows it (issue 14): Chromium at 1920×1080, the clock in
 * Vietnam time, the province's emergency alert pinned and its other alerts first, items that
 * rotate (every 2 s here, `?giay=2`), a QR code that encodes each item's link, no cookies, and
 * the last content kept with a notice when the network goes, also across a reload.
 */
const OWN = 'my-binh'
const site = () => `http://${OWN}.localhost:${inject('port')}`
let browser: Browser
let context: BrowserContext
let page: Page
let adminToken = ''
const created: number[] = []
const stamp = Date.now()
const EMERGENCY = `Lũ khẩn cấp trên sông Hậu (${stamp})`
const IMPORTANT = `Cắt điện để sửa chữa đường dây (${stamp})`

const createAlert = async (body: Record<string, unknown>) => {
  const reply = await rest('POST', '/api/alerts', { token: adminToken, body })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  created.push(reply.body.doc.id)
  return reply.body.doc.id as number
}
const vietnamClock = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
    date: `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  }
}
const shownId = () => page.locator('[data-stage] article').getAttribute('data-item-id')
const pathsOf = (svg: string) => [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1])

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0]
  const inAnHour = new Date(Date.now() + 3600_000).toISOString()
  const common = { endsAt: inAnHour, target: 'communes', communes: [commune.id] }
  await createAlert({ ...common, title: EMERGENCY, message: 'Bà con vùng trũng di dời ngay.', level: 'emergency' })
  await createAlert({
    ...common,
    title: IMPORTANT,
    message: 'Từ 7 giờ đến 11 giờ sáng mai, khu vực khóm Đông Thịnh mất điện.',
    level: 'important',
    link: 'https://angiang.gov.vn/cat-dien',
  })
  await waitFor(
    'the alerts on the board',
    async () => (await hostGet(`${OWN}.localhost`, '/bang-tin.json')).body.includes(IMPORTANT),
    300_000,
  )
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1920, height: 1080 } })
  page = await context.newPage()
}, 360_000)

afterAll(async () => {
  await context?.setOffline(false)
  await browser?.close()
  for (const id of created) await rest('DELETE', `/api/alerts/${id}`, { token: adminToken })
})

describe('the bulletin board in Chromium at 1920×1080', () => {
  it('shows the clock, the emergency alert pinned, the other alert first, QR codes of the links, and rotates', async () => {
    await page.goto(`${site()}/bang-tin/?giay=2`)
    await page.locator('[data-stage] article').waitFor({ timeout: 15_000 })
    const before = vietnamClock(Date.now())
    const time = await page.locator('[data-time]').innerText()
    const date = await page.locator('[data-date]').innerText()
    const after = vietnamClock(Date.now())
    expect([before.time, after.time]).toContain(time)
    expect(date).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}$/)
    expect([before.date, after.date]).toContain(date.split(', ')[1])

    await expect.poll(() => page.locator('[data-pinned]').innerText()).toContain(EMERGENCY)
    // The rotation starts with the province's (non-emergency) alert.
    await expect.poll(() => page.locator('[data-stage] .item__title').innerText()).toBe(IMPORTANT)
    const link = await page.locator('[data-stage] [data-qr-link]').getAttribute('data-qr-link')
    expect(link).toBe('https://angiang.gov.vn/cat-dien')
    await page.locator('[data-stage] .item__qr-code svg').waitFor()
    await page.screenshot({ path: '/tmp/bang-tin.png' })

    // The QR code is the link's: the same modules as the qrcode package draws for it.
    const drawn = await page.locator('[data-stage] .item__qr-code').innerHTML()
    const expected = await QRCode.toString(link!, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
    expect(pathsOf(drawn)).toEqual(pathsOf(expected))

    // It rotates, and every item of the site's own has a QR code of its page on the site.
    const first = await shownId()
    await expect.poll(shownId, { timeout: 15_000 }).not.toBe(first)
    const next = await page.locator('[data-stage] [data-qr-link]').getAttribute('data-qr-link')
    expect(next).toMatch(new RegExp(`^${site()}/(thong-bao|tin-tuc/bai)/`))
    expect(await page.locator('[data-counter]').innerText()).toMatch(/^\d+\/\d+$/)
    expect(await context.cookies()).toEqual([])
  }, 60_000)

  it('keeps the last content with a notice when the network goes, also after a reload', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await context.setOffline(true)
    const status = page.locator('[data-status][data-offline="true"]')
    await expect
      .poll(() => status.innerText().catch(() => ''), { timeout: 15_000 })
      .toMatch(/^Mất kết nối, đang hiển thị nội dung lúc \d{2}:\d{2}$/)
    expect(await page.locator('[data-pinned]').innerText()).toContain(EMERGENCY)
    expect(await page.locator('[data-stage] article').count()).toBe(1)
    await page.screenshot({ path: '/tmp/bang-tin-offline.png' })

    // A screen restarted while offline: the service worker has the page, localStorage the content.
    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await page.locator('[data-stage] article').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-pinned]').innerText()).toContain(EMERGENCY)
    await expect
      .poll(() => status.innerText().catch(() => ''), { timeout: 15_000 })
      .toMatch(/^Mất kết nối, đang hiển thị nội dung lúc \d{2}:\d{2}$/)

    await context.setOffline(false)
    await expect.poll(() => page.locator('[data-status]').innerText(), { timeout: 15_000 }).toBe('')
    expect(await context.cookies()).toEqual([])
  }, 60_000)

  it('shows a district’s board on the directory’s host: its communes’ alerts and items, each naming its commune', async () => {
    const region = await context.newPage()
    await region.goto(`http://127.0.0.1:${inject('port')}/bang-tin/?khu-vuc=thanh-pho-long-xuyen&giay=2`)
    await expect.poll(() => region.locator('[data-board-name]').innerText()).toBe('Thành phố Long Xuyên')
    await expect.poll(() => region.locator('[data-pinned]').innerText()).toContain(EMERGENCY)
    await expect.poll(() => region.locator('[data-stage] .item__title').innerText()).toBe(IMPORTANT)
    const units = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const id = await region.locator('[data-stage] article').getAttribute('data-item-id')
      await expect
        .poll(() => region.locator('[data-stage] article').getAttribute('data-item-id'), { timeout: 15_000 })
        .not.toBe(id)
      units.add(await region.locator('[data-stage] .item__unit').innerText())
    }
    expect(units.size).toBeGreaterThan(1) // several communes' items
    await region.screenshot({ path: '/tmp/bang-tin-khu-vuc.png' })
    await region.close()
  }, 60_000)
})
