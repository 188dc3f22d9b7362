import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, credentials, login, loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { launchBrowser } from '../../scripts/lib/browser'
import { loginInBrowser, newContext, screenshot } from '../support/browser'

/**
 * What the admin shows of each commune's website and how the province admin rebuilds sites, in
 * a real Chromium against the real server and its build worker: the list's site columns, the
 * edit view's site panel, the rebuild panel above the list, and the endpoint's refusals.
 */
const OWN = 'my-binh'
/** Not a demo commune, on the list's first page (sorted by code): its state is made "failed". */
const BROKEN = 'my-xuyen'
/** Châu Đốc: the smallest district, rebuilt from the panel. */
const SMALL_DISTRICT_CODE = '884'
const UI_TIMEOUT = 30_000
const BUILD_TIMEOUT = 240_000

type Site = {
  state?: string
  liveSince?: string | null
  lastBuildMs?: number | null
  pages?: number | null
  builds?: number | null
  error?: string | null
  errorPage?: string | null
}
type Commune = { id: number; slug: string; name: string; district: number; site?: Site }

let browser: Browser
let adminToken = ''
/** A district with no commune, as every district is after the 2025 reorganisation. */
const EMPTY_DISTRICT = 'Huyện Không Còn Xã (kiểm thử)'
let emptyDistrictId: number | null = null
const communes = new Map<string, Commune>()

const sessions = new Map<string, Page>()
const pageAs = async (
  role: string,
  commune?: string,
  cookies: { name: string; value: string }[] = [],
): Promise<Page> => {
  const credential = credentials().find((c) => c.role === role && (commune === undefined || c.commune === commune))
  if (!credential) throw new Error(`no demo account for ${role} ${String(commune)}`)
  const key = `${credential.email} ${JSON.stringify(cookies)}`
  const cached = sessions.get(key)
  if (cached) return cached
  const context = await newContext(browser)
  if (cookies.length) await context.addCookies(cookies.map((c) => ({ ...c, url: baseUrl() })))
  const page = await context.newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), credential.email, credential.password)
  sessions.set(key, page)
  return page
}

const adminGet = async (url: string) => {
  const reply = await rest('GET', url, { token: adminToken })
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body
}
const siteOf = async (id: number): Promise<Site> => (await adminGet(`/api/communes/${id}?depth=0`)).site ?? {}

