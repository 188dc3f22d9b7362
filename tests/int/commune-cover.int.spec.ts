import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { makeDemoPdf } from '../../demo/demo-files'
import { launchBrowser } from '../../scripts/lib/browser'
import { THEMES } from '../../themes/index'
import { graphql, loginAs, rest } from '../support/api'
import { setUpActors } from '../support/actors'
import { hostGet } from '../support/host-request'
import { ACTORS, type Actor } from '../support/roles'
import { waitFor } from '../support/shared-payload'

/**
 * The commune's cover photo (issue 15): who may set it (as the logo: the commune's chief and
 * the province admin) over REST and GraphQL, only a picture of the commune's own media, and
 * the built site's header in every layout family, in Chromium at 360×740 and 1366×768, with
 * and without a cover (the default: the emblem drawn in the national emblem's style).
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const MAY_SET: Actor[] = ['province-admin', 'chief']
/** One theme of each layout family, each in another colour scheme. */
const FAMILY_THEMES = [...new Set(THEMES.map((t) => t.family))].map(
  (family, i) => THEMES.filter((t) => t.family === family)[i % 5]!,
)
const VIEWS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1366, height: 768 },
] as const

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let otherChief = ''
let own = 0
let other = 0
let originalTheme = 1
const media: number[] = []
let ownImage = { id: 0, filename: '' }
let otherImage = 0
let ownPdf = 0

