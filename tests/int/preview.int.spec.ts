import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { THEMES } from '../../themes/index'
import { launchBrowser } from '../../scripts/lib/browser'
import { baseUrl, credentials, loginAs, type Reply, rest, send } from '../support/api'
import { setUpActors } from '../support/actors'
import { newContext, screenshot } from '../support/browser'
import { hostGet } from '../support/host-request'
import type { Actor } from '../support/roles'

/**
 * "Xem trước": a private, expiring link to a draft as the commune's site will show it, built by
 * the real generator on the real server, while the live site stays as it is. Who may make one
 * (REST), what a bad link answers, what the preview shows (HTTP and Chromium), and the edit
 * view's button.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const BUILD_TIMEOUT = 180_000
const RUN = Date.now().toString(36)

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let ownId = 0
let ownTheme = 1
let otherChief = ''
let browser: Browser | undefined
/** Everything made here, removed at the end: [collection, id]. */
const made: [string, number][] = []

const create = async (collection: string, body: Record<string, unknown>, token = adminToken, draft = true) => {
  const reply = await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, {
    token,
    body: { tenant: ownId, ...body, ...(draft ? { _status: 'draft' } : { _status: 'published' }) },
  })
  if (reply.status !== 201) throw new Error(`create ${collection}: ${reply.status} ${JSON.stringify(reply.body)}`)
  made.push([collection, reply.body.doc.id])
  return reply.body.doc as { id: number; slug: string; path?: string; title: string }
}

const askPreview = (body: Record<string, unknown>, token?: string): Promise<Reply> =>
  rest('POST', '/api/preview', { token, body })