/** Polls the REST API (as the province admin) until every commune's build count has grown. */
const waitForBuilds = async (before: Map<number, number>): Promise<Map<number, Site>> => {
  const until = Date.now() + BUILD_TIMEOUT
  for (;;) {
    const now = new Map<number, Site>()
    for (const id of before.keys()) now.set(id, await siteOf(id))
    const pending = [...before].filter(
      ([id, builds]) =>
        (now.get(id)?.builds ?? 0) <= builds || ['queued', 'building'].includes(now.get(id)?.state ?? ''),
    )
    if (!pending.length) return now
    if (Date.now() > until)
      throw new Error(
        `builds did not finish in ${BUILD_TIMEOUT / 1000} s: ${JSON.stringify(pending.map(([id]) => [id, now.get(id)]))}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** What the list and the panel show for a date: "dd/MM/yyyy HH:mm" in Vietnam's time zone. */
const vietnameseDateTime = (iso: string): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

const openCommunes = async (page: Page) => {
  await page.goto(`${baseUrl()}/admin/collections/communes`)
  await page.locator('.collection-list__tables table').waitFor({ state: 'visible' })
  // The client components (cells, panel) have hydrated once the auth context has the user.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
}
const openCommune = async (page: Page, slug: string) => {
  await page.goto(`${baseUrl()}/admin/collections/communes/${communes.get(slug)!.id}`)
  await page.locator('.site-panel').waitFor({ state: 'visible' })
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
}
const headings = async (page: Page) =>
  (await page.locator('.collection-list__tables thead th').allInnerTexts()).map((t) => t.trim())
const row = (page: Page, slug: string) =>
  page.locator(`.collection-list__tables tbody tr[data-id="${communes.get(slug)!.id}"]`)

/**
 * The test server runs on SQLite (MongoDB with MONGODB_TEST_URI). Only a build worker writes a
 * site's state, and a real build failure cannot be ordered up, so the failed state is written
 * into the database file directly, as a worker would record it.
 */
const onSqlite = !process.env.MONGODB_TEST_URI
const writeSiteRow = (slug: string, values: { state: string; error: string | null; errorPage: string | null }) => {
  const db = new DatabaseSync(path.join(inject('dataDir'), 'commune-sites.db'))
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    db.prepare('UPDATE communes SET site_state = ?, site_error = ?, site_error_page = ? WHERE slug = ?').run(
      values.state,
      values.error,
      values.errorPage,
      slug,
    )
  } finally {
    db.close()
  }
}
const FAILURE = {
  error: 'page /my-xuyen/tin-tuc/bai-loi/: Cannot read properties of undefined (reading "url")',
  errorPage: '/my-xuyen/tin-tuc/bai-loi/',
}

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = (await loginAs('province-admin')).token
  const found = await adminGet(`/api/communes?depth=0&limit=10&where[slug][in]=${OWN},${BROKEN}`)
  for (const c of found.docs as Commune[]) communes.set(c.slug, c)
  expect([...communes.keys()].sort()).toEqual([OWN, BROKEN].sort())
  if (onSqlite) writeSiteRow(BROKEN, { state: 'failed', ...FAILURE })
  const empty = await rest('POST', '/api/districts', {
    token: adminToken,
    body: { name: EMPTY_DISTRICT, type: 'Huyện', code: `9${Date.now() % 100_000}` },
  })
  expect(empty.status, JSON.stringify(empty.body)).toBe(201)
  emptyDistrictId = empty.body.doc.id
})

afterAll(async () => {
  if (emptyDistrictId) await rest('DELETE', `/api/districts/${emptyDistrictId}`, { token: adminToken })
  if (onSqlite && communes.has(BROKEN)) writeSiteRow(BROKEN, { state: 'live', error: null, errorPage: null })
  await browser?.close()
})

/** The province admin's list, rebuild panel and district rebuild. */
const listAndPanelTests = () => {
  it("shows the province admin each commune's site state in the list, and the rebuild panel", async () => {
    const page = await pageAs('province-admin')
    await openCommunes(page)
    const shot = await screenshot(page, 'publishing-communes-admin')
    expect(await headings(page), shot).toEqual(
      expect.arrayContaining(['Trang web', 'Hoạt động từ', 'Thời gian xây dựng']),
    )

    // My Bình was built at start-up: live, with the date and duration of that build.
    const own = await siteOf(communes.get(OWN)!.id)
    expect(own.state).toBe('live')
    const ownRow = row(page, OWN)
    expect(await ownRow.locator('.site-state-cell').getAttribute('data-state'), shot).toBe('live')
    expect((await ownRow.locator('.site-state-cell').innerText()).trim(), shot).toBe('Đang hoạt động')
    expect(await ownRow.locator('.site-state-cell__error').count(), shot).toBe(0)
    expect((await ownRow.locator('.site-live-since-cell').innerText()).trim(), shot).toBe(
      vietnameseDateTime(own.liveSince!),
    )
    expect((await ownRow.locator('.site-build-time-cell').innerText()).trim(), shot).toMatch(
      /^(\d+ ms|\d+,\d giây|\d+ phút \d{2} giây)$/,
    )

    if (onSqlite) {
      // A commune whose last build failed carries the marker, with the error in its tooltip.
      const broken = row(page, BROKEN)
      expect(await broken.locator('.site-state-cell').getAttribute('data-state'), shot).toBe('failed')
      const marker = broken.locator('.site-state-cell__error')
      expect((await marker.innerText()).trim(), shot).toBe('⚠ Lỗi')
      expect(await marker.getAttribute('title'), shot).toContain(FAILURE.error)
    }

    // The rebuild panel: everything, or one district chosen from those that still have sites.
    const panel = page.locator('.rebuild-panel')
    expect(await panel.isVisible(), shot).toBe(true)
    expect((await page.locator('#rebuild-all').innerText()).trim()).toBe('Xây dựng lại toàn bộ')
    expect((await page.locator('#rebuild-district').innerText()).trim()).toBe('Xây dựng lại theo huyện')
    const withSites = await adminGet(
      '/api/communes?where[status][in]=live,suspended&limit=0&depth=0&select[district]=true',
    )
    const inUse = new Set((withSites.docs as { district?: number | null }[]).map((c) => c.district).filter(Boolean))
    await page.locator(`#rebuild-district-select option:nth-child(${inUse.size + 1})`).waitFor({ state: 'attached' })
    const options = await page.locator('#rebuild-district-select option').allInnerTexts()
    expect(options.length, shot).toBe(inUse.size + 1)
    expect(options, shot).toContain('Thành phố Châu Đốc')
    // A district left without communes (all of them since the 2025 reorganisation) is not offered.
    expect(options, shot).not.toContain(EMPTY_DISTRICT)
  })

  it('asks for a confirmation before rebuilding every site', async () => {
    const page = await pageAs('province-admin')
    await openCommunes(page)
    await page.locator('#rebuild-all').click()
    const confirm = page.locator('.rebuild-panel__confirm')
    await confirm.waitFor({ state: 'visible' })
    const shot = await screenshot(page, 'publishing-rebuild-all-confirm')
    expect(await confirm.innerText(), shot).toContain('tất cả đơn vị')
    expect(await page.locator('#rebuild-all-confirm').isVisible(), shot).toBe(true)
    // Cancelled: nothing was asked of the server (rebuilding 156 sites here would slow every test).
    await page.locator('#rebuild-all-cancel').click()
    await page.locator('#rebuild-all').waitFor({ state: 'visible' })
    expect(await page.locator('.rebuild-panel__message').count()).toBe(0)
  })

  it('rebuilds one district from the panel', { timeout: BUILD_TIMEOUT + 60_000 }, async () => {
    const district = (await adminGet(`/api/districts?depth=0&where[code][equals]=${SMALL_DISTRICT_CODE}`)).docs[0] as {
      id: number
      name: string
    }
    const members = (
      await adminGet(`/api/communes?depth=0&limit=0&where[district][equals]=${district.id}&where[status][equals]=live`)
    ).docs as Commune[]
    expect(members.length).toBeGreaterThan(0)
    const before = new Map(members.map((c) => [c.id, c.site?.builds ?? 0]))

    const page = await pageAs('province-admin')
    await openCommunes(page)
    await page.locator('#rebuild-district-select').selectOption(String(district.id))
    await page.locator('#rebuild-district').click()
    const message = page.locator('.rebuild-panel__message[data-ok="true"]', { hasText: 'hàng đợi' })
    await message.waitFor({ state: 'visible' })
    expect((await message.innerText()).trim(), await screenshot(page, 'publishing-rebuild-district')).toBe(
      `Đã đưa ${members.length} trang vào hàng đợi xây dựng lại.`,
    )
    const after = await waitForBuilds(before)
    for (const c of members) expect(after.get(c.id)?.state, c.slug).toBe('live')
  })
}

