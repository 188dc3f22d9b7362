import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { themeByNumber } from '../../themes/index'
import { baseUrl, credentials, login, loginAs, rest } from '../support/api'
import { launchBrowser } from '../../scripts/lib/browser'
import { loginInBrowser, newContext, screenshot } from '../support/browser'
import { hostGet } from '../support/host-request'
import { waitFor } from '../support/shared-payload'
import { removeCommunes } from '../support/remove-communes'
import { serverLog } from '../support/server-log'

/**
 * The province admin provisions, suspends, resumes and deletes communes from the admin, in a
 * real Chromium against the shared test server (its build worker builds the new sites): the
 * "new commune" view and its endpoint, and the controls of the commune's site panel. Only
 * communes made here are suspended or deleted, never the seeded ones.
 */
const UI_TIMEOUT = 30_000
const BUILD_TIMEOUT = 240_000
/** The site host table refreshes every 10 s: a status change shows on the site within that. */
const HOST_TABLE_WAIT = 30_000

/** Filled in the browser. Its code is not in cms/features/provisioning/data/an-giang-2023.json (Xã Mỹ Khánh is 30310 there). */
const FORM = {
  name: 'Xã Thử Khởi Tạo',
  slug: 'thu-khoi-tao',
  code: '39601',
  districtCode: '883',
  theme: '7',
  domain: 'thukhoitao.longxuyen.angiang.gov.vn',
  board: [
    { name: 'Nguyễn Thị Thử', email: 'thu.nguyen@example.test', role: 'chief' },
    { name: 'Trần Văn Tạo', email: 'tao.tran@example.test', role: 'editor' },
  ],
} as const
/** Provisioned through the endpoint, then suspended, resumed and deleted from its page. */
const API = {
  body: {
    name: 'Xã Thử Vận Hành',
    code: '39602',
    district: 'Thành phố Châu Đốc',
    theme: 3,
    domains: [],
    board: [{ name: 'Lê Văn Vận', email: 'van.le@example.test', role: 'chief' }],
  },
  slug: 'thu-van-hanh',
  chiefPassword: 'Van-hanh-thu-2026',
}
/** Without SMTP_URL (the test server passes this process's environment) the links come back to be handed over. */
const emailed = Boolean(process.env.SMTP_URL?.trim())

let browser: Browser
let adminToken = ''
let apiCommune: { id: number; slug: string; name: string } | null = null
const pages = new Map<string, Page>()

const pageAs = async (role: string, commune?: string): Promise<Page> => {
  const credential = credentials().find((c) => c.role === role && (commune === undefined || c.commune === commune))
  if (!credential) throw new Error(`no demo account for ${role} ${String(commune)}`)
  const cached = pages.get(credential.email)
  if (cached) return cached
  const context = await newContext(browser)
  // The result's "copy" buttons write to the clipboard, read back here.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() })
  const page = await context.newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await loginInBrowser(page, baseUrl(), credential.email, credential.password)
  pages.set(credential.email, page)
  return page
}

const communeBy = async (field: 'code' | 'slug', value: string) =>
  (
    await rest('GET', `/api/communes?where[${field}][equals]=${encodeURIComponent(value)}&depth=0`, {
      token: adminToken,
    })
  ).body.docs[0] as { id: number; slug: string; name: string; status: string; site?: { state?: string } } | undefined
const exportsOf = (slug: string): string[] => {
  const dir = path.join(inject('dataDir'), 'exports')
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((d) => d.startsWith(`${slug}-`))
        .map((d) => path.join(dir, d))
    : []
}
/**
 * Waits until the commune's address answers `status` (and, for 200, its own home page: until the
 * host table knows a new commune, its address gets the province directory).
 */
const siteAnswers = (slug: string, status: number, name?: string) =>
  waitFor(
    `${slug}.localhost answering ${status}`,
    async () => {
      const reply = await hostGet(`${slug}.localhost`, '/')
      return reply.status === status && (!name || reply.body.includes(`<title>Trang thông tin điện tử ${name}`))
        ? reply
        : null
    },
    HOST_TABLE_WAIT,
  )
