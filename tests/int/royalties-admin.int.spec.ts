import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, loginAs, rest } from '../support/api'
import { loginInBrowser, newContext, screenshot } from '../support/browser'

/**
 * "Bảng nhuận bút" in Chromium: the chief opens the printable statement of their commune from
 * the navigation (items, amounts as the API counts them, the signature lines, print styles hide
 * the admin around it) and locks the month; an editor is refused.
 */
const OWN = 'my-binh'
const TAG = Date.now().toString(36)
const MONTH = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
const UI_TIMEOUT = 60_000
let browser: Browser
let admin = ''
const shots: string[] = []
const created: [string, number][] = []

const openAs = async (role: string, commune?: string): Promise<Page> => {
  const { credential } = await loginAs(role, commune)
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), credential.email, credential.password)
  return page
}

beforeAll(async () => {
  browser = await launchBrowser()
  admin = (await loginAs('province-admin')).token
  const chief = (await loginAs('chief', OWN)).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}`, { token: admin })).body.docs[0]
  expect(
    (
      await rest('POST', '/api/globals/royalty-rules', {
        token: admin,
        body: { pointValue: 100_000, monthlyCap: 0, communeCoefficients: [{ commune: commune.id, coefficient: 1 }] },
      })
    ).status,
  ).toBe(200)
  const genre = await rest('POST', '/api/royalty-genres', {
    token: admin,
    body: { name: `Phóng sự ảnh ${TAG}`, points: 5 },
  })
  created.push(['royalty-genres', genre.body.doc.id])
  const post = await rest('POST', '/api/posts', {
    token: chief,
    body: {
      tenant: commune.id,
      _status: 'published',
      title: `Phóng sự ngày hội ${TAG}`,
      royaltyGenre: genre.body.doc.id,
      authors: [{ name: `Huỳnh Thị Mai ${TAG}`, share: 100 }],
    },
  })
  expect(post.status, JSON.stringify(post.body)).toBe(201)
  created.unshift(['posts', post.body.doc.id])
}, 180_000)

afterAll(async () => {
  const locks = await rest('GET', `/api/royalty-statements?where[month][equals]=${MONTH}&limit=0`, { token: admin })
  for (const doc of locks.body?.docs ?? []) await rest('DELETE', `/api/royalty-statements/${doc.id}`, { token: admin })
  for (const [collection, id] of created) await rest('DELETE', `/api/${collection}/${id}`, { token: admin })
  await rest('POST', '/api/globals/royalty-rules', { token: admin, body: { pointValue: 0, communeCoefficients: [] } })
  await browser?.close()
  console.log(`screenshots: ${shots.join(', ')}`)
})

describe('Bảng nhuận bút in the admin', () => {
  it('the chief opens the printable statement, sees the amounts and the signature lines, and locks it', async () => {
    const page = await openAs('chief', OWN)
    await page.locator('#nav-nhuan-but').click()
    await page.waitForURL(/\/admin\/nhuan-but/)
    const sheet = page.locator('article[aria-label="Bảng kê nhuận bút"]')
    await sheet.waitFor({ state: 'visible' })
    shots.push(await screenshot(page, 'royalties-statement'))
    const text = await sheet.innerText()
    expect(text).toContain(`Phóng sự ngày hội ${TAG}`)
    expect(text).toContain(`Huỳnh Thị Mai ${TAG}`)
    // 5 points × 100,000 đ × coefficient 1 = 500.000 đ.
    expect(text).toContain('500.000')
    for (const title of ['Người lập', 'Trưởng ban biên tập', 'Thủ trưởng đơn vị']) expect(text).toContain(title)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('nav.nav').first().isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Chốt tháng' }).isVisible()).toBe(false)
    shots.push(await screenshot(page, 'royalties-statement-print'))
    await page.emulateMedia({ media: 'screen' })
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByRole('button', { name: 'Chốt tháng' }).click()
    await page.getByText(/^Đã chốt lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor({ state: 'visible' })
    shots.push(await screenshot(page, 'royalties-statement-locked'))
  })

  it('refuses an editor', async () => {
    const page = await openAs('editor', OWN)
    expect(await page.locator('#nav-nhuan-but').count()).toBe(0)
    await page.goto(`${baseUrl()}/admin/nhuan-but`)
    await page.getByText('Chỉ trưởng ban biên tập và quản trị tỉnh xem được bảng nhuận bút.').waitFor()
    shots.push(await screenshot(page, 'royalties-editor-refused'))
  })
})