/** Rebuilding one commune from its page, and a failed build. */
const communeRebuildTests = () => {
  it("rebuilds a commune's site from its page, and shows the state as it goes", {
    timeout: BUILD_TIMEOUT + 60_000,
  }, async () => {
    const own = communes.get(OWN)!
    const before = await siteOf(own.id)
    const page = await pageAs('province-admin')
    await openCommune(page, OWN)
    const panel = page.locator('.site-panel')
    let shot = await screenshot(page, 'publishing-commune-admin')
    expect(await panel.getAttribute('data-state'), shot).toBe('live')
    expect((await panel.locator('.site-panel__live-since .site-panel__value').innerText()).trim(), shot).toBe(
      vietnameseDateTime(before.liveSince!),
    )
    expect((await panel.locator('.site-panel__builds .site-panel__value').innerText()).trim(), shot).toBe(
      String(before.builds),
    )
    expect(await panel.locator('.site-panel__error').count(), shot).toBe(0)
    // The link opens the site this very server serves for the commune.
    const href = await panel.locator('a.site-panel__link').getAttribute('href')
    expect(href, shot).toBe(`http://${OWN}.localhost:${inject('port')}/`)
    expect((await hostGet(`${OWN}.localhost`, '/')).status).toBe(200)

    await page.locator('#site-panel-rebuild').click()
    const message = panel.locator('.site-panel__message[data-ok="true"]', { hasText: 'hàng đợi' })
    await message.waitFor({ state: 'visible' })
    expect((await message.innerText()).trim()).toBe('Đã đưa 1 trang vào hàng đợi xây dựng lại.')

    const after = (await waitForBuilds(new Map([[own.id, before.builds ?? 0]]))).get(own.id)!
    expect(after.state).toBe('live')
    expect(after.builds).toBe((before.builds ?? 0) + 1)
    // The panel follows the build without a reload.
    await panel
      .locator('.site-panel__builds .site-panel__value', { hasText: String(after.builds) })
      .waitFor({ state: 'visible', timeout: 20_000 })
    await page.locator('.site-panel[data-state="live"]').waitFor({ state: 'visible' })
    shot = await screenshot(page, 'publishing-commune-rebuilt')
    expect((await panel.locator('.site-panel__live-since .site-panel__value').innerText()).trim(), shot).toBe(
      vietnameseDateTime(after.liveSince!),
    )
  })

  it.runIf(onSqlite)("shows a failed build's error and failing page on the commune's page", async () => {
    const page = await pageAs('province-admin')
    await openCommune(page, BROKEN)
    const panel = page.locator('.site-panel')
    const shot = await screenshot(page, 'publishing-commune-failed')
    expect(await panel.getAttribute('data-state'), shot).toBe('failed')
    expect((await panel.locator('.site-panel__state').innerText()).trim(), shot).toBe('Lỗi lần xây dựng gần nhất')
    expect((await panel.locator('.site-panel__error-text').innerText()).trim(), shot).toBe(FAILURE.error)
    expect(await panel.locator('.site-panel__error-page').innerText(), shot).toContain(FAILURE.errorPage)
  })
}

