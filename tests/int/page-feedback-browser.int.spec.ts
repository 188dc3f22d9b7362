import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'

/**
 * What a citizen does on a page (issue 15), in Chromium on a commune's real site: the rating
 * and its thank-you (with and without JavaScript), the share links' exact addresses, copying the
 * address, listening (hidden without a Vietnamese voice; with a stand-in voice, what is sent to
 * it), and the print view.
 */
const SLUG = 'my-long'
const site = () => `http://${SLUG}.localhost:${inject('port')}`
let browser: Browser
let context: BrowserContext
let articlePath = ''
const marker = `trình duyệt ${Date.now()}`

beforeAll(async () => {
  await waitFor('the news page', async () => (await hostGet(`${SLUG}.localhost`, '/tin-tuc/')).status === 200, 300_000)
  articlePath = /href="(\/tin-tuc\/bai\/[^"]+\/)"/.exec((await hostGet(`${SLUG}.localhost`, '/tin-tuc/')).body)![1]!
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site() })
}, 360_000)

afterAll(async () => {
  const { token } = await loginAs('province-admin')
  const mine = await rest(
    'GET',
    `/api/page-feedback?limit=100&depth=0&where[comment][like]=${encodeURIComponent(marker)}`,
    { token },
  )
  for (const doc of mine.body?.docs ?? []) await rest('DELETE', `/api/page-feedback/${doc.id}`, { token })
  await browser?.close()
})

const open = async (path: string, ctx = context): Promise<Page> => {
  const page = await ctx.newPage()
  await page.goto(`${site()}${path}`)
  return page
}

