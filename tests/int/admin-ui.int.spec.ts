import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, credentials, loginAs, rest } from '../support/api'
import { launchBrowser } from '../../scripts/lib/browser'
import { loginInBrowser, newContext, screenshot } from '../support/browser'

/**
 * What a commune official sees in the admin, in a real Chromium: the language, and that the
 * commune boundaries hold on screen (lists, the commune selector, relationship pickers, the
 * Publish button), checked against the REST API as the province admin sees the data.
 */
const OWN = 'my-binh'
const OTHERS = ['my-long', 'dong-xuyen'] as const
const TAG = `ui${Date.now().toString(36)}`
const UI_TIMEOUT = 30_000

type Commune = { id: number; slug: string; name: string }

let browser: Browser
let adminToken = ''
const communes = new Map<string, Commune>()
/** One distinctive draft post and category per commune, made for this file. */
const distinctPost = new Map<string, { id: number; title: string }>()
const distinctCategory = new Map<string, { id: number; name: string }>()
/** A user who belongs to two communes, so that the commune selector is shown to them. */
const twoCommuneUser = { email: `hai-don-vi.${TAG}@kiemthu.angiang.local`, password: 'Cau-Long-Xuyen-ben-pha-2026' }

const sessions = new Map<string, Page>()
/** A logged-in admin page per account, in its own browser profile (cookies). */
const pageFor = async (email: string, password: string): Promise<Page> => {
  const cached = sessions.get(email)
  if (cached) return cached
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), email, password)
  sessions.set(email, page)
  return page
}
const pageAs = async (role: string, commune?: string): Promise<Page> => {
  const credential = credentials().find((c) => c.role === role && (commune === undefined || c.commune === commune))
  if (!credential) throw new Error(`no demo account for ${role} ${String(commune)}`)
  return pageFor(credential.email, credential.password)
}

