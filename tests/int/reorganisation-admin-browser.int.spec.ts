import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, loginAs, rest } from '../support/api'
import { newContext, screenshot } from '../support/browser'
import { sharedPayload } from '../support/shared-payload'

/**
 * "Sắp xếp đơn vị hành chính" in Chromium: the province admin reaches it from the navigation and
 * sees the plan of the shipped mapping (summary, one row per new unit with its old units and
 * their item counts, chief, members and its own "Thực hiện"; the problems with what the plan
 * does), plans again, schedules the run at an effective date and cancels it; a board member has
 * no link and is refused. Nothing is applied (the suite's communes are every file's).
 */
const UI_TIMEOUT = 60_000
let browser: Browser
let payload: Payload
let adminToken = ''
const shots: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  adminToken = (await loginAs('province-admin')).token
  const made = await rest('POST', '/api/reorganisation/plan', { token: adminToken, body: {} })
  expect(made.status).toBe(201)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await rest('DELETE', '/api/reorganisation/apply', { token: adminToken })
  payload = await sharedPayload()
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'applyReorganisation' } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  for (const job of jobs.docs) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  await payload.destroy()
  fs.rmSync(path.join(inject('dataDir'), 'reorganisation'), { recursive: true, force: true })
  console.log(`screenshots: ${shots.join(', ')}`)
})