/** GET of a preview URL as any browser would (no session: the link itself is the key). */
const open = async (url: string) => {
  const response = await fetch(`${baseUrl()}${url}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
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
  ;({ adminToken, tokens } = await setUpActors(OWN, OTHER))
  otherChief = (await loginAs('chief', OTHER)).token
  const commune = (await rest('GET', `/api/communes?where[slug][equals]=${OWN}&depth=0`, { token: adminToken })).body
    .docs[0]
  ownId = commune.id
  ownTheme = commune.theme ?? 1
}, 120_000)

afterAll(async () => {
  await browser?.close()
  for (const [collection, id] of made.reverse()) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

describe('who may make a preview link (REST)', () => {
  let draftId = 0
  beforeAll(async () => {
    draftId = (await create('posts', { title: `Bản nháp của quản trị ${RUN}` })).id
  })

  const expected: [Actor | 'other-chief', number][] = [
    ['province-admin', 200],
    ['chief', 200],
    ['editor', 200],
    // A contributor reads only their own drafts; this one is the province admin's.
    ['contributor', 404],
    // Reads the district's drafts, but is no member of the board.
    ['district-viewer', 403],
    ['other-chief', 404],
    ['anonymous', 401],
  ]
  it.each(expected)('%s → %i', async (actor, status) => {
    const token = actor === 'other-chief' ? otherChief : tokens.get(actor)
    const reply = await askPreview({ collection: 'posts', id: draftId }, token)
    expect(reply.status, JSON.stringify(reply.body)).toBe(status)
    if (status === 200) {
      expect(reply.body.url).toMatch(/^\/api\/preview\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}\/tin-tuc\/bai\/[^/]+$/)
      expect(Date.parse(reply.body.expiresAt) - Date.now()).toBeGreaterThan(25 * 60_000)
      expect(Date.parse(reply.body.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000)
    } else {
      expect(reply.body.errors[0].message).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/,
      )
      expect(reply.body.url).toBeUndefined()
    }
  })

  it('a contributor may preview their own draft', async () => {
    const contributor = tokens.get('contributor')!
    const own = await create('posts', { title: `Bản nháp cộng tác viên ${RUN}` }, contributor)
    const reply = await askPreview({ collection: 'posts', id: own.id }, contributor)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  })

  it('refuses what is not a workflow item, with the field named', async () => {
    const reply = await askPreview({ collection: 'users', id: 1 }, adminToken)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]).toMatchObject({ field: 'collection' })
  })
})

describe('a theme preview (the theme picker)', () => {
  const expected: [Actor | 'other-chief', number][] = [
    ['province-admin', 200],
    ['chief', 200],
    // Only whoever may change the theme.
    ['editor', 403],
    ['contributor', 403],
    ['district-viewer', 403],
    ['other-chief', 403],
    ['anonymous', 401],
  ]
  it.each(expected)('%s → %i', async (actor, status) => {
    const token = actor === 'other-chief' ? otherChief : tokens.get(actor)
    const reply = await askPreview({ commune: ownId, theme: 7 }, token)
    expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  })

  it('refuses a theme that does not exist', async () => {
    const reply = await askPreview({ commune: ownId, theme: 99 }, adminToken)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0]).toMatchObject({ field: 'theme' })
    expect(reply.body.errors[0].message).toContain('Giao diện')
  })
})

describe('bad links', () => {
  let url = ''
  beforeAll(async () => {
    const draft = await create('posts', { title: `Bài cho liên kết hỏng ${RUN}` })
    url = (await askPreview({ collection: 'posts', id: draft.id }, adminToken)).body.url
  })

  it('a tampered signature answers 404, in Vietnamese, never indexed', async () => {
    const token = url.split('/')[3]!
    const signature = token.split('.')[1]!
    const tampered = url.replace(signature, `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`)
    const reply = await open(tampered)
    expect(reply.status).toBe(404)
    expect(reply.body).toContain('Không tìm thấy bản xem trước')
    expect(reply.headers.get('x-robots-tag')).toContain('noindex')
    expect(reply.headers.get('cache-control')).toContain('no-store')
  })

  it('altered claims (another commune) answer 404', async () => {
    const token = url.split('/')[3]!
    const [body, signature] = token.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, c: OTHER })).toString('base64url')
    expect((await open(url.replace(token, `${forged}.${signature}`))).status).toBe(404)
  })

  it('an expired link answers 403 and says so', async () => {
    // Signed with the server's own secret, as the server would, but already expired.
    process.env.PAYLOAD_SECRET ||= fs.readFileSync(path.join(inject('dataDir'), '.payload-secret'), 'utf8').trim()
    process.env.DATA_DIR = inject('dataDir')
    const { signPreview } = await import('../../cms/features/preview/token')
    const expired = signPreview({ commune: OWN, expires: Date.now() - 1000 })
    const reply = await open(`/api/preview/${expired}`)
    expect(reply.status).toBe(403)
    expect(reply.body).toContain('đã hết hạn')
  })
})

const waitFor = async (what: string, check: () => Promise<boolean>, timeout = BUILD_TIMEOUT) => {
  const until = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${timeout / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const liveLink = () => fs.realpathSync(path.join(inject('dataDir'), 'sites', OWN, 'current'))

/** Rich text of one paragraph, as the admin's editor stores it. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** A post published and live on the site, then a draft saved over it by the chief. */
const publishThenDraft = async (draft: { title: string; text: string }) => {
  const post = await create('posts', { title: `Bài đã xuất bản ${RUN}` }, adminToken, false)
  // The publication's own build: the live page carries the published title.
  await waitFor('live article', async () => {
    const page = await hostGet(`${OWN}.localhost`, `/tin-tuc/bai/${post.slug}/`)
    return page.status === 200 && page.body.includes(post.title)
  })
  const saved = await rest('PATCH', `/api/posts/${post.id}?draft=true`, {
    token: tokens.get('chief'),
    body: { title: draft.title, content: paragraph(draft.text) },
  })
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  return post
}

describe('the preview shows the draft in the commune theme; the live site does not', () => {
  let post = { id: 0, slug: '', title: '' }
  const draftTitle = `Tiêu đề mới trong bản nháp ${RUN}`
  const draftText = `Đoạn văn chỉ có trong bản nháp ${RUN}`
  let previewUrl = ''

  beforeAll(async () => {
    post = await publishThenDraft({ title: draftTitle, text: draftText })
  }, BUILD_TIMEOUT + 60_000)

  it('appears within seconds, with the draft text, the theme, noindex and no-store', async () => {
    const started = Date.now()
    const asked = await askPreview({ collection: 'posts', id: post.id }, tokens.get('editor'))
    expect(asked.status).toBe(200)
    previewUrl = asked.body.url
    const reply = await open(previewUrl)
    const ms = Date.now() - started
    console.log(`Preview of a draft appeared in ${ms} ms (build ${reply.headers.get('server-timing') ?? 'cached'})`)
    expect(reply.status).toBe(200)
    expect(ms).toBeLessThan(60_000)
    expect(reply.body).toContain(draftTitle)
    expect(reply.body).toContain(draftText)
    expect(reply.body).toContain(`data-theme="${THEMES[ownTheme - 1]!.slug}"`)
    expect(reply.body).toMatch(/<meta name="robots" content="noindex/)
    expect(reply.headers.get('x-robots-tag')).toContain('noindex')
    expect(reply.headers.get('cache-control')).toContain('no-store')
    // No analytics: a preview is not a visit.
    expect(reply.body).not.toContain('_analytics.js')
    // Links stay inside the preview.
    expect(reply.body).not.toMatch(/href="\/tin-tuc\//)
    expect(reply.body).toMatch(/href="\/api\/preview\/[^"]+\/tin-tuc"/)
    // The live site (whatever build is live: other changes may rebuild it meanwhile) has the
    // published title and no draft, on disk and over HTTP.
    const liveFile = path.join(liveLink(), 'tin-tuc', 'bai', post.slug, 'index.html')
    expect(fs.readFileSync(liveFile, 'utf8')).not.toContain(draftTitle)
    const live = await hostGet(`${OWN}.localhost`, `/tin-tuc/bai/${post.slug}/`)
    expect(live.body).toContain(post.title)
    expect(live.body).not.toContain(draftTitle)
    expect(live.body).not.toContain(draftText)
    const published = await rest('GET', `/api/posts/${post.id}?depth=0`)
    expect(published.body.title).toBe(post.title)
    // The second visit reads the built files.
    const again = Date.now()
    expect((await open(previewUrl)).status).toBe(200)
    console.log(`Preview opened again in ${Date.now() - again} ms`)
  })

  it('its other pages are the commune site with the draft leading the news', async () => {
    const base = previewUrl.replace(/\/tin-tuc\/bai\/.*$/, '')
    const news = await open(`${base}/tin-tuc`)
    expect(news.status).toBe(200)
    expect(news.body).toContain(draftTitle)
    const missing = await open(`${base}/khong-co-trang-nay`)
    expect(missing.status).toBe(404)
    expect((await open(`${base}/..%2F..%2F.payload-secret`)).status).toBe(404)
  })

  it('shows in Chromium as the site would, with the preview banner (screenshot)', async () => {
    browser = await launchBrowser()
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}${previewUrl}`)
    await expect.poll(() => page.locator('h1').first().innerText()).toContain(draftTitle)
    expect(await page.locator('html').getAttribute('data-theme')).toBe(THEMES[ownTheme - 1]!.slug)
    expect(await page.locator('[data-preview-banner]').innerText()).toContain('Bản xem trước')
    const file = await screenshot(page, 'preview-draft')
    console.log(`Screenshot of the preview: ${file}`)
    // A menu link stays in the preview.
    await page.locator('nav a[href$="/tin-tuc"]').first().click()
    await page.waitForURL(/\/api\/preview\/.+\/tin-tuc$/)
    expect(await page.locator('[data-preview-banner]').count()).toBe(1)
    await context.close()
  })
})