const adminGet = async (url: string) => {
  const reply = await rest('GET', url, { token: adminToken })
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body
}
const adminCreate = async (url: string, body: Record<string, unknown>) => {
  const reply = await rest('POST', url, { token: adminToken, body })
  if (reply.status !== 201) throw new Error(`POST ${url}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body.doc
}

/** Every post of the province, drafts included, as id → commune id (the province admin's view). */
const allPosts = async (): Promise<Map<number, { tenant: number; title: string }>> => {
  const body = await adminGet('/api/posts?depth=0&limit=1000&draft=true')
  expect(body.docs.length, 'all posts fit in one REST page').toBe(body.totalDocs)
  return new Map(
    body.docs.map((d: { id: number; tenant: number; title: string }) => [d.id, { tenant: d.tenant, title: d.title }]),
  )
}

/** Opens a list view and waits until its table (or its "no results") is on screen. */
const openList = async (page: Page, url: string) => {
  await page.goto(`${baseUrl()}${url}`)
  await page
    .locator('.collection-list__tables table, .collection-list .no-results')
    .first()
    .waitFor({ state: 'visible' })
}
const listedIds = async (page: Page): Promise<number[]> =>
  (
    await page
      .locator('.collection-list__tables tbody tr[data-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
  ).map(Number)

/**
 * Opens the nav's commune selector ("Đơn vị") and reads what it offers ([] when there is
 * none), with a screenshot of it open.
 */
const tenantSelectorOptions = async (page: Page, label: string): Promise<{ options: string[]; shot: string }> => {
  await page.goto(`${baseUrl()}/admin`)
  await page.locator('.dashboard').waitFor({ state: 'visible' })
  await page.locator('.nav.nav--nav-hydrated .nav__link').first().waitFor({ state: 'visible' })
  const selector = page.locator('.nav .tenant-selector')
  if ((await selector.count()) === 0) return { options: [], shot: await screenshot(page, `tenant-selector-${label}`) }
  await selector.locator('.rs__control').click()
  await selector.locator('.rs__option').first().waitFor({ state: 'visible' })
  const options = (await selector.locator('.rs__option').allInnerTexts()).map((o) => o.trim())
  const shot = await screenshot(page, `tenant-selector-${label}`)
  await page.keyboard.press('Escape')
  return { options, shot }
}

/**
 * Opens the "Chuyên mục" picker on a new post, optionally typing a search, and returns the
 * options on screen and the category ids the browser received for it from the API.
 */
const categoryPicker = async (page: Page, label: string, search?: string, waitForOption?: string) => {
  const received: number[] = []
  const pending: Promise<void>[] = []
  const onResponse = (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/categories')) return
    pending.push(
      response
        .json()
        .then((body: { docs?: { id: number }[] }) => void received.push(...(body.docs ?? []).map((d) => d.id)))
        .catch(() => undefined),
    )
  }
  page.on('response', onResponse)
  try {
    await page.goto(`${baseUrl()}/admin/collections/posts/create`)
    const field = page.locator('#field-categories')
    await field.locator('.rs__control').waitFor({ state: 'visible' })
    await field.locator('.rs__control').click()
    if (search !== undefined) {
      // The picker asks the API again with the search (debounced); wait for that answer.
      const answered = page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname.startsWith('/api/categories') &&
          `${r.url()} ${r.request().postData() ?? ''}`.includes(search),
      )
      await field.locator('.rs__input').fill(search)
      await answered
    }
    if (waitForOption) await field.locator('.rs__option', { hasText: waitForOption }).waitFor({ state: 'visible' })
    else await field.locator('.rs__option').first().waitFor({ state: 'visible' })
    // Let a request still in flight for the same menu land before reading it.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
    await Promise.all(pending)
    const options = (await field.locator('.rs__option').allInnerTexts()).map((o) => o.trim())
    const shot = await screenshot(page, `categories-${label}`)
    await page.keyboard.press('Escape')
    return { options, received, shot }
  } finally {
    page.off('response', onResponse)
  }
}

/** The buttons of the document controls bar of an edit view, by id and label. */
const documentButtons = async (page: Page, url: string) => {
  await page.goto(`${baseUrl()}${url}`)
  await page.locator('#field-title').waitFor({ state: 'visible' })
  await page.locator('.doc-controls__controls #action-save-draft').waitFor({ state: 'visible' })
  return page
    .locator('.doc-controls__controls button[id^="action-"]')
    .evaluateAll((buttons) => buttons.map((b) => ({ id: b.id, label: (b.textContent ?? '').trim() })))
}

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = (await loginAs('province-admin')).token
  const found = await adminGet(`/api/communes?depth=0&limit=10&where[slug][in]=${[OWN, ...OTHERS].join(',')}`)
  for (const c of found.docs as Commune[]) communes.set(c.slug, { id: c.id, slug: c.slug, name: c.name })
  expect([...communes.keys()].sort()).toEqual([OWN, ...OTHERS].sort())

  for (const slug of [OWN, ...OTHERS]) {
    const { id, name } = communes.get(slug)!
    const title = `Tin riêng ${name} ${TAG}`
    const post = await adminCreate('/api/posts?draft=true', { tenant: id, title, _status: 'draft' })
    distinctPost.set(slug, { id: post.id, title })
    const categoryName = `Chuyên mục riêng ${name} ${TAG}`
    const category = await adminCreate('/api/categories', { tenant: id, name: categoryName })
    distinctCategory.set(slug, { id: category.id, name: categoryName })
  }
  await adminCreate('/api/users', {
    ...twoCommuneUser,
    name: 'Kiểm thử hai đơn vị',
    tenants: [
      { tenant: communes.get(OWN)!.id, role: 'editor' },
      { tenant: communes.get('dong-xuyen')!.id, role: 'contributor' },
    ],
  })
})

afterAll(async () => {
  await browser?.close()
})

/** The login page's language, and the posts list of an editor. */
const languageAndPostListTests = () => {
  it('shows the login page in Vietnamese unless the browser asks for English', async () => {
    // A Vietnamese browser, and one in a language the admin does not offer (fallback: vi).
    for (const locale of ['vi-VN', 'fr-FR']) {
      const context = await newContext(browser, locale)
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/admin/login`)
      await page.locator('#field-email').waitFor({ state: 'visible', timeout: UI_TIMEOUT })
      const shot = await screenshot(page, `login-${locale}`)
      expect(await page.locator('form button[type="submit"]').innerText(), `${locale}: ${shot}`).toBe('Đăng nhập')
      expect(await page.locator('label[for="field-password"]').innerText(), `${locale}: ${shot}`).toContain('Mật khẩu')
      expect(await page.locator('a[href$="/admin/forgot"]').innerText(), `${locale}: ${shot}`).toBe('Quên mật khẩu?')
      expect(await page.evaluate(() => document.documentElement.lang), `${locale}: ${shot}`).toBe('vi')
      await context.close()
    }
    // English is selectable (the language cookie the account settings set): the check above
    // can tell the two languages apart.
    const context = await newContext(browser, 'vi-VN')
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseUrl() }])
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/login`)
    await page.locator('#field-email').waitFor({ state: 'visible', timeout: UI_TIMEOUT })
    expect(await page.locator('form button[type="submit"]').innerText()).toBe('Login')
    await context.close()
  })

  it("lists only the editor's own commune's posts", async () => {
    const posts = await allPosts()
    const own = communes.get(OWN)!.id
    const ownIds = [...posts].filter(([, p]) => p.tenant === own).map(([id]) => id)
    const ownTitles = new Set(ownIds.map((id) => posts.get(id)!.title))
    const foreignTitles = [...new Set([...posts.values()].filter((p) => p.tenant !== own).map((p) => p.title))].filter(
      (t) => !ownTitles.has(t),
    )
    for (const slug of OTHERS) expect(foreignTitles).toContain(distinctPost.get(slug)!.title)

    const page = await pageAs('editor', OWN)
    await openList(page, '/admin/collections/posts?limit=100')
    const shot = await screenshot(page, 'posts-list-editor')
    const ids = await listedIds(page)
    expect(ids.length, shot).toBeGreaterThan(0)
    const strangers = ids
      .filter((id) => posts.get(id)?.tenant !== own)
      .map((id) => `${id} ${posts.get(id)?.title ?? '(unknown)'} tenant ${String(posts.get(id)?.tenant)}`)
    expect(strangers, `rows of other communes in the editor's list (${shot})`).toEqual([])
    const listText = await page.locator('.collection-list').innerText()
    expect(
      foreignTitles.filter((t) => listText.includes(t)),
      `titles of other communes on screen (${shot})`,
    ).toEqual([])
    // The list's own count ("1-n trong số N") is the commune's count, not the province's.
    const total = Number(/trong số\s+(\d+)/.exec(listText)?.[1])
    expect(total, shot).toBe(ownIds.length)

    // A search that matches one post in each of the three communes finds only the own one...
    await openList(page, `/admin/collections/posts?search=${encodeURIComponent(TAG)}`)
    const searchShot = await screenshot(page, 'posts-search-editor')
    expect(await listedIds(page), searchShot).toEqual([distinctPost.get(OWN)!.id])
    // ...while the province admin's list shows all three: the check above can see a leak.
    const admin = await pageAs('province-admin')
    await openList(admin, `/admin/collections/posts?search=${encodeURIComponent(TAG)}`)
    expect((await listedIds(admin)).sort((a, b) => a - b)).toEqual(
      [...distinctPost.values()].map((p) => p.id).sort((a, b) => a - b),
    )
  })
}

