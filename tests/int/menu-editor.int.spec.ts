import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, credentials, graphql, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'
import { hostGet } from '../support/host-request'

/**
 * The main menu's link editor: addresses normalised on the server through every door (so a
 * link works on every page), bad ones refused in Vietnamese; in Chromium the chief adds a
 * section, a category, a page, a document and an external link from lists; the built site's
 * menu links work from a deep page.
 */
const OWN = 'my-binh'
const BUILD_TIMEOUT = 180_000
const RUN = Date.now().toString(36)

type Link = { label: string; url: string; children?: Link[] }
let adminToken = ''
let chiefToken = ''
let communeId = 0
let settingsId = 0
let original: { mainMenu: Link[]; footer: Record<string, unknown> }
let browser: Browser | undefined

const readSettings = async () =>
  (await rest('GET', `/api/site-settings/${settingsId}?depth=0`, { token: adminToken })).body as {
    mainMenu: Link[]
    footer: { links?: Link[] }
  }

// As the chief: the chief's admin view may still hold the document's lock.
const restore = () =>
  rest('PATCH', `/api/site-settings/${settingsId}`, {
    token: chiefToken,
    body: { mainMenu: original.mainMenu, footer: original.footer },
  })

const first = async (collection: string, where: string, select: string) => {
  const reply = await rest(
    'GET',
    `/api/${collection}?where[tenant][equals]=${communeId}&${where}&limit=1&depth=0&${select}`,
    { token: adminToken },
  )
  return reply.body.docs[0]
}

/**
 * Signs in at /admin/login and waits until the admin left the login page (the start page is
 * another feature's: the dashboard or "Việc của tôi").
 */
const signIn = async (page: Page, email: string, password: string) => {
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(email, { timeout: 60_000 })
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  chiefToken = (await loginAs('chief', OWN)).token
  communeId = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0].id
  const settings = (
    await rest('GET', `/api/site-settings?where[tenant][equals]=${communeId}&depth=0`, { token: adminToken })
  ).body.docs[0]
  settingsId = settings.id
  original = { mainMenu: settings.mainMenu, footer: settings.footer }
})

afterAll(async () => {
  await browser?.close()
  if (settingsId) expect((await restore()).status).toBe(200)
})

describe('addresses are normalised on the server, through every door', () => {
  afterAll(async () => {
    await restore()
  })

  it('REST: a path without a leading slash gets one, a bare host gets https://', async () => {
    const reply = await rest('PATCH', `/api/site-settings/${settingsId}`, {
      token: chiefToken,
      body: {
        mainMenu: [
          { label: 'Tin tức', url: 'tin-tuc', children: [{ label: 'Văn bản', url: './van-ban' }] },
          { label: 'Cổng tỉnh', url: 'www.angiang.gov.vn' },
          { label: 'Liên hệ', url: '/lien-he' },
        ],
        footer: { ...original.footer, links: [{ label: 'Hỏi đáp', url: 'hoi-dap' }] },
      },
    })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(200)
    const stored = await readSettings()
    expect(stored.mainMenu.map((m) => m.url)).toEqual(['/tin-tuc/', 'https://www.angiang.gov.vn', '/lien-he/'])
    expect(stored.mainMenu[0]!.children!.map((m) => m.url)).toEqual(['/van-ban/'])
    expect(stored.footer.links!.map((m) => m.url)).toEqual(['/hoi-dap/'])
  })

  it('GraphQL: the same normalisation', async () => {
    const reply = await graphql(
      `mutation($data: mutationSiteSettingUpdateInput!) { updateSiteSetting(id: ${settingsId}, data: $data) { id } }`,
      chiefToken,
      { data: { mainMenu: [{ label: 'Thông báo', url: 'thong-bao' }] } },
    )
    expect(reply.body.errors, JSON.stringify(reply.body).slice(0, 400)).toBeUndefined()
    expect((await readSettings()).mainMenu.map((m) => m.url)).toEqual(['/thong-bao/'])
  })

  it('a bad link is refused with a Vietnamese sentence naming the field, nothing stored', async () => {
    const before = await readSettings()
    const reply = await rest('PATCH', `/api/site-settings/${settingsId}`, {
      token: chiefToken,
      body: { mainMenu: [{ label: 'Xấu', url: 'javascript:alert(1)' }] },
    })
    expect(reply.status).toBe(400)
    const errors = reply.body.errors[0].data.errors as { path: string; message: string }[]
    expect(errors).toContainEqual(expect.objectContaining({ path: 'mainMenu.0.url' }))
    expect(errors[0]!.message).toMatch(/^Liên kết \(Menu chính\): chỉ chấp nhận/)
    expect((await readSettings()).mainMenu).toEqual(before.mainMenu)
  })
})

