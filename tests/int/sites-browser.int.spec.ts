import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { loginAs, rest } from '../support/api'
import { launchBrowser } from '../../scripts/lib/browser'
import { type Hit, readHits } from '../../scripts/lib/matomo-stand-in'

/** What a citizen does on a real site in real Chromium: the tracker fires, a question arrives. */
const site = () => `http://my-long.localhost:${inject('port')}`
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 800 } })).newPage()
})
afterAll(async () => browser?.close())

describe('a citizen on a commune site', () => {
  it('is counted by the commune’s own Matomo site, without cookies', async () => {
    const { token } = await loginAs('province-admin')
    const commune = (await rest('GET', '/api/communes?where[slug][equals]=my-long&depth=0', { token })).body.docs[0]
    await page.goto(`${site()}/`)
    let hit: Hit | undefined
    for (let i = 0; i < 100 && !hit; i++) {
      hit = (await readHits(inject('matomoUrl'))).find((h) => h.query.url === `${site()}/`)
      if (!hit) await page.waitForTimeout(100)
    }
    expect(hit, 'the stand-in received no page view').toBeTruthy()
    expect(hit!.query.idsite).toBe(String(commune.matomoSiteId))
    expect(hit!.query.cookies).toBe('0')
    expect(await page.context().cookies()).toEqual([])
  })

  it('sends a question that reaches the board as pending', async () => {
    await page.goto(`${site()}/hoi-dap/`)
    const question = `Xin hỏi thủ tục đăng ký khai sinh cho con cần giấy tờ gì? (${Date.now()})`
    await page.getByRole('textbox', { name: /Họ và tên/ }).fill('Nguyễn Thị Lan')
    await page.getByRole('textbox', { name: /Số điện thoại hoặc thư điện tử/ }).fill('0912 345 678')
    await page.getByRole('textbox', { name: /Nội dung câu hỏi/ }).fill(question)
    const consent = page.getByRole('checkbox', { name: /đồng ý/ })
    expect(await consent.isChecked()).toBe(false)
    await consent.check()
    await page.getByRole('button', { name: /Gửi/ }).click()
    await page.getByText('Đã gửi câu hỏi', { exact: false }).waitFor({ timeout: 15_000 })
    const { token } = await loginAs('chief', 'my-long')
    const found = await rest('GET', `/api/questions?where[question][equals]=${encodeURIComponent(question)}&depth=0`, {
      token,
    })
    expect(found.body.totalDocs).toBe(1)
    expect(found.body.docs[0]).toMatchObject({
      status: 'pending',
      published: false,
      askerName: 'Nguyễn Thị Lan',
      askerContact: '0912 345 678',
      consent: true,
    })
  })
})