describe('each workflow collection previews its draft at its own address', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['pages', { title: `Trang nháp ${RUN}` }, /\/trang-nhap-[^/]+$/],
    ['announcements', { title: `Thông báo nháp ${RUN}` }, /\/thong-bao\/[^/]+$/],
    [
      'documents',
      { title: `Văn bản nháp ${RUN}`, number: `${RUN}/QĐ-UBND`, docType: 'quyet-dinh', issueDate: '2026-05-01' },
      /\/van-ban\/[^/]+$/,
    ],
    [
      'disclosures',
      { title: `Công khai nháp ${RUN}`, category: 'du-toan-ngan-sach', decisionDate: '2026-05-01' },
      /\/cong-khai\/du-toan-ngan-sach\/[^/]+$/,
    ],
  ]
  it.each(cases)(
    '%s',
    async (collection, body, address) => {
      const doc = await create(collection, body)
      const asked = await askPreview({ collection, id: doc.id }, tokens.get('chief'))
      expect(asked.status, JSON.stringify(asked.body)).toBe(200)
      expect(asked.body.url).toMatch(address)
      const reply = await open(asked.body.url)
      expect(reply.status, reply.body.slice(0, 400)).toBe(200)
      expect(reply.body).toContain(String(body.title))
    },
    120_000,
  )
})

describe('the edit view\'s "Xem trước" button (Chromium, as the chief)', () => {
  it('opens the saved draft in a new tab', async () => {
    const draft = await create('posts', { title: `Bản nháp mở từ nút ${RUN}` })
    browser ??= await launchBrowser()
    const context = await newContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const chief = credentials().find((c) => c.role === 'chief' && c.commune === OWN)!
    await signIn(page, chief.email, chief.password)
    await page.goto(`${baseUrl()}/admin/collections/posts/${draft.id}`)
    const button = page.locator('#preview-button')
    await expect.poll(() => button.innerText()).toContain('Xem trước')
    const [tab] = await Promise.all([context.waitForEvent('page'), button.click()])
    await tab.waitForLoadState('domcontentloaded', { timeout: 120_000 })
    await expect.poll(() => tab.locator('h1').first().innerText(), { timeout: 120_000 }).toContain(draft.title)
    expect(tab.url()).toMatch(/\/api\/preview\/[^/]+\/tin-tuc\/bai\//)
    console.log(`Screenshots: ${await screenshot(page, 'preview-edit-view')} ${await screenshot(tab, 'preview-tab')}`)
    await context.close()
  }, 240_000)

  it('the open door refuses a person who may not preview, in Vietnamese', async () => {
    const draft = await create('posts', { title: `Bản nháp không được mở ${RUN}` })
    const reply = await send('GET', `/api/preview/open/posts/${draft.id}`, { token: otherChief })
    expect(reply.status).toBe(404)
    expect(String(reply.body)).toContain('Không tìm thấy tin bài')
  })
})