const siteLive = (id: number) =>
  waitFor(
    'the site built',
    async () =>
      (await rest('GET', `/api/communes/${id}?depth=0`, { token: adminToken })).body.site?.state === 'live'
        ? true
        : null,
    BUILD_TIMEOUT,
  )
const tokenOf = (link: string) => /\/admin\/reset\/([0-9a-f]+)$/.exec(link)?.[1]

const openCommune = async (page: Page, id: number) => {
  await page.goto(`${baseUrl()}/admin/collections/communes/${id}`)
  await page.locator('.commune-lifecycle').waitFor({ state: 'visible' })
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
}

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = (await loginAs('province-admin')).token
  for (const code of [FORM.code, API.body.code])
    expect(await communeBy('code', code), `code ${code} is free`).toBeUndefined()
})

afterAll(async () => {
  // What this file made goes, through the removal (a commune is never deleted without its export).
  await removeCommunes(adminToken, [FORM.slug, API.slug])
  for (const slug of [FORM.slug, API.slug])
    for (const dir of exportsOf(slug)) fs.rmSync(dir, { recursive: true, force: true })
  await browser?.close()
}, 300_000)

/** Who may provision, and what invalid input gets. */
const provisionRefusalTests = () => {
  it('refuses everyone but the province admin', async () => {
    const viewer = credentials().find((c) => c.role === 'district-viewer')!
    const actors: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['district viewer', await login(viewer.email, viewer.password)],
      ['chief', (await loginAs('chief', 'my-binh')).token],
      ['editor', (await loginAs('editor', 'my-binh')).token],
    ]
    for (const [who, token] of actors) {
      const reply = await rest('POST', '/api/communes/provision', { token, body: API.body })
      expect(reply.status, who).toBe(403)
      expect(reply.body.errors, who).toEqual([{ message: 'Chỉ quản trị tỉnh được khởi tạo đơn vị.' }])
    }
    expect(await communeBy('code', API.body.code)).toBeUndefined()
  })

  it('answers invalid input with a Vietnamese message per field, and writes nothing', async () => {
    const reply = await rest('POST', '/api/communes/provision', {
      token: adminToken,
      body: {
        name: '',
        code: '123',
        district: '',
        theme: 99,
        domains: ['khong hop le'],
        board: [{ name: '', email: 'thu@', role: 'boss' }],
      },
    })
    expect(reply.status).toBe(400)
    const fields = (reply.body.errors as { field: string; message: string }[]).map((e) => e.field)
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'code',
        'theme',
        'domains[0]',
        'board[0].name',
        'board[0].email',
        'board[0].role',
      ]),
    )
    // No district is no refusal: there are none since 2025-07-01.
    expect(fields).not.toContain('district')
    const byField = Object.fromEntries(
      (reply.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]),
    )
    expect(byField.name).toBe('Tên đơn vị: bắt buộc (ví dụ "Xã Mỹ Khánh").')
    expect(byField.code).toBe('Mã đơn vị hành chính: gồm đúng 5 chữ số (ví dụ 30310).')
    // Not even an array where one is expected makes it fail otherwise.
    const odd = await rest('POST', '/api/communes/provision', {
      token: adminToken,
      body: { ...API.body, domains: 'x', board: 'y' },
    })
    expect(odd.status).toBe(400)
    expect(await communeBy('code', API.body.code)).toBeUndefined()
  })
}