/** The commune selector and the category picker offer only the user's communes. */
const communePickerTests = () => {
  it('offers an editor only their own communes in the commune selector, the province admin all', async () => {
    const ownName = communes.get(OWN)!.name
    const otherNames = OTHERS.map((slug) => communes.get(slug)!.name)

    const editor = await pageAs('editor', OWN)
    const { options: editorOptions, shot: editorShot } = await tenantSelectorOptions(editor, 'editor')
    // With one commune Payload hides the selector; if it is shown it may offer only that one.
    expect(
      editorOptions.filter((o) => o !== ownName),
      editorShot,
    ).toEqual([])
    const navText = await editor.locator('.nav').innerText()
    expect(
      otherNames.filter((n) => navText.includes(n)),
      editorShot,
    ).toEqual([])

    // A member of two communes gets the selector, with exactly those two.
    const two = await pageFor(twoCommuneUser.email, twoCommuneUser.password)
    const { options: twoOptions, shot: twoShot } = await tenantSelectorOptions(two, 'two-communes')
    expect(twoOptions.sort(), twoShot).toEqual([ownName, communes.get('dong-xuyen')!.name].sort())

    const admin = await pageAs('province-admin')
    const { options: adminOptions, shot: adminShot } = await tenantSelectorOptions(admin, 'admin')
    const { totalDocs } = await adminGet('/api/communes?depth=0&limit=1')
    expect(totalDocs).toBe(156)
    expect(adminOptions.length, adminShot).toBe(totalDocs)
    expect(adminOptions, adminShot).toEqual(expect.arrayContaining([ownName, ...otherNames]))
  })

  it("does not offer other communes' categories in the post's category picker", async () => {
    const own = communes.get(OWN)!.id
    const { docs, totalDocs } = await adminGet(`/api/categories?depth=0&limit=1000&where[tenant][equals]=${own}`)
    expect(docs.length).toBe(totalDocs)
    const ownIds = new Set((docs as { id: number }[]).map((d) => d.id))
    const ownNames = new Set((docs as { name: string }[]).map((d) => d.name))
    const ownDistinct = distinctCategory.get(OWN)!.name
    const foreignDistinct = OTHERS.map((slug) => distinctCategory.get(slug)!.name)

    const editor = await pageAs('editor', OWN)
    const first = await categoryPicker(editor, 'editor-open')
    expect(first.received.length, `no category reached the picker (${first.shot})`).toBeGreaterThan(0)
    expect(
      first.received.filter((id) => !ownIds.has(id)),
      `ids of other communes' categories sent to the picker (${first.shot})`,
    ).toEqual([])
    expect(
      first.options.filter((o) => !ownNames.has(o)),
      first.shot,
    ).toEqual([])
    expect(
      foreignDistinct.filter((n) => first.options.includes(n)),
      first.shot,
    ).toEqual([])
    // Picker pages hold 10: when the commune has no more than that, all of them are offered.
    if (ownIds.size <= 10) expect(first.options.length, first.shot).toBe(ownIds.size)

    // The search matches one category in each commune; the editor is offered only their own.
    const searched = await categoryPicker(editor, 'editor-search', TAG, ownDistinct)
    expect(searched.options, searched.shot).toEqual([ownDistinct])
    expect(
      searched.received.filter((id) => !ownIds.has(id)),
      searched.shot,
    ).toEqual([])

    // The same search shows Mỹ Long's category to Mỹ Long's editor: the check can see it.
    const other = await pageAs('editor', 'my-long')
    const otherSearched = await categoryPicker(other, 'other-editor-search', TAG, distinctCategory.get('my-long')!.name)
    expect(otherSearched.options, otherSearched.shot).toEqual([distinctCategory.get('my-long')!.name])
  })
}