/** A landscape "photo" (sky, river, fields and a building), as a board would upload one. */
const coverJpeg = () =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="600">
      <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fb3e0"/><stop offset="1" stop-color="#e9f4fb"/></linearGradient></defs>
      <rect width="1800" height="600" fill="url(#s)"/><circle cx="1450" cy="130" r="70" fill="#fff3b0"/>
      <rect x="700" y="220" width="520" height="230" fill="#f3e6c4"/><path d="M680 225L960 120L1240 225Z" fill="#b5352b"/>
      ${Array.from({ length: 8 }, (_, i) => `<rect x="${730 + i * 60}" y="270" width="34" height="60" fill="#6b4f2a"/>`).join('')}
      <path d="M0 430Q450 390 900 430T1800 420V600H0Z" fill="#3f8f3a"/><path d="M0 500Q600 470 1200 505T1800 500V600H0Z" fill="#2b6f9e"/>
    </svg>`),
  )
    .jpeg({ quality: 80 })
    .toBuffer()

const upload = async (tenant: number, file: Buffer, name: string, type: string, alt: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ tenant, alt }))
  const reply = await rest('POST', '/api/media', { token: adminToken, body: form })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
  media.push(reply.body.doc.id)
  return reply.body.doc as { id: number; filename: string }
}

const coverOf = async (id: number): Promise<number | null> => {
  const doc = (await rest('GET', `/api/communes/${id}?depth=0`, { token: adminToken })).body
  return doc.cover ?? null
}
/** As `token` (undefined: anonymous, never a default account). */
const setCover = (id: number, cover: number | null, token: string | undefined) =>
  rest('PATCH', `/api/communes/${id}`, { token, body: { cover } })
const clearCover = (id: number) => setCover(id, null, adminToken)
const gqlSetCover = (id: number, cover: number, token?: string) =>
  graphql(`mutation { updateCommune(id: ${id}, data: { cover: ${cover} }) { id cover { id } } }`, token)

beforeAll(async () => {
  ;({ adminToken, tokens } = await setUpActors(OWN, OTHER).then((a) => {
    own = a.communeIds.get('own')!
    other = a.communeIds.get('other')!
    return a
  }))
  otherChief = (await loginAs('chief', OTHER)).token
  originalTheme = (await rest('GET', `/api/communes/${own}?depth=0`, { token: adminToken })).body.theme
  ownImage = await upload(own, await coverJpeg(), 'anh-bia-my-binh.jpg', 'image/jpeg', 'Trụ sở Ủy ban nhân dân phường')
  otherImage = (await upload(other, await coverJpeg(), 'anh-bia-khac.jpg', 'image/jpeg', 'Ảnh của xã khác')).id
  const pdf = makeDemoPdf(['Quyet dinh kiem thu anh bia'])
  ownPdf = (await upload(own, pdf, 'van-ban.pdf', 'application/pdf', 'Văn bản')).id
}, 120_000)

afterAll(async () => {
  await rest('PATCH', `/api/communes/${own}`, { token: adminToken, body: { cover: null, theme: originalTheme } })
  await clearCover(other)
  for (const id of media) await rest('DELETE', `/api/media/${id}`, { token: adminToken })
})

describe('who may set the cover (REST and GraphQL)', () => {
  it.each(ACTORS.map((a) => [a]))('%s over REST', async (actor) => {
    await clearCover(own)
    const reply = await setCover(own, ownImage.id, tokens.get(actor))
    const allowed = MAY_SET.includes(actor)
    expect(allowed ? [200] : [401, 403, 404], JSON.stringify(reply.body).slice(0, 200)).toContain(reply.status)
    expect(await coverOf(own)).toBe(allowed ? ownImage.id : null)
  })

  it.each(ACTORS.filter((a) => a !== 'anonymous').map((a) => [a]))('%s over GraphQL', async (actor) => {
    await clearCover(own)
    const reply = await gqlSetCover(own, ownImage.id, tokens.get(actor))
    const allowed = MAY_SET.includes(actor)
    expect(Boolean(reply.body.errors), JSON.stringify(reply.body).slice(0, 200)).toBe(!allowed)
    expect(await coverOf(own)).toBe(allowed ? ownImage.id : null)
  })

  it('anonymous over GraphQL cannot', async () => {
    await clearCover(own)
    expect((await gqlSetCover(own, ownImage.id)).body.errors?.length).toBeGreaterThan(0)
    expect(await coverOf(own)).toBeNull()
  })

  it('the chief of another commune cannot set it, over either door', async () => {
    await clearCover(own)
    expect([403, 404]).toContain((await setCover(own, otherImage, otherChief)).status)
    expect((await gqlSetCover(own, otherImage, otherChief)).body.errors?.length).toBeGreaterThan(0)
    expect(await coverOf(own)).toBeNull()
  })
})

describe('only a picture of the commune’s own media', () => {
  it('refuses another commune’s file and a PDF, for the chief and the province admin alike', async () => {
    await clearCover(own)
    for (const token of [tokens.get('chief'), adminToken]) {
      const foreign = await setCover(own, otherImage, token)
      expect(foreign.status).toBe(400)
      expect(JSON.stringify(foreign.body)).toContain('thư viện tệp của chính đơn vị này')
      expect((await setCover(own, ownPdf, token)).status).toBe(400)
      expect((await gqlSetCover(own, otherImage, token)).body.errors?.length).toBeGreaterThan(0)
    }
    // The logo follows the same rule.
    const logo = await rest('PATCH', `/api/communes/${own}`, { token: tokens.get('chief'), body: { logo: otherImage } })
    expect(logo.status).toBe(400)
    expect(await coverOf(own)).toBeNull()
  })

  it('a commune whose cover is set is still edited as before', async () => {
    expect((await setCover(own, ownImage.id, tokens.get('chief'))).status).toBe(200)
    const reply = await rest('PATCH', `/api/communes/${own}`, { token: tokens.get('chief'), body: { theme: 1 } })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 200)).toBe(200)
    expect(await coverOf(own)).toBe(ownImage.id)
  })
})

const site = () => `http://${OWN}.localhost:${inject('port')}`
const homeHtml = async () => (await hostGet(`${OWN}.localhost`, '/')).body

/** The theme, and the cover present or not, on the built home page. */
const builtWith = (theme: (typeof THEMES)[number], cover: boolean) =>
  waitFor(
    `the home page in ${theme.slug} ${cover ? 'with' : 'without'} the cover`,
    async () => {
      const html = await homeHtml()
      // The element, not the class name (the stylesheet inlined in every page names it too).
      return html.includes(`data-theme="${theme.slug}"`) && html.includes('<img class="site-header__cover"') === cover
    },
    180_000,
  )

type HeaderLook = {
  scrollWidth: number
  headerHeight: number
  shift: number
  cover: { complete: boolean; natural: number; current: string; alt: string } | null
  emblemSvg: boolean
  newsOnFirstScreen: boolean
}