/** A commune provisioned through the endpoint. */
const provisionTests = () => {
  it('provisions a commune and answers with its steps, invitations and addresses, never logging a link', {
    timeout: BUILD_TIMEOUT + 60_000,
  }, async () => {
    const reply = await rest('POST', '/api/communes/provision', { token: adminToken, body: API.body })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const result = reply.body
    expect(result.commune).toMatchObject({ name: API.body.name, slug: API.slug })
    expect(result.created).toBe(true)
    expect(result.steps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Tạo đơn vị Xã Thử Vận Hành \(mã 39602, thu-van-hanh\)/),
        'Đưa đơn vị vào hoạt động',
      ]),
    )
    expect(result.siteUrl).toBe(`http://${API.slug}.localhost:${inject('port')}/`)
    const commune = (await communeBy('slug', API.slug))!
    apiCommune = commune
    expect(commune.status).toBe('live')
    // The Matomo site (when the server has a token for the stand-in) is stored on the commune.
    if (result.matomoSiteId !== null)
      expect((await rest('GET', `/api/communes/${commune.id}?depth=0`, { token: adminToken })).body.matomoSiteId).toBe(
        result.matomoSiteId,
      )
    else expect(result.steps.join('\n')).toContain('Matomo')

    expect(result.invitations).toHaveLength(1)
    const invitation = result.invitations[0]
    expect(invitation).toMatchObject({ email: 'van.le@example.test', name: 'Lê Văn Vận', role: 'chief', emailed })
    if (!emailed) {
      expect(invitation.link).toMatch(new RegExp(`^${baseUrl().replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]+$`))
      const token = tokenOf(invitation.link)!
      expect(serverLog()).not.toContain(token)
      // The link works: the chief sets a password (used below to see the suspension refuse them).
      expect(
        (await rest('POST', '/api/users/reset-password', { body: { token, password: API.chiefPassword } })).status,
      ).toBe(200)
    } else expect(invitation.link).toBeNull()

    // The server's build worker builds the site.
    await siteLive(commune.id)
    expect((await siteAnswers(API.slug, 200, API.body.name)).body).toContain(
      `data-theme="${themeByNumber(API.body.theme).slug}"`,
    )
  })
}

describe('POST /api/communes/provision', () => {
  provisionRefusalTests()
  provisionTests()
})

