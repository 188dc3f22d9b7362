import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, credentials, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'
import { signInToAdmin } from '../support/word-browser'
import { WORD_CLIPBOARD_HTML, WORD_CLIPBOARD_TEXT } from '../support/word-clipboard'
import { DOCX_MIME } from '../support/word-import-client'
import { reportDocx, WORD_TABLE, WORD_TITLE } from '../support/word-fixtures'

/**
 * "Nhập từ Word" and pasting from Word, in Chromium as a contributor of a demo commune would:
 * the button above the news list uploads a .docx and opens the new draft in the editor (with
 * its fixed toolbar, lists and table); undescribed images are listed first; Word's clipboard
 * HTML pasted into the editor keeps its lists and table.
 */
const OWN = 'my-binh'
const UI_TIMEOUT = 60_000

let browser: Browser
let page: Page
let adminToken = ''
const createdPosts: number[] = []

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  browser = await launchBrowser()
  const credential = credentials().find((c) => c.role === 'contributor' && c.commune === OWN)!
  page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await signInToAdmin(page, baseUrl(), credential.email, credential.password)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  for (const id of createdPosts) {
    const post = (await rest('GET', `/api/posts/${id}?depth=0&draft=true`, { token: adminToken })).body
    await rest('DELETE', `/api/posts/${id}`, { token: adminToken })
    const ids = JSON.stringify(post?.content ?? {}).match(/"relationTo":"media","value":(\d+)/g) ?? []
    for (const ref of ids) await rest('DELETE', `/api/media/${ref.split(':').pop()}`, { token: adminToken })
  }
})

const editor = () => page.locator('[data-lexical-editor="true"]').first()
const chooseDocx = async (buffer: Buffer, name: string) => {
  await page.goto(`${baseUrl()}/admin/collections/posts`)
  await page.locator('#word-import-button').waitFor()
  await page.locator('#word-import-file').setInputFiles({ name, mimeType: DOCX_MIME, buffer })
}

describe('"Nhập từ Word" above the news list', () => {
  it('uploads the .docx and opens the draft with its headings, lists, table and image', async () => {
    await chooseDocx(await reportDocx({ imageAlt: 'Hội trường Ủy ban xã' }), 'Kế hoạch ngày hội.docx')
    await page.waitForURL(/\/admin\/collections\/posts\/\d+$/, { timeout: UI_TIMEOUT })
    createdPosts.push(Number(page.url().split('/').pop()))
    await editor().locator('table').waitFor()
    expect(await page.locator('#field-title').inputValue()).toBe(WORD_TITLE)
    expect(await editor().locator('h2').allInnerTexts()).toEqual(['Hình thức tuyên truyền', 'Các bước thực hiện'])
    expect(await editor().locator('ul > li').count()).toBe(2)
    expect(await editor().locator('ol > li').count()).toBe(2)
    const rows = await editor()
      .locator('table tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td, th')).map((td) => (td.textContent ?? '').trim())),
      )
    expect(rows).toEqual(WORD_TABLE)
    await editor().locator('img').first().waitFor()
    // The fixed toolbar is always on show above the text.
    await page.locator('.fixed-toolbar').first().waitFor()
    await screenshot(page, 'word-import-draft')
  }, 180_000)

  it('an image without a description is listed with a link to describe it before the draft opens', async () => {
    await chooseDocx(await reportDocx(), 'Báo cáo có ảnh.docx')
    const notice = page.locator('.word-import__alt')
    await notice.waitFor()
    expect(await page.locator('.word-import__message').innerText()).toMatch(
      /^Đã nhập tệp «Báo cáo có ảnh\.docx» thành tin bài nháp\. Có 1 ảnh cần viết mô tả/,
    )
    expect(await notice.locator('a').first().innerText()).toBe('Viết mô tả cho ảnh 1')
    await screenshot(page, 'word-import-needs-alt')
    await notice.locator('#word-import-open').click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+$/)
    createdPosts.push(Number(page.url().split('/').pop()))
  }, 180_000)

  it('a file that is not a .docx is refused in the browser, in Vietnamese', async () => {
    await page.goto(`${baseUrl()}/admin/collections/posts`)
    await page
      .locator('#word-import-file')
      .setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') })
    const message = page.locator('.word-import__message')
    await message.waitFor()
    expect(await message.innerText()).toBe('Tệp «bao-cao.pdf»: chỉ nhập được tệp Word .docx.')
  })
})

describe('pasting from Word into the editor', () => {
  it('keeps bullets and numbers as lists (nested by level) and the table', async () => {
    await page.goto(`${baseUrl()}/admin/collections/posts/create`)
    await editor().click()
    await page.evaluate(
      ({ html, text }) => {
        const target = document.querySelector('[data-lexical-editor="true"]') as HTMLElement
        const data = new DataTransfer()
        data.setData('text/html', html)
        data.setData('text/plain', text)
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      { html: WORD_CLIPBOARD_HTML, text: WORD_CLIPBOARD_TEXT },
    )
    await editor().locator('table').waitFor()
    const topBullets = editor().locator('ul').first()
    expect((await topBullets.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^Thứ Hai: Chủ tịch Ủy ban nhân dân xã Buổi sáng tại trụ sở Thứ Năm: Phó Chủ tịch$/,
    )
    expect(await editor().locator('ul ul li').allInnerTexts()).toEqual(['Buổi sáng tại trụ sở'])
    expect(await editor().locator('ol > li').allInnerTexts()).toEqual([
      'Mang theo căn cước',
      'Đăng ký trước qua điện thoại',
    ])
    expect(await editor().locator('table tr').count()).toBe(2)
    expect(await editor().innerText()).not.toMatch(/·/)
    await screenshot(page, 'word-paste-editor')
  }, 120_000)
})