/** What a citizen sees of the header, and whether anything moved while the page loaded. */
const look = async (page: Page): Promise<HeaderLook> => {
  await page.goto(`${site()}/`, { waitUntil: 'load' })
  await page.waitForTimeout(300)
  return page.evaluate(() => {
    const shift = performance
      .getEntriesByType('layout-shift')
      .reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0)
    const img = document.querySelector<HTMLImageElement>('.site-header__cover')
    // As the phone layout test: a news item or one of the services.
    const wanted =
      /^(\/tin-tuc\/bai\/|\/thong-bao\/.|\/van-ban\/.|\/thu-tuc-hanh-chinh\/|\/cong-khai\/|\/hoi-dap\/|\/lien-he\/|https:\/\/dichvucong)/
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((a) =>
      wanted.test(a.getAttribute('href') ?? ''),
    )
    return {
      scrollWidth: document.documentElement.scrollWidth,
      headerHeight: document.querySelector('.site-header')!.getBoundingClientRect().height,
      shift,
      cover: img ? { complete: img.complete, natural: img.naturalWidth, current: img.currentSrc, alt: img.alt } : null,
      emblemSvg: Boolean(document.querySelector('.site-header svg.emblem circle[fill="#da251d"]')),
      newsOnFirstScreen: link.some((a) => a.getBoundingClientRect().top < window.innerHeight),
    }
  })
}

describe('the site’s header in Chromium, every layout family', () => {
  let browser: Browser
  const pages = new Map<string, Page>()
  const shots: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    for (const view of VIEWS) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: view, deviceScaleFactor: 1 })
      await context.addInitScript(() => {
        // Layout shifts are only reported to an observer registered before they happen.
        new PerformanceObserver(() => undefined).observe({ type: 'layout-shift', buffered: true })
      })
      pages.set(view.name, await context.newPage())
    }
  })
  afterAll(async () => {
    await browser?.close()
    console.log(`commune-cover screenshots:\n${shots.join('\n')}`)
  })

  const shoot = async (page: Page, name: string) => {
    const file = path.join(os.tmpdir(), `commune-cover-${name}.png`)
    await page.screenshot({ path: file })
    shots.push(file)
  }

  it.each(FAMILY_THEMES.map((t) => [t.family, t]))(
    '%s: the emblem without a cover, the veiled photo with one, nothing moves',
    async (_family, theme) => {
      await rest('PATCH', `/api/communes/${own}`, { token: adminToken, body: { cover: null, theme: theme.number } })
      await builtWith(theme, false)
      const without = new Map<string, HeaderLook>()
      for (const view of VIEWS) {
        const page = pages.get(view.name)!
        const seen = await look(page)
        expect(seen.emblemSvg).toBe(true)
        expect(seen.cover).toBeNull()
        without.set(view.name, seen)
        await shoot(page, `${theme.slug}-${view.name}-mac-dinh`)
      }
      expect((await setCover(own, ownImage.id, tokens.get('chief'))).status).toBe(200)
      await builtWith(theme, true)
      for (const view of VIEWS) {
        const page = pages.get(view.name)!
        const seen = await look(page)
        expect(seen.cover, view.name).toMatchObject({ complete: true, alt: 'Trụ sở Ủy ban nhân dân phường' })
        expect(seen.cover!.natural).toBeGreaterThan(0)
        expect(seen.shift, `${view.name}: layout shift`).toBe(0)
        expect(seen.scrollWidth).toBeLessThanOrEqual(view.width)
        // On a phone the header is as tall as without a cover, so the news stays on the first screen.
        if (view.name === 'phone') {
          expect(seen.headerHeight).toBe(without.get('phone')!.headerHeight)
          expect(seen.cover!.current).toMatch(/\.webp$/)
          expect(seen.newsOnFirstScreen).toBe(true)
        }
        await shoot(page, `${theme.slug}-${view.name}-anh-bia`)
      }
    },
    420_000,
  )

  it('the cover file is downloadable by anyone once it is on the site', async () => {
    const file = await hostGet(`${OWN}.localhost`, `/media/${ownImage.filename}`)
    expect(file.status).toBe(200)
    // The cover is the home page's picture when a link is shared.
    expect(await homeHtml()).toMatch(new RegExp(`property="og:image" content="[^"]*/media/${ownImage.filename}"`))
  })
})