/** Provisioning a commune through the view, as the province admin. */
const provisionViewTests = () => {
  it('lets the province admin provision a commune from the Communes list, and follows its site until live', {
    timeout: BUILD_TIMEOUT + 120_000,
  }, async () => {
    const page = await pageAs('province-admin')
    await page.goto(`${baseUrl()}/admin/collections/communes`)
    const link = page.locator('#provision-link')
    await link.waitFor({ state: 'visible' })
    expect((await link.innerText()).trim(), await screenshot(page, 'provision-communes-list')).toBe(
      'Khởi tạo đơn vị mới',
    )
    await link.click()
    await page.waitForURL(`${baseUrl()}/admin/provision`)
    await page.locator('.provision-form').waitFor({ state: 'visible' })
    // Inside the admin's frame: its navigation is there.
    expect(await page.locator('.template-default .nav').count()).toBeGreaterThan(0)
    expect((await page.locator('.provision-view h1').innerText()).trim()).toBe('Khởi tạo đơn vị mới')
    expect(await page.title()).toContain('Khởi tạo đơn vị mới')
    // The 25 themes by name, and every district.
    const themes = await page.locator('#provision-theme option').allInnerTexts()
    expect(themes).toHaveLength(26)
    expect(themes[7]).toMatch(/^7\. \S/)
    await page.locator(`#provision-district option[value="${FORM.districtCode}"]`).waitFor({ state: 'attached' })

    await page.locator('#provision-name').fill(FORM.name)
    expect(await page.locator('#provision-type').inputValue()).toBe('xa')
    await page.locator('#provision-code').fill(FORM.code)
    await page.locator('#provision-district').selectOption(FORM.districtCode)
    await page.locator('#provision-theme').selectOption(FORM.theme)
    await page.locator('#provision-domain-0').fill(FORM.domain)
    await page.locator('#provision-add-member').click()
    for (const [i, member] of FORM.board.entries()) {
      await page.locator(`#provision-member-${i}-name`).fill(member.name)
      await page.locator(`#provision-member-${i}-email`).fill(member.email)
      await page.locator(`#provision-member-${i}-role`).selectOption(member.role)
    }
    await screenshot(page, 'provision-form-filled')
    await page.locator('#provision-submit').click()

    const panel = page.locator('.provision-result')
    await panel.waitFor({ state: 'visible', timeout: 60_000 })
    let shot = await screenshot(page, 'provision-result')
    expect((await panel.locator('.provision-result__title').innerText()).trim(), shot).toBe(`Đã khởi tạo: ${FORM.name}`)
    const commune = (await communeBy('code', FORM.code))!
    expect(commune).toMatchObject({ name: FORM.name, slug: FORM.slug, status: 'live' })
    expect(await panel.locator('a.provision-result__admin').getAttribute('href'), shot).toBe(
      `/admin/collections/communes/${commune.id}`,
    )
    expect(await panel.locator('a.provision-result__site').getAttribute('href'), shot).toBe(
      `http://${FORM.slug}.localhost:${inject('port')}/`,
    )
    expect(await panel.locator('a.provision-result__domain').getAttribute('href'), shot).toBe(`https://${FORM.domain}/`)
    expect(await panel.locator('.provision-result__steps li').allInnerTexts(), shot).toEqual(
      expect.arrayContaining([expect.stringContaining(`Tạo đơn vị ${FORM.name}`), 'Đưa đơn vị vào hoạt động']),
    )

    // The board's invitations: emailed, or a link to hand over, shown this once, with a copy button.
    const rows = panel.locator('.provision-result__invitation')
    expect(await rows.count(), shot).toBe(2)
    for (const member of FORM.board) {
      const row = panel.locator(`.provision-result__invitation[data-email="${member.email}"]`)
      expect(await row.innerText(), shot).toContain(member.name)
      expect(await row.getAttribute('data-emailed'), shot).toBe(String(emailed))
      if (emailed)
        expect((await row.locator('.provision-result__emailed').innerText()).trim(), shot).toBe('✓ Đã gửi thư mời')
      else {
        const value = await row.locator('input.provision-result__link').inputValue()
        expect(value, shot).toMatch(new RegExp(`^${baseUrl().replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]+$`))
        expect(serverLog()).not.toContain(tokenOf(value)!)
        await row.locator('.provision-result__copy').click()
        await row.locator('.provision-result__copy', { hasText: 'Đã sao chép' }).waitFor({ state: 'visible' })
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value)
      }
    }
    if (!emailed) expect(await panel.locator('.provision-result__once').innerText(), shot).toContain('chỉ hiện một lần')

    // The panel follows the build the worker does.
    await panel
      .locator('.provision-result__site-state[data-state="live"]')
      .waitFor({ state: 'visible', timeout: BUILD_TIMEOUT })
    shot = await screenshot(page, 'provision-live')
    expect(await panel.locator('.provision-result__site-state').innerText(), shot).toContain('Trang đã hoạt động')
    expect((await siteAnswers(FORM.slug, 200, FORM.name)).body).toContain(
      `data-theme="${themeByNumber(Number(FORM.theme)).slug}"`,
    )
  })
}