const openAs = async (role: string, commune?: string): Promise<Page> => {
  const { credential } = await loginAs(role, commune)
  const page = await (await newContext(browser)).newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await page.goto(`${baseUrl()}/admin/login`)
  await page.locator('#field-email').fill(credential.email)
  await page.locator('#field-password').fill(credential.password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  await page.locator('nav').first().waitFor({ state: 'attached' })
  return page
}

/** A time 20 days ahead as the fields take it (dd/mm/yyyy and HH:mm, Vietnam's time) and as the API stores it. */
const effectiveDate = () => {
  const at = new Date(Date.now() + 20 * 24 * 3600 * 1000)
  at.setUTCSeconds(0, 0)
  const local = new Date(at.getTime() + 7 * 3600 * 1000).toISOString()
  const date = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`
  return { date, time: local.slice(11, 16), iso: at.toISOString() }
}

describe('Sắp xếp đơn vị hành chính in the admin', () => {
  it('the province admin sees the plan: summary, the new units table and the problems, in Vietnamese', async () => {
    const plan = (await rest('GET', '/api/reorganisation/plan', { token: adminToken })).body.plan
    const page = await openAs('province-admin')
    await page.locator('#nav-sap-xep').click()
    await page.waitForURL(/\/admin\/sap-xep$/)
    const table = page.locator('#reorganisation-units')
    await table.waitFor({ state: 'visible' })
    await expect(page.locator('h1').innerText()).resolves.toBe('Sắp xếp đơn vị hành chính')
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Đơn vị mới',
      'Mã',
      'Địa chỉ',
      'Đơn vị cũ và số mục nội dung',
      'Trưởng ban',
      'Thành viên',
      'Thao tác',
    ])
    expect(await table.locator('tbody tr').count()).toBe(plan.units.length)
    await expect(table.locator('caption').innerText()).resolves.toBe(`Các đơn vị mới (${plan.units.length})`)
    await expect(page.locator('#reorganisation-summary').innerText()).resolves.toMatch(
      /Tỉnh An Giang \(mã 91\), hiệu lực từ 01\/07\/2025[\s\S]*102 đơn vị mới: \d+ hình thành từ \d+ trang hiện có/,
    )
    // New 30292 "Phường Bình Đức" takes old Bình Đức, Bình Khánh and Mỹ Khánh, with their item counts.
    const binhDuc = table.locator('tbody tr[data-code="30292"]')
    await expect(binhDuc.locator('th').innerText()).resolves.toBe('Phường Bình Đức')
    const olds = await binhDuc.locator('td').nth(2).locator('li').allInnerTexts()
    expect(olds).toHaveLength(3)
    for (const line of olds) expect(line).toMatch(/^(Phường|Xã) .+ \(\d+\): (\d+ mục|không có trang)/)
    expect(await binhDuc.getByRole('button', { name: 'Thực hiện: Phường Bình Đức' }).count()).toBe(1)
    expect(await table.getByRole('button', { name: /^Thực hiện: / }).count()).toBe(plan.units.length)
    const problems = page.locator('#reorganisation-problems')
    await expect(problems.locator('h2').innerText()).resolves.toBe(`Vấn đề cần xem (${plan.problems.length})`)
    expect(await problems.locator('li').count()).toBe(plan.problems.length)
    await expect(problems.locator('li').first().innerText()).resolves.toMatch(/Cách xử lý: /)
    expect(await page.getByLabel('Ngày (ngày/tháng/năm)').count()).toBe(1)
    expect(await page.getByLabel('Giờ (24 giờ)').count()).toBe(1)
    shots.push(await screenshot(page, 'reorganisation-plan'))
  }, 300_000)

  it('plans again, schedules the run at an effective date and cancels it', async () => {
    const page = await openAs('province-admin')
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(`${baseUrl()}/admin/sap-xep`)
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click()
    await expect(page.locator('.reorganisation-answer').innerText()).resolves.toBe(
      'Đã lập kế hoạch từ bảng sáp nhập của tỉnh.',
    )
    await page.getByLabel('Ngày (ngày/tháng/năm)').fill('31/02/2027')
    await page.getByRole('button', { name: 'Lên lịch' }).click()
    await expect(page.locator('.reorganisation-answer').innerText()).resolves.toMatch(
      /^Thời điểm thực hiện: cần ngày dạng ngày\/tháng\/năm/,
    )
    const { date, time, iso } = effectiveDate()
    await page.getByLabel('Ngày (ngày/tháng/năm)').fill(date)
    await page.getByLabel('Giờ (24 giờ)').fill(time)
    await expect(page.locator('#reorganisation-at-hint').innerText()).resolves.toMatch(
      new RegExp(`^Thực hiện lúc ${date} ${time} \\(giờ Việt Nam\\)`),
    )
    await page.getByRole('button', { name: 'Lên lịch' }).click()
    const run = page.locator('#reorganisation-run [data-state="scheduled"]')
    await run.waitFor({ state: 'visible' })
    await expect(run.innerText()).resolves.toContain(
      `Đã lên lịch thực hiện tất cả đơn vị mới lúc ${date} ${time} (giờ Việt Nam).`,
    )
    const status = (await rest('GET', '/api/reorganisation/status', { token: adminToken })).body.status
    expect(status).toMatchObject({ state: 'scheduled', at: iso, only: null })
    // While a run is scheduled, nothing else may be applied.
    await expect(page.getByRole('button', { name: 'Thực hiện tất cả' }).isDisabled()).resolves.toBe(true)
    shots.push(await screenshot(page, 'reorganisation-scheduled'))
    await run.getByRole('button', { name: 'Hủy lịch' }).click()
    await page.locator('#reorganisation-run [data-state="cancelled"]').waitFor({ state: 'visible' })
    expect((await rest('GET', '/api/reorganisation/status', { token: adminToken })).body.status.state).toBe('cancelled')
    await expect(page.getByRole('button', { name: 'Thực hiện tất cả' }).isDisabled()).resolves.toBe(false)
  }, 300_000)

  it('a board member has no link and is refused, in Vietnamese', async () => {
    const page = await openAs('chief', 'my-binh')
    expect(await page.locator('#nav-sap-xep').count()).toBe(0)
    await page.goto(`${baseUrl()}/admin/sap-xep`)
    await expect(page.getByRole('alert').first().innerText()).resolves.toBe(
      'Chỉ quản trị tỉnh được sắp xếp đơn vị hành chính.',
    )
    expect(await page.locator('#reorganisation-units').count()).toBe(0)
    shots.push(await screenshot(page, 'reorganisation-chief'))
  }, 300_000)
})