/** What chiefs and district viewers see, and the English admin. */
const boardViewTests = () => {
  it("shows a chief their commune's site state, without any rebuild control", { timeout: 120_000 }, async () => {
    const page = await pageAs('chief', OWN)
    await openCommunes(page)
    let shot = await screenshot(page, 'publishing-communes-chief')
    expect(await headings(page), shot).toEqual(
      expect.arrayContaining(['Trang web', 'Hoạt động từ', 'Thời gian xây dựng']),
    )
    expect(await row(page, OWN).locator('.site-state-cell').getAttribute('data-state'), shot).toBe('live')
    expect((await row(page, OWN).locator('.site-live-since-cell').innerText()).trim(), shot).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    )
    expect(await page.locator('.rebuild-panel').count(), shot).toBe(0)

    await openCommune(page, OWN)
    shot = await screenshot(page, 'publishing-commune-chief')
    expect(await page.locator('.site-panel').getAttribute('data-state'), shot).toBe('live')
    expect(await page.locator('a.site-panel__link').getAttribute('href'), shot).toBe(
      `http://${OWN}.localhost:${inject('port')}/`,
    )
    expect(await page.locator('#site-panel-rebuild').count(), shot).toBe(0)
  })

  it("shows a district viewer their district's site states, without the rebuild panel", async () => {
    const own = (await adminGet(`/api/communes/${communes.get(OWN)!.id}?depth=1`)) as { district: { slug: string } }
    const viewer = credentials().find(
      (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${own.district.slug}@`),
    )!
    const page = await (await newContext(browser)).newPage()
    page.setDefaultTimeout(UI_TIMEOUT)
    await loginInBrowser(page, baseUrl(), viewer.email, viewer.password)
    await openCommunes(page)
    const shot = await screenshot(page, 'publishing-communes-district-viewer')
    expect(await row(page, OWN).locator('.site-state-cell').getAttribute('data-state'), shot).toBe('live')
    expect(await page.locator('.rebuild-panel').count(), shot).toBe(0)
    await page.context().close()
  })

  it('speaks English when the admin is switched to English', async () => {
    const page = await pageAs('province-admin', undefined, [{ name: 'payload-lng', value: 'en' }])
    await openCommunes(page)
    const shot = await screenshot(page, 'publishing-communes-admin-en')
    expect(await headings(page), shot).toEqual(expect.arrayContaining(['Website', 'Live since', 'Build time']))
    expect((await row(page, OWN).locator('.site-state-cell').innerText()).trim(), shot).toBe('Live')
    expect((await page.locator('#rebuild-all').innerText()).trim(), shot).toBe('Rebuild all sites')
    await openCommune(page, OWN)
    expect(
      (await page.locator('#site-panel-rebuild').innerText()).trim(),
      await screenshot(page, 'publishing-commune-admin-en'),
    ).toBe('Rebuild this site')
  })
}

describe('site state and rebuilds in the admin', () => {
  listAndPanelTests()
  communeRebuildTests()
  boardViewTests()
})

describe('POST /api/communes/rebuild', () => {
  it('refuses everyone but the province admin', async () => {
    const id = communes.get(OWN)!.id
    const own = (await adminGet(`/api/communes/${id}?depth=1`)) as { district: { id: number; slug: string } }
    const viewer = credentials().find(
      (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${own.district.slug}@`),
    )!
    const actors: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['district viewer', await login(viewer.email, viewer.password)],
      ['chief', (await loginAs('chief', OWN)).token],
      ['editor', (await loginAs('editor', OWN)).token],
    ]
    for (const [who, token] of actors) {
      for (const body of [{ scope: 'commune', id }, { scope: 'district', id: own.district.id }, { scope: 'all' }]) {
        const reply = await rest('POST', '/api/communes/rebuild', { token, body })
        expect(reply.status, `${who} ${JSON.stringify(body)}`).toBe(403)
        expect(reply.body.errors?.[0]?.message, who).toBe('Chỉ quản trị tỉnh được xây dựng lại trang.')
      }
    }
  })

  it('answers a bad request in Vietnamese', async () => {
    const bad = await rest('POST', '/api/communes/rebuild', { token: adminToken, body: { scope: 'tinh' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual([{ field: 'scope', message: 'Phạm vi: chọn một đơn vị, một huyện hoặc tất cả.' }])
    const noScope = await rest('POST', '/api/communes/rebuild', { token: adminToken, body: {} })
    expect(noScope.status).toBe(400)
    const noId = await rest('POST', '/api/communes/rebuild', { token: adminToken, body: { scope: 'commune' } })
    expect(noId.status).toBe(400)
    expect(noId.body.errors).toEqual([{ field: 'id', message: 'Đơn vị: chọn đơn vị cần xây dựng lại.' }])
  })
})