/** Refusals, who is offered the view, and its English. */
const provisionViewRefusalTests = () => {
  it('shows each refusal next to its field, in Vietnamese', { timeout: 120_000 }, async () => {
    const page = await pageAs('province-admin')
    await page.goto(`${baseUrl()}/admin/provision`)
    await page.locator('.provision-form').waitFor({ state: 'visible' })
    await page.locator('#provision-district option[value="883"]').waitFor({ state: 'attached' })

    // No name.
    await page.locator('#provision-code').fill('39603')
    await page.locator('#provision-district').selectOption('883')
    await page.locator('#provision-theme').selectOption('2')
    await page.locator('#provision-submit').click()
    const nameError = page.locator('[data-field="provision-name"] #provision-name-error')
    await nameError.waitFor({ state: 'visible' })
    let shot = await screenshot(page, 'provision-field-error-name')
    expect((await nameError.innerText()).trim(), shot).toBe('Tên đơn vị: bắt buộc (ví dụ "Xã Mỹ Khánh").')
    expect(await page.locator('#provision-name').getAttribute('aria-invalid'), shot).toBe('true')
    expect(await page.locator('.provision-form__error').count(), shot).toBe(1)

    // The code of a seeded commune (Xã Mỹ Khánh, 30310) under another name.
    await page.locator('#provision-name').fill('Xã Trùng Mã')
    await page.locator('#provision-code').fill('30310')
    await page.locator('#provision-submit').click()
    const codeError = page.locator('[data-field="provision-code"] #provision-code-error')
    await codeError.waitFor({ state: 'visible' })
    shot = await screenshot(page, 'provision-field-error-code')
    expect((await codeError.innerText()).trim(), shot).toBe(
      'Mã 30310 đã là mã của Xã Mỹ Khánh; kiểm tra lại mã hoặc tên đơn vị.',
    )
    expect(await page.locator('#provision-name-error').count(), shot).toBe(0)

    // A bad board row is named by its row.
    await page.locator('#provision-code').fill('39603')
    await page.locator('#provision-member-0-name').fill('Người Thử')
    await page.locator('#provision-member-0-email').fill('khong-phai-thu')
    await page.locator('#provision-submit').click()
    const emailError = page.locator('[data-field="provision-member-0-email"] #provision-member-0-email-error')
    await emailError.waitFor({ state: 'visible' })
    expect((await emailError.innerText()).trim(), await screenshot(page, 'provision-field-error-email')).toBe(
      'Ban biên tập, người thứ 1: thư điện tử "khong-phai-thu" không hợp lệ.',
    )
    expect(await communeBy('code', '39603')).toBeUndefined()
  })

  it('is not offered to a chief, and refuses them when they find it', async () => {
    const page = await pageAs('chief', 'my-binh')
    await page.goto(`${baseUrl()}/admin/collections/communes`)
    await page.locator('.collection-list__tables table').waitFor({ state: 'visible' })
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
    let shot = await screenshot(page, 'provision-chief-list')
    expect(await page.locator('#provision-link').count(), shot).toBe(0)
    await page.goto(`${baseUrl()}/admin/provision`)
    const refused = page.locator('.provision-view__refused')
    await refused.waitFor({ state: 'visible' })
    shot = await screenshot(page, 'provision-chief-refused')
    expect((await refused.innerText()).trim(), shot).toBe('Chỉ quản trị tỉnh được khởi tạo đơn vị.')
    expect(await page.locator('.provision-form').count(), shot).toBe(0)
  })

  it('speaks English when the admin is switched to English', async () => {
    const credential = credentials().find((c) => c.role === 'province-admin')!
    const context = await newContext(browser)
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseUrl() }])
    const page = await context.newPage()
    page.setDefaultTimeout(UI_TIMEOUT)
    await loginInBrowser(page, baseUrl(), credential.email, credential.password)
    await page.goto(`${baseUrl()}/admin/provision`)
    await page.locator('.provision-form').waitFor({ state: 'visible' })
    const shot = await screenshot(page, 'provision-form-en')
    expect((await page.locator('.provision-view h1').innerText()).trim(), shot).toBe('New commune')
    expect((await page.locator('#provision-submit').innerText()).trim(), shot).toBe('Provision the commune')
    await context.close()
  })
}

describe('the "new commune" view', () => {
  provisionViewTests()
  provisionViewRefusalTests()
})

