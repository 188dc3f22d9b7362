import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, type Credential, loginAs, type Reply, rest } from '../support/api'
import { loginInBrowser, newContext, screenshot } from '../support/browser'

/**
 * "Việc của tôi" and the bell, in Chromium, as a contributor and a chief of one commune would
 * use them: the counts on the home page are those of GET /api/my-work, the bell's unread count
 * that of their own notices; a click on a count opens the list, on a notice the item.
 */
const OWN = 'my-binh'
const TAG = `ui${Date.now().toString(36)}`
const UI_TIMEOUT = 30_000

let browser: Browser
const token = { admin: '', chief: '', contributor: '' }
const account = {} as Record<'chief' | 'contributor', Credential>
let tenant = 0
const created: number[] = []
const shots: string[] = []

beforeAll(async () => {
  token.admin = (await loginAs('province-admin')).token
  for (const role of ['chief', 'contributor'] as const) {
    const { token: t, credential } = await loginAs(role, OWN)
    token[role] = t
    account[role] = credential
  }
  tenant = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: token.admin })).body.docs[0]
    .id
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  for (const id of created) await rest('DELETE', `/api/posts/${id}`, { token: token.admin })
  console.log(`screenshots: ${shots.join(', ')}`)
})

const ok = (reply: Reply, what: string) =>
  expect(reply.status, `${what}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBeLessThan(300)

const openAs = async (role: 'chief' | 'contributor'): Promise<Page> => {
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), account[role].email, account[role].password)
  await page.locator('.my-work__dashboard').waitFor({ state: 'visible' })
  return page
}

const apiWork = async (t: string) =>
  (await rest('GET', '/api/my-work', { token: t })).body as { sections: { key: string; count: number }[] }
const unread = async (t: string): Promise<number> =>
  (await rest('GET', '/api/notifications/count?where[read][equals]=false', { token: t })).body.totalDocs

/** The tiles on screen as section → count. */
const tiles = async (page: Page): Promise<Record<string, number>> =>
  Object.fromEntries(
    await page
      .locator('.my-work__tile')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-section'), Number(el.querySelector('span')?.textContent)]),
      ),
  )

/** The bell's badge (0 when none is shown). */
const badge = async (page: Page): Promise<number> => {
  await page.locator('.notification-bell__button').waitFor({ state: 'visible' })
  const count = page.locator('.notification-bell__count')
  return (await count.count()) === 0 ? 0 : Number(await count.innerText())
}

let postId = 0
const title = `Bài kiểm thử bảng việc ${TAG}`

const contributorTests = () => {
  it('the contributor’s home page is "Việc của tôi", with the counts of the API', async () => {
    const reply = await rest('POST', '/api/posts?draft=true', {
      token: token.contributor,
      body: { tenant, title, _status: 'draft' },
    })
    ok(reply, 'create')
    postId = reply.body.doc.id
    created.push(postId)
    const page = await openAs('contributor')
    const heading = await page.locator('.my-work__dashboard h1').innerText()
    expect(heading).toBe('Việc của tôi')
    const expected = Object.fromEntries((await apiWork(token.contributor)).sections.map((s) => [s.key, s.count]))
    expect(await tiles(page)).toEqual(expected)
    expect(expected.drafts).toBeGreaterThan(0)
    await expect(page.locator('#my-work-drafts .my-work__item-link', { hasText: title }).count()).resolves.toBe(1)
    await expect(page.locator('.my-work__commune').innerText()).resolves.toContain('Mỹ Bình')
    shots.push(await screenshot(page, 'my-work-contributor'))
    // One click from the item to its edit view.
    await page.locator('#my-work-drafts .my-work__item-link', { hasText: title }).click()
    await page.waitForURL(`**/admin/collections/posts/${postId}`)
    await page.context().close()
  })
}

describe('"Việc của tôi" in Chromium: the contributor', contributorTests)

const chiefTests = () => {
  it('the chief sees the submission counted, and the bell’s unread count', async () => {
    ok(
      await rest('PATCH', `/api/posts/${postId}?draft=true`, {
        token: token.contributor,
        body: { workflowStatus: 'submitted' },
      }),
      'submit',
    )
    const page = await openAs('chief')
    const expected = Object.fromEntries((await apiWork(token.chief)).sections.map((s) => [s.key, s.count]))
    expect(await tiles(page)).toEqual(expected)
    expect(expected.awaiting).toBeGreaterThan(0)
    await page.locator('#my-work-awaiting .my-work__item-link', { hasText: title }).waitFor({ state: 'visible' })
    expect(await badge(page)).toBe(await unread(token.chief))
    shots.push(await screenshot(page, 'my-work-chief'))
    await page.locator('.notification-bell__button').click()
    const notice = page.locator('.notification-item', { hasText: title }).first()
    await notice.waitFor({ state: 'visible' })
    expect(await notice.innerText()).toContain('chờ duyệt')
    shots.push(await screenshot(page, 'my-work-chief-bell'))
    const before = await unread(token.chief)
    await notice.locator('a').first().click()
    await page.waitForURL(`**/admin/collections/posts/${postId}`)
    expect(await unread(token.chief)).toBe(before - 1)
    await page.context().close()
  })

  it('a count per content type opens the filtered list', async () => {
    const page = await openAs('chief')
    await page.locator('#my-work-awaiting .my-work__type-link[data-collection="posts"]').click()
    await page.waitForURL(/\/admin\/collections\/posts\?where/)
    await page.locator('.collection-list__tables table').waitFor({ state: 'visible' })
    await expect(page.locator('.collection-list__tables tbody', { hasText: title }).count()).resolves.toBe(1)
    shots.push(await screenshot(page, 'my-work-chief-list'))
    await page.context().close()
  })

  it('the contributor is told of the return, with the comment, and marks all read', async () => {
    const comment = `Thêm ảnh minh họa ${TAG}.`
    ok(
      await rest('PATCH', `/api/posts/${postId}?draft=true`, {
        token: token.chief,
        body: { workflowStatus: 'returned', reviewComment: comment },
      }),
      'return',
    )
    const page = await openAs('contributor')
    expect(await badge(page)).toBe(await unread(token.contributor))
    await expect(page.locator('#my-work-returned .my-work__comment').first().innerText()).resolves.toContain(comment)
    await page.locator('.notification-bell__button').click()
    await expect(page.locator('.notification-item', { hasText: title }).first().innerText()).resolves.toContain(comment)
    shots.push(await screenshot(page, 'my-work-contributor-returned'))
    await page.locator('.notification-bell__mark-all').click()
    await page.locator('.notification-bell__count').waitFor({ state: 'detached' })
    expect(await unread(token.contributor)).toBe(0)
    await page.context().close()
  })
}

describe('"Việc của tôi" and the bell in Chromium: the chief', chiefTests)