describe('page tools on an article', () => {
  it('rates the page in place: the thank-you shows and the rating reaches the admin', async () => {
    const page = await open(articlePath)
    await page.getByText('Thêm góp ý', { exact: false }).click()
    await page.getByLabel(/Góp ý của bạn/).fill(marker)
    await page.getByRole('button', { name: 'Có', exact: true }).click()
    await page.getByText('Cảm ơn bạn đã đánh giá trang này.').waitFor({ state: 'visible', timeout: 15_000 })
    const { token } = await loginAs('province-admin')
    const stored = await rest(
      'GET',
      `/api/page-feedback?depth=1&where[comment][equals]=${encodeURIComponent(marker)}`,
      { token },
    )
    expect(stored.body.docs[0]).toMatchObject({ path: articlePath, helpful: true, tenant: { slug: SLUG } })
    await page.close()
  })

  it('without JavaScript the form posts and comes back to the page with the thank-you', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await open(articlePath, noJs)
    await page.getByText('Thêm góp ý', { exact: false }).click()
    await page.getByLabel(/Góp ý của bạn/).fill(`${marker} không JS`)
    await page.getByRole('button', { name: 'Không', exact: true }).click()
    await page.waitForURL(`${site()}${articlePath}#cam-on-danh-gia`)
    expect(await page.getByText('Cảm ơn bạn đã đánh giá trang này.').isVisible()).toBe(true)
    expect(await page.locator('.page-rating__form').isVisible()).toBe(false)
    // Without JavaScript the address stays visible to copy by hand.
    expect(await page.locator('.page-tools__url').inputValue()).toBe(`${site()}${articlePath}`)
    await noJs.close()
  })

  it('shares with plain links to Facebook and Zalo, and copies the address', async () => {
    const page = await open(articlePath)
    const address = encodeURIComponent(`${site()}${articlePath}`)
    expect(await page.getByRole('link', { name: 'Chia sẻ Facebook' }).getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${address}`,
    )
    expect(await page.getByRole('link', { name: 'Chia sẻ Zalo' }).getAttribute('href')).toBe(
      `https://sp.zalo.me/share_inline?url=${address}`,
    )
    // No script from anywhere else.
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src))
    // Sharing loads nothing from the networks (the analytics and EMC snippets are the commune's own settings).
    for (const src of scripts) expect(src).not.toMatch(/facebook|fbcdn|zalo|zdn\.vn|zadn/i)
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click()
    await page.getByText('Đã sao chép liên kết.').waitFor({ timeout: 10_000 })
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site()}${articlePath}`)
    await page.close()
  })
})

describe('listening to an article', () => {
  it('hides "Nghe bài viết" when the browser has no Vietnamese voice', async () => {
    const page = await context.newPage()
    await page.addInitScript(() => {
      const synth = window.speechSynthesis
      if (synth)
        synth.getVoices = () =>
          [{ lang: 'en-US', name: 'English', voiceURI: 'en', default: true, localService: true }] as never
    })
    await page.goto(`${site()}${articlePath}`)
    await page.locator('.page-tools__copy').waitFor({ state: 'visible' })
    expect(await page.getByRole('button', { name: 'Nghe bài viết' }).count()).toBe(0)
    await page.close()
  })

  it('with a Vietnamese voice (a stand-in: no speech engine here) it reads the title and text in Vietnamese; pause and stop', async () => {
    const page = await context.newPage()
    await page.addInitScript(() => {
      const calls: string[] = []
      const spoken: { lang: string; text: string; voice: string }[] = []
      const voice = { lang: 'vi-VN', name: 'Tiếng Việt', voiceURI: 'vi', default: false, localService: true }
      class Utterance {
        text: string
        lang = ''
        voice: unknown = null
        rate = 1
        onend: (() => void) | null = null
        constructor(text: string) {
          this.text = text
        }
      }
      const synth = {
        getVoices: () => [{ lang: 'en-US', name: 'English', voiceURI: 'en', default: true, localService: true }, voice],
        speak: (u: Utterance) =>
          spoken.push({ lang: u.lang, text: u.text, voice: (u.voice as { name?: string })?.name ?? '' }),
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
        cancel: () => calls.push('cancel'),
        addEventListener: () => undefined,
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
      Object.assign(window, { __speech: { calls, spoken } })
    })
    await page.goto(`${site()}${articlePath}`)
    const play = page.getByRole('button', { name: 'Nghe bài viết' })
    await play.waitFor({ state: 'visible' })
    await play.click()
    const title = (await page.locator('.article h1').innerText()).trim()
    const speech = () =>
      page.evaluate(
        () =>
          (
            window as never as {
              __speech: { calls: string[]; spoken: { lang: string; text: string; voice: string }[] }
            }
          ).__speech,
      )
    const { spoken } = await speech()
    expect(spoken.length).toBeGreaterThan(0)
    for (const u of spoken) {
      expect(u.lang).toBe('vi-VN')
      expect(u.voice).toBe('Tiếng Việt')
      expect(u.text.length).toBeLessThanOrEqual(400)
    }
    expect(spoken[0]!.text.startsWith(title)).toBe(true)
    const body = (await page.locator('.article__body').innerText()).replace(/\s+/g, ' ').trim()
    expect(spoken.map((u) => u.text).join(' ')).toContain(body.slice(0, 40))
    await page.getByRole('button', { name: 'Tạm dừng' }).click()
    await page.getByRole('button', { name: 'Nghe tiếp' }).click()
    await page.getByRole('button', { name: 'Dừng', exact: true }).click()
    expect((await speech()).calls).toEqual(['cancel', 'pause', 'resume', 'cancel'])
    expect(await page.getByRole('button', { name: 'Dừng', exact: true }).isVisible()).toBe(false)
    await page.close()
  })
})

describe('printing and the other pages', () => {
  it('prints without the chrome, with the page’s address and date', async () => {
    const page = await open(articlePath)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.site-nav', '.site-footer', '.page-tools', '.page-rating', '.breadcrumbs'])
      for (const el of await page.locator(selector).all()) expect(await el.isVisible(), selector).toBe(false)
    expect(await page.locator('.page-tools__printed').innerText()).toBe(`Địa chỉ: ${site()}${articlePath}`)
    expect(await page.locator('.article__meta time').first().isVisible()).toBe(true)
    expect(await page.locator('.article h1').isVisible()).toBe(true)
    await page.close()
  })

  it('rates announcements, documents and other content pages too; the tools are on announcements and documents', async () => {
    const page = await open('/thong-bao/')
    const announcement = await page.locator('main a[href^="/thong-bao/"]').first().getAttribute('href')
    await page.goto(`${site()}${announcement}`)
    expect(await page.locator('.page-tools').count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Trang này có hữu ích không?' }).count()).toBe(1)
    await page.goto(`${site()}/van-ban/`)
    const doc = await page.locator('main a[href^="/van-ban/"]:not([href="/van-ban/"])').first().getAttribute('href')
    await page.goto(`${site()}${doc}`)
    expect(await page.locator('.page-tools').count()).toBe(1)
    await page.goto(`${site()}/gioi-thieu/`)
    expect(await page.getByRole('heading', { name: 'Trang này có hữu ích không?' }).count()).toBe(1)
    expect(await page.locator('.page-tools').count()).toBe(0)
    await page.goto(`${site()}/`)
    expect(await page.locator('.page-rating').count()).toBe(0)
    await page.close()
  })
})