/** Suspending and resuming from the site panel. */
const suspendTests = () => {
  it('suspends the commune after a confirmation, then resumes it', { timeout: 180_000 }, async () => {
    expect(apiCommune, 'the commune provisioned through the endpoint').not.toBeNull()
    const { id, slug, name } = apiCommune!
    const page = await pageAs('province-admin')
    await openCommune(page, id)
    await page.locator('#commune-suspend').click()
    const confirm = page.locator('.commune-lifecycle__confirm')
    await confirm.waitFor({ state: 'visible' })
    let shot = await screenshot(page, 'commune-suspend-confirm')
    expect(await confirm.innerText(), shot).toContain(`Tạm dừng ${name}?`)
    expect(await confirm.innerText(), shot).toContain('thông báo tạm ngừng hoạt động')
    expect(await confirm.innerText(), shot).toContain('không đăng nhập được')
    await page.locator('#commune-status-confirm').click()
    await page
      .locator('.commune-lifecycle__message[data-ok="true"]', { hasText: 'Đã tạm dừng' })
      .waitFor({ state: 'visible' })
    await page.locator('.commune-lifecycle[data-status="suspended"] #commune-resume').waitFor({ state: 'visible' })
    shot = await screenshot(page, 'commune-suspended')
    expect((await communeBy('slug', slug))!.status, shot).toBe('suspended')
    const notice = await siteAnswers(slug, 503)
    expect(notice.body).toContain(`${name} tạm ngừng hoạt động`)
    if (!emailed) {
      const refused = await rest('POST', '/api/users/login', {
        body: { email: API.body.board[0]!.email, password: API.chiefPassword },
      })
      expect(refused.status).toBe(401)
    }

    await page.locator('#commune-resume').click()
    const resume = page.locator('.commune-lifecycle__confirm')
    await resume.waitFor({ state: 'visible' })
    expect(await resume.innerText(), await screenshot(page, 'commune-resume-confirm')).toContain(
      `Cho ${name} hoạt động lại?`,
    )
    await page.locator('#commune-status-confirm').click()
    await page
      .locator('.commune-lifecycle__message[data-ok="true"]', { hasText: 'đã hoạt động lại' })
      .waitFor({ state: 'visible' })
    await page.locator('.commune-lifecycle[data-status="live"] #commune-suspend').waitFor({ state: 'visible' })
    expect((await communeBy('slug', slug))!.status).toBe('live')
    await siteAnswers(slug, 200, name)
    if (!emailed)
      expect(
        (
          await rest('POST', '/api/users/login', {
            body: { email: API.body.board[0]!.email, password: API.chiefPassword },
          })
        ).status,
      ).toBe(200)
  })
}

/** Deleting from the site panel. */
const deleteTests = () => {
  it('deletes the commune once its slug is typed, after exporting it, and goes back to the list', {
    timeout: 180_000,
  }, async () => {
    expect(apiCommune, 'the commune provisioned through the endpoint').not.toBeNull()
    const { id, slug, name } = apiCommune!
    const page = await pageAs('province-admin')
    await openCommune(page, id)
    await page.locator('#commune-remove').click()
    const box = page.locator('.commune-lifecycle__remove')
    await box.waitFor({ state: 'visible' })
    let shot = await screenshot(page, 'commune-remove-confirm')
    expect(await box.innerText(), shot).toContain('exports/')
    expect(await box.innerText(), shot).toContain(`nhập mã đường dẫn của đơn vị: ${slug}`)
    const go = page.locator('#commune-remove-confirm')
    expect(await go.isDisabled(), shot).toBe(true)
    await page.locator('#commune-remove-confirm-slug').fill('sai-ma')
    expect(await go.isDisabled()).toBe(true)
    await page.locator('#commune-remove-confirm-slug').fill(slug)
    expect(await go.isDisabled()).toBe(false)
    await go.click()

    const message = page.locator('.commune-lifecycle__message[data-ok="true"]', { hasText: 'Đã xóa' })
    await message.waitFor({ state: 'visible', timeout: 60_000 })
    // Read before the screenshot: the view goes back to the list 1.5 s after the message.
    const said = (await message.innerText()).trim()
    shot = await screenshot(page, 'commune-removed')
    expect(said, shot).toMatch(new RegExp(`^Đã xóa ${name}; dữ liệu đã xuất tại .*exports/${slug}-`))
    await page.waitForURL(`${baseUrl()}/admin/collections/communes`)
    await page.locator('.collection-list__tables table').waitFor({ state: 'visible' })
    shot = await screenshot(page, 'commune-removed-list')
    expect(await page.locator(`.collection-list__tables tbody tr[data-id="${id}"]`).count(), shot).toBe(0)

    expect((await rest('GET', `/api/communes/${id}`, { token: adminToken })).status).toBe(404)
    const exported = exportsOf(slug)
    expect(exported).toHaveLength(1)
    expect(JSON.parse(fs.readFileSync(path.join(exported[0]!, 'content.json'), 'utf8')).commune.code).toBe(
      API.body.code,
    )
    expect(fs.existsSync(path.join(inject('dataDir'), 'sites', slug))).toBe(false)
    apiCommune = null
  })
}

describe("the commune's status from its site panel", () => {
  suspendTests()
  deleteTests()
})