/** Who is offered the Publish button. */
const publishButtonTests = () => {
  it('gives the chief, not the editor, a Publish button on a draft post', async () => {
    const draft = distinctPost.get(OWN)!
    const stored = await adminGet(`/api/posts/${draft.id}?depth=0&draft=true`)
    expect(stored._status).toBe('draft')
    const url = `/admin/collections/posts/${draft.id}`

    const editor = await pageAs('editor', OWN)
    const editorButtons = await documentButtons(editor, url)
    const editorShot = await screenshot(editor, 'draft-edit-editor')
    expect(editorButtons, editorShot).toContainEqual({ id: 'action-save-draft', label: 'Lưu bản nháp' })
    expect(
      editorButtons.filter((b) => b.id === 'action-save' || /xuất bản|publish/i.test(b.label)),
      editorShot,
    ).toEqual([])

    const chief = await pageAs('chief', OWN)
    const chiefButtons = await documentButtons(chief, url)
    const chiefShot = await screenshot(chief, 'draft-edit-chief')
    expect(chiefButtons, chiefShot).toContainEqual({ id: 'action-save-draft', label: 'Lưu bản nháp' })
    expect(chiefButtons, chiefShot).toContainEqual({ id: 'action-save', label: 'Xuất bản' })
  })

  it('gives the chief, not the editor, a Publish button on a new post', async () => {
    const url = '/admin/collections/posts/create'
    const editor = await pageAs('editor', OWN)
    const editorButtons = await documentButtons(editor, url)
    const editorShot = await screenshot(editor, 'create-editor')
    expect(editorButtons, editorShot).toContainEqual({ id: 'action-save-draft', label: 'Lưu bản nháp' })
    expect(
      editorButtons.filter((b) => b.id === 'action-save' || /xuất bản|publish/i.test(b.label)),
      `the editor is offered Publish on a new post (${editorShot})`,
    ).toEqual([])

    const chief = await pageAs('chief', OWN)
    const chiefButtons = await documentButtons(chief, url)
    expect(chiefButtons, await screenshot(chief, 'create-chief')).toContainEqual({
      id: 'action-save',
      label: 'Xuất bản',
    })
  })
}

describe('admin UI in Chromium', () => {
  languageAndPostListTests()
  communePickerTests()
  publishButtonTests()
})