/** Adds a menu row in the edit view and fills it with the editor: a kind, then a target. */
const addRow = async (page: Page, index: number, label: string, kind: string, target: string) => {
  await page.locator('#field-mainMenu .array-field__add-row').last().click()
  const row = page.locator(`#mainMenu-row-${index}`)
  await row.waitFor()
  await row.locator(`input[name="mainMenu.${index}.label"]`).fill(label)
  const editor = row.locator('.menu-link').first()
  await editor.locator('.menu-link__kind').selectOption(kind)
  if (kind === 'external') await editor.locator('.menu-link__external').fill(target)
  else {
    await expect.poll(() => editor.locator(`.menu-link__target option[value="${target}"]`).count()).toBe(1)
    await editor.locator('.menu-link__target').selectOption(target)
  }
  await expect.poll(() => editor.locator('.menu-link__address').innerText()).toBe(target)
}

const waitFor = async (what: string, check: () => Promise<boolean>) => {
  const until = Date.now() + BUILD_TIMEOUT
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${BUILD_TIMEOUT / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe('the menu editor (Chromium, as the chief) and the built site', () => {
  const added: { label: string; kind: string; url: string }[] = []
  let deepPath = ''

  beforeAll(async () => {
    const category = await first('categories', 'sort=order', 'select[slug]=true')
    const page = await first('pages', 'where[_status][equals]=published&sort=path', 'select[path]=true')
    const document = await first('documents', 'where[_status][equals]=published', 'select[slug]=true')
    const post = await first('posts', 'where[_status][equals]=published', 'select[slug]=true')
    deepPath = `/tin-tuc/bai/${post.slug}/`
    added.push(
      { label: `Mục ${RUN}`, kind: 'section', url: '/thu-tuc-hanh-chinh/' },
      { label: `Chuyên mục ${RUN}`, kind: 'category', url: `/tin-tuc/${category.slug}/` },
      { label: `Trang ${RUN}`, kind: 'page', url: `/${page.path}/` },
      { label: `Văn bản ${RUN}`, kind: 'document', url: `/van-ban/${document.slug}/` },
      { label: `Cổng ${RUN}`, kind: 'external', url: 'https://dichvucong.gov.vn/' },
    )
  })

  it('adds a menu item of each kind from lists and saves', async () => {
    browser = await launchBrowser()
    const page = await (await newContext(browser)).newPage()
    page.setDefaultTimeout(60_000)
    const chief = credentials().find((c) => c.role === 'chief' && c.commune === OWN)!
    await signIn(page, chief.email, chief.password)
    await page.goto(`${baseUrl()}/admin/collections/site-settings/${settingsId}`)
    await page.locator('#field-mainMenu').waitFor()
    const before = (await readSettings()).mainMenu.length
    for (const [i, item] of added.entries()) await addRow(page, before + i, item.label, item.kind, item.url)
    console.log(`Screenshot of the menu editor: ${await screenshot(page, 'menu-editor')}`)
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await readSettings()).mainMenu.slice(before).map((m) => [m.label, m.url]), { timeout: 30_000 })
      .toEqual(added.map((a) => [a.label, a.url]))
    // Leaving the document gives its lock back.
    await page.goto(`${baseUrl()}/admin`)
    await page.context().close()
  }, 240_000)

  it(
    "the built site's menu links work from a deep page",
    async () => {
      const host = `${OWN}.localhost`
      let html = ''
      await waitFor('the rebuilt site with the new menu', async () => {
        const reply = await hostGet(host, deepPath)
        html = reply.body
        return reply.status === 200 && added.every((a) => html.includes(a.label))
      })
      for (const item of added) {
        const href = new RegExp(`<a href="([^"]+)"[^>]*>\\s*${item.label}\\s*</a>`).exec(html)?.[1]
        expect(href, item.label).toBe(item.url)
        if (item.kind === 'external') continue
        // Resolved from the deep page, as a browser does.
        const target = new URL(href!, `http://${host}${deepPath}`)
        const reply = await hostGet(host, target.pathname)
        expect(reply.status, `${item.label} → ${target.pathname}`).toBe(200)
      }
    },
    BUILD_TIMEOUT + 30_000,
  )
})
