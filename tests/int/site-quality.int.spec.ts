/**
 * Quality of the generated commune sites, in real Chromium, for every page type and theme:
 * accessibility (axe-core), valid HTML (Nu HTML Checker), language and theme markers, mobile
 * layout, page weight, responsive images, search and the question form. Lighthouse has its own
 * file (site-lighthouse.int.spec.ts), run alone after everything else.
 *
 * The sites are the theme fixture set (tests/support/site-fixtures.ts): the same demo commune
 * built with the real Astro build in each of the 25 themes, each served at the root of its own
 * http://127.0.0.1:<port>/ with gzip and the production CSP (scripts/lib/static-server.ts).
 * It needs no CMS (only the Astro build and static files): the `quality` project has no server.
 *
 *   npm exec -- vitest run --project quality tests/int/site-quality.int.spec.ts
 *
 * A failure names the theme, the page and the rule; fix the site, never the check.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { THEMES } from '../../themes/index'
import { launchBrowser } from '../../scripts/lib/browser'
import {
  discoverPageTypes,
  FIXTURE_POSTS,
  pageFile,
  setUpSiteFixtures,
  type FixtureSite,
  type PageType,
} from '../support/site-fixtures'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const VNU_JAR = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar')

/**
 * WCAG 2.0/2.1 A and AA, axe's best practices (all stable in axe 4.14 on static pages), and
 * WCAG 2.2 AA (`target-size`), which Lighthouse's accessibility score includes too.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 800 }
/** One theme of each layout family, each in a different colour scheme. */
const ONE_PER_FAMILY = [1, 7, 13, 19, 25]
/** HTML + CSS + JS of the article page, gzipped as sent: 60 KiB. */
const ARTICLE_BUDGET = 60 * 1024
const WORKERS = 3

const fx = setUpSiteFixtures()
let browser: Browser
let pageTypes: PageType[]
const contexts: BrowserContext[] = []

const byName = (name: string): PageType => {
  const p = pageTypes.find((t) => t.name === name)
  if (!p) throw new Error(`no page type "${name}"`)
  return p
}
const label = (site: FixtureSite, page: PageType | string) =>
  `${String(site.number).padStart(2, '0')} ${site.theme.slug} ${typeof page === 'string' ? page : `${page.name} ${page.path}`}`

/**
 * A browser context that never leaves the machine: requests to other hosts (the trust badge
 * image on tinnhiemmang.vn) get an empty SVG instead, so results do not depend on the network.
 */
const newContext = async (viewport = DESKTOP): Promise<BrowserContext> => {
  const context = await browser.newContext({ locale: 'vi-VN', viewport })
  contexts.push(context)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
    }),
  )
  return context
}

/** Runs `fn` over `items` with `workers` concurrent workers. */
const pool = async <T>(items: T[], workers: number, fn: (item: T, worker: number) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async (_, w) => {
      while (next < items.length) await fn(items[next++]!, w)
    }),
  )
}

/** Groups problems by what is wrong, naming how many pages and a few of them. */
const grouped = (items: { site: string; problem: string }[], examples = 4): string => {
  const groups = new Map<string, string[]>()
  for (const { site, problem } of items) groups.set(problem, [...(groups.get(problem) ?? []), site])
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([problem, sites]) => `${problem}\n  on ${sites.length} page(s), e.g. ${sites.slice(0, examples).join('; ')}`)
    .join('\n')
}

beforeAll(async () => {
  browser = await launchBrowser()
  pageTypes = discoverPageTypes(fx.site(1).dir)
}, 120_000)
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined)
  await browser?.close()
})

describe('the fixture build', () => {
  it('has every page type in every theme, at the same URLs', () => {
    expect(fx.fixtures().sites.map((s) => s.theme.slug)).toEqual(THEMES.map((t) => t.slug))
    const names = pageTypes.map((p) => p.name)
    expect(names).toEqual([
      'home',
      'intro page',
      'child page',
      'to-chuc-bo-may',
      'tin-tuc list',
      'tin-tuc page 2',
      'category',
      'article',
      'thong-bao list',
      'thong-bao detail',
      'van-ban list',
      'van-ban detail',
      'cong-khai',
      'cong-khai category',
      'cong-khai detail',
      'thu-tuc-hanh-chinh',
      'hoi-dap',
      'tiep-can-thong-tin',
      'nguoi-phat-ngon',
      'lien-he',
      'so-do-trang',
      'tim-kiem',
      '404',
    ])
    for (const site of fx.fixtures().sites) expect(discoverPageTypes(site.dir), site.slug).toEqual(pageTypes)
    console.log(
      `[site-quality] build of ${THEMES.length} sites: ${fx.fixtures().buildSeconds.toFixed(1)} s; page types:\n${pageTypes.map((p) => `  ${p.name.padEnd(20)} ${p.path}`).join('\n')}`,
    )
  })

  it('marks every page of every site with lang="vi" and data-theme = its theme slug', () => {
    const wrong: { site: string; problem: string }[] = []
    let count = 0
    for (const site of fx.fixtures().sites) {
      const files = fs
        .readdirSync(site.dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.html'))
      for (const f of files) {
        const file = path.join(f.parentPath, f.name)
        const html = fs.readFileSync(file, 'utf8')
        const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? ''
        const lang = /\slang="([^"]*)"/.exec(tag)?.[1]
        const theme = /\sdata-theme="([^"]*)"/.exec(tag)?.[1]
        count++
        if (lang !== 'vi' || theme !== site.theme.slug)
          wrong.push({
            site: path.relative(path.dirname(site.dir), file),
            problem: `${site.slug}: lang=${lang} data-theme=${theme} (want lang=vi data-theme=${site.theme.slug})`,
          })
      }
    }
    expect(count).toBeGreaterThan(THEMES.length * pageTypes.length)
    expect(wrong.length, `of ${count} pages:\n${grouped(wrong, 2)}`).toBe(0)
  })
})

type Violation = { site: string; rule: string; impact: string; help: string; targets: string[] }
type Problem = { site: string; problem: string }

/** axe-core's violations on the page as it is now (evaluated over CDP: the page's CSP does not apply). */
const runAxe = async (page: Page): Promise<Omit<Violation, 'site'>[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map(
        (n) =>
          `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 220)}` : ''}`,
      ),
    }))
  }, AXE_TAGS)
}

/** What the sweep over every page found, and what it checked (so an empty list means something). */
type Sweep = {
  /** Every page opened, by name: `<nn> <theme> <page type> <path> @<width>px`. */
  pages: string[]
  /** The pages axe ran on. */
  axeChecked: string[]
  violations: Violation[]
  markerProblems: Problem[]
  consoleProblems: Problem[]
  /** Whether the console listeners caught an error the harness logged on purpose. */
  consoleCanaryCaught: boolean
}

/**
 * The pages the sweep must open: every page type of every theme at 1280 × 900; at 360 × 800
 * every page type of one theme per family and the home page of the other themes.
 */
const expectedSweepPages = () =>
  THEMES.length * pageTypes.length + ONE_PER_FAMILY.length * pageTypes.length + THEMES.length - ONE_PER_FAMILY.length

type SweepWorker = { desktop: Page; phone: Page; current: string; problems: Problem[] }

/** A desktop and a phone page whose console errors, script errors and failed requests are recorded. */
const newSweepWorker = async (): Promise<SweepWorker> => {
  const worker: SweepWorker = {
    desktop: await (await newContext(DESKTOP)).newPage(),
    phone: await (await newContext(PHONE)).newPage(),
    current: '',
    problems: [],
  }
  for (const page of [worker.desktop, worker.phone]) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') worker.problems.push({ site: worker.current, problem: `console: ${msg.text()}` })
    })
    page.on('pageerror', (err) =>
      worker.problems.push({ site: worker.current, problem: `script error: ${err.message}` }),
    )
    page.on('requestfailed', (req) =>
      worker.problems.push({
        site: worker.current,
        problem: `request failed: ${new URL(req.url()).pathname} ${req.failure()?.errorText}`,
      }),
    )
  }
  return worker
}

/**
 * The harness itself: axe must find the faults of a known-bad page, and the console listeners
 * must catch an error the page logs.
 */
const checkSweepHarness = async (worker: SweepWorker, sweep: Sweep) => {
  const canary = worker.desktop
  await canary.setContent('<html><body><img src="data:,"><a href="/x"></a></body></html>')
  const canaryRules = (await runAxe(canary)).map((v) => v.rule)
  expect(canaryRules, 'axe canary').toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']))
  const logged = canary.waitForEvent('console')
  await canary.evaluate(() => console.error('site-quality canary'))
  await logged
  sweep.consoleCanaryCaught = worker.problems.some((p) => p.problem === 'console: site-quality canary')
  worker.problems = []
}

/** Opens one page in a worker and records its status, markers, axe violations and console problems. */
const sweepPage = async (sweep: Sweep, worker: SweepWorker, site: FixtureSite, type: PageType, width: number) => {
  const page = width === PHONE.width ? worker.phone : worker.desktop
  const name = `${label(site, type)} @${width}px`
  worker.current = name
  worker.problems = []
  const response = await page.goto((await fx.serve(site)) + type.path, { waitUntil: 'load' })
  sweep.pages.push(name)
  if (response?.status() !== type.status)
    sweep.markerProblems.push({ site: name, problem: `HTTP ${response?.status()} (want ${type.status})` })
  const marks = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
  }))
  if (marks.lang !== 'vi' || marks.theme !== site.theme.slug)
    sweep.markerProblems.push({
      site: name,
      problem: `${site.slug}: lang=${marks.lang} data-theme=${marks.theme} (want lang=vi data-theme=${site.theme.slug})`,
    })
  for (const v of await runAxe(page)) sweep.violations.push({ site: name, ...v })
  sweep.axeChecked.push(name)
  // The 404 page's own document is the one expected 404.
  sweep.consoleProblems.push(
    ...worker.problems.filter((p) => !(type.status === 404 && /404 \(Not Found\)/.test(p.problem))),
  )
}

/**
 * One pass over the pages of expectedSweepPages() (layout depends on the family; the header,
 * menu and footer come in every colour scheme): on each page axe, what the page logs, its HTTP
 * status and <html>'s markers.
 */
const sweepAllPages = async (): Promise<Sweep> => {
  const started = Date.now()
  const sweep: Sweep = {
    pages: [],
    axeChecked: [],
    violations: [],
    markerProblems: [],
    consoleProblems: [],
    consoleCanaryCaught: false,
  }
  const sites = fx.fixtures().sites
  const tasks = [
    ...sites.flatMap((site) => pageTypes.map((type) => ({ site, type, width: DESKTOP.width }))),
    ...sites.flatMap((site) =>
      pageTypes
        .filter((p) => ONE_PER_FAMILY.includes(site.number) || p.name === 'home')
        .map((type) => ({ site, type, width: PHONE.width })),
    ),
  ]
  const workers: SweepWorker[] = []
  for (let w = 0; w < WORKERS; w++) workers.push(await newSweepWorker())
  await checkSweepHarness(workers[0]!, sweep)
  await pool(tasks, WORKERS, ({ site, type, width }, w) => sweepPage(sweep, workers[w]!, site, type, width))
  for (const worker of workers) await Promise.all([worker.desktop.context().close(), worker.phone.context().close()])
  console.log(`[site-quality] axe sweep: ${tasks.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return sweep
}

/** axe's violations grouped by rule, with the themes, page types and a few elements of each. */
const axeReport = (violations: Violation[]): string => {
  const byRule = new Map<string, Violation[]>()
  for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v])
  return [...byRule.entries()]
    .map(([rule, list]) => {
      const themes = new Set(list.map((v) => v.site.slice(0, 2)))
      const pages = new Set(list.map((v) => v.site.replace(/^\d+ \S+ /, '').replace(/ \/\S*/, '')))
      const examples = list.slice(0, 5).map(
        (v) =>
          `    ${v.site}\n${v.targets
            .slice(0, 3)
            .map((t) => `      ${t}`)
            .join('\n')}`,
      )
      return `${rule} (${list[0]!.impact}): ${list[0]!.help}\n  on ${list.length} pages, ${themes.size} themes; page types: ${[...pages].join(', ')}\n${examples.join('\n')}`
    })
    .join('\n\n')
}

describe('every page type in every theme, in Chromium', () => {
  let sweep: Sweep
  beforeAll(async () => {
    sweep = await sweepAllPages()
  }, 1_800_000)

  it('has no axe-core violation (WCAG 2.1 A/AA, 2.2 AA, best practices) on any page of any theme', () => {
    expect(new Set(sweep.axeChecked).size, 'pages axe checked').toBe(expectedSweepPages())
    expect(sweep.violations.length, `axe violations:\n${axeReport(sweep.violations)}`).toBe(0)
  })

  it('serves each page with its status, lang="vi" and its theme (as the browser sees it)', () => {
    expect(new Set(sweep.pages).size, 'pages opened').toBe(expectedSweepPages())
    expect(sweep.markerProblems.length, grouped(sweep.markerProblems, 2)).toBe(0)
  })

  it('logs no error, breaks no CSP rule and fails no request on any page', () => {
    expect(sweep.consoleCanaryCaught, 'the console listeners catch an error logged on purpose').toBe(true)
    expect(new Set(sweep.pages).size, 'pages listened to').toBe(expectedSweepPages())
    expect(sweep.consoleProblems.length, grouped(sweep.consoleProblems)).toBe(0)
  })
})

describe('the Nu HTML Checker', () => {
  it('reports no error on any page type, one theme of each layout family', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-quality-vnu-'))
    try {
      const origin = new Map<string, string>()
      for (const n of ONE_PER_FAMILY) {
        const site = fx.site(n)
        fs.mkdirSync(path.join(dir, site.slug))
        for (const type of pageTypes) {
          const copy = path.join(dir, site.slug, `${type.name.replace(/\W+/g, '-')}.html`)
          fs.copyFileSync(pageFile(site.dir, type), copy)
          origin.set(copy, label(site, type))
        }
      }
      const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', dir], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
      if (run.error) throw run.error
      // vnu writes its report to stderr.
      const out = JSON.parse(run.stderr || run.stdout) as {
        messages: {
          type: string
          subType?: string
          url?: string
          lastLine?: number
          message: string
          extract?: string
        }[]
      }
      const errors = out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
      const report = grouped(
        errors.map((m) => {
          const file = m.url ? fileURLToPath(m.url) : ''
          return {
            site: `${origin.get(file) ?? file}:${m.lastLine ?? ''}`,
            problem: `${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`,
          }
        }),
        3,
      )
      expect(origin.size).toBe(ONE_PER_FAMILY.length * pageTypes.length)
      expect(errors.length, `Nu HTML Checker errors:\n${report}`).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('on a 360 px wide phone', () => {
  it('home, article and documents never scroll sideways, in any theme', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    const wide: string[] = []
    for (const site of fx.fixtures().sites) {
      const base = await fx.serve(site)
      for (const type of ['home', 'article', 'van-ban list'].map(byName)) {
        await page.goto(base + type.path, { waitUntil: 'load' })
        const { width, culprits } = await page.evaluate(() => {
          const width = document.scrollingElement!.scrollWidth
          // The widest elements that stick out, to name the culprit.
          const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 3)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)} px)`,
            )
          return { width, culprits }
        })
        if (width > 360) wide.push(`${label(site, type)}: scrollWidth ${width} px; ${culprits.join(', ')}`)
      }
    }
    await context.close()
    expect(wide, wide.join('\n')).toEqual([])
  }, 600_000)
})

describe('the article page', () => {
  /**
   * Bytes on the wire for a first visit with an empty cache: the sum of the response bodies of
   * every request but images (HTML, CSS, JS, and fonts or JSON if any), as the server sends them
   * (gzip, like production's `compression` middleware), HTTP headers not counted.
   */
  it(`weighs at most ${ARTICLE_BUDGET / 1024} KiB without images (gzipped HTML + CSS + JS), in every theme`, async () => {
    const over: string[] = []
    const lines: string[] = []
    for (const site of fx.fixtures().sites) {
      const context = await newContext(PHONE)
      const page = await context.newPage()
      const requests: Request[] = []
      page.on('requestfinished', (r) => requests.push(r))
      await page.goto((await fx.serve(site)) + byName('article').path, { waitUntil: 'networkidle' })
      let total = 0
      const parts: string[] = []
      for (const r of requests) {
        if (r.resourceType() === 'image') continue
        const response = await r.response()
        const { responseBodySize } = await r.sizes()
        total += responseBodySize
        parts.push(
          `${r.resourceType()} ${new URL(r.url()).pathname} ${(responseBodySize / 1024).toFixed(1)} KiB${(await response?.headerValue('content-encoding')) === 'gzip' ? ' gz' : ''}`,
        )
      }
      await context.close()
      lines.push(`${label(site, 'article')}: ${(total / 1024).toFixed(1)} KiB (${parts.join(', ')})`)
      if (total > ARTICLE_BUDGET) over.push(lines.at(-1)!)
    }
    console.log(`[site-quality] article weight without images:\n${lines.join('\n')}`)
    expect(over, over.join('\n')).toEqual([])
  }, 600_000)

  it('gives every image width and height, every site image a srcset, and lazy loading below the fold', async () => {
    const problems: string[] = []
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      for (const site of fx.fixtures().sites) {
        await page.goto((await fx.serve(site)) + byName('article').path, { waitUntil: 'load' })
        const images = await page.evaluate(() =>
          [...document.images].map((img) => ({
            src: img.getAttribute('src') ?? '',
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            srcset: img.getAttribute('srcset'),
            loading: img.getAttribute('loading'),
            top: img.getBoundingClientRect().top + window.scrollY,
            visible: img.getClientRects().length > 0,
          })),
        )
        if (!images.some((i) => i.src.startsWith('/media/')))
          problems.push(`${label(site, 'article')}: no content image at all (the fixture article has a cover)`)
        // Related posts' pictures sit below the fold on a phone: the lazy-loading check is not empty.
        if (viewport === PHONE && !images.some((i) => i.visible && i.top >= viewport.height))
          problems.push(`${label(site, 'article')} @360px: no image below the fold to check`)
        for (const img of images) {
          const where = `${label(site, 'article')} @${viewport.width}px <img src="${img.src}">`
          if (!img.width || !img.height) problems.push(`${where}: no width/height attribute`)
          // Site images come in WebP sizes; the external trust badge is a fixed-size badge.
          if (img.src.startsWith('/') && !img.srcset) problems.push(`${where}: no srcset`)
          if (img.visible && img.top >= viewport.height && img.loading !== 'lazy')
            problems.push(`${where}: below the fold (top ${Math.round(img.top)} px) but loading="${img.loading}"`)
        }
      }
      await context.close()
    }
    expect(problems, problems.join('\n')).toEqual([])
  }, 600_000)
})

describe('search on /tim-kiem/', () => {
  const search = async (page: Page, query: string) => {
    const input = page.locator('#tu-khoa')
    await input.fill(query)
    await input.press('Enter')
    await page
      .locator('#trang-thai-tim-kiem')
      .filter({ hasText: /Tìm thấy|Không tìm thấy/ })
      .waitFor({ timeout: 10_000 })
    return page.locator('#ket-qua-tim-kiem li a').allInnerTexts()
  }

  it('finds "Thông báo" titles for "thong bao", and both "Hoà" and "Hòa" for "hoa", in each layout family', async () => {
    const context = await newContext()
    const page = await context.newPage()
    for (const n of ONE_PER_FAMILY) {
      const site = fx.site(n)
      const base = await fx.serve(site)
      await page.goto(`${base}/tim-kiem/`, { waitUntil: 'load' })
      const index = (await (await page.request.get(`${base}/search-index.json`)).json()) as { title: string }[]
      const notices = index.map((i) => i.title).filter((t) => t.normalize('NFC').includes('Thông báo'))
      expect(
        notices.length,
        'the index holds the fixture notice and the demo "Thông báo" documents',
      ).toBeGreaterThanOrEqual(2)

      const found = await search(page, 'thong bao')
      for (const title of notices)
        expect(
          found.some((f) => f.includes(title)),
          `${label(site, 'tim-kiem')}: "thong bao" misses "${title}"; got ${JSON.stringify(found.slice(0, 10))}`,
        ).toBe(true)
      // The phrase in a title ranks first.
      expect(found[0]!.normalize('NFC').toLocaleLowerCase('vi'), label(site, 'tim-kiem')).toContain('thông báo')

      const hoa = await search(page, 'hoa')
      const both = [FIXTURE_POSTS.hoaOld.title, FIXTURE_POSTS.hoaNew.title]
      for (const title of both)
        expect(
          hoa.some((f) => f.normalize('NFC').includes(title)),
          `${label(site, 'tim-kiem')}: "hoa" misses "${title}"; got ${JSON.stringify(hoa.slice(0, 10))}`,
        ).toBe(true)
      // Either spelling typed finds the other; so does the decomposed (NFD) form.
      for (const query of ['Hoà Bình', 'Hòa Bình', 'Hòa Bình'.normalize('NFD')]) {
        expect(
          (await search(page, query)).some((f) => f.includes(FIXTURE_POSTS.hoaOld.title)),
          `${label(site, 'tim-kiem')}: "${query}"`,
        ).toBe(true)
      }
      // The query stays in the address, so a result list can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe('Hòa Bình'.normalize('NFD'))
    }
    await context.close()
  }, 300_000)
})

describe('the question form on /hoi-dap/', () => {
  const fill = async (page: Page) => {
    await page.locator('#askerName').fill('Nguyễn Thị Lan')
    await page.locator('#askerContact').fill('0912 345 678')
    await page.locator('#question').fill('Xin hỏi thủ tục đăng ký khai sinh cho con cần những giấy tờ gì?')
  }
  const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

  it('asks for consent (unticked, required), then shows the server’s message or its field errors', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    for (const n of ONE_PER_FAMILY) {
      const site = fx.site(n)
      const where = label(site, 'hoi-dap')
      const sent: unknown[] = []
      let reply: { status: number; body: unknown } = {
        status: 201,
        body: { message: 'Đã gửi câu hỏi. Ban biên tập sẽ trả lời trong 7 ngày làm việc.' },
      }
      await page.route('**/api/questions/submit', async (route) => {
        sent.push(route.request().postDataJSON())
        await route.fulfill({ status: reply.status, contentType: 'application/json', body: JSON.stringify(reply.body) })
      })
      await page.goto(`${await fx.serve(site)}/hoi-dap/`, { waitUntil: 'load' })
      const consent = page.locator('#consent')
      expect(await consent.isChecked(), where).toBe(false)
      expect(await consent.evaluate((el: HTMLInputElement) => el.required), where).toBe(true)
      expect(await page.getByRole('checkbox', { name: /đồng ý/i }).count(), `${where}: the checkbox has a label`).toBe(
        1,
      )

      // Without consent: a Vietnamese error next to the box, nothing sent.
      await fill(page)
      await page.getByRole('button', { name: /Gửi/ }).click()
      const consentError = page.locator('#loi-consent')
      await expect.poll(() => consentError.innerText(), { timeout: 5000, message: where }).toMatch(VIETNAMESE)
      expect(await consent.getAttribute('aria-invalid'), where).toBe('true')
      expect(await consent.getAttribute('aria-describedby'), where).toContain('loi-consent')
      expect(sent, `${where}: sent without consent`).toEqual([])

      // With consent: the server's message (stubbed 201).
      await consent.check()
      await page.getByRole('button', { name: /Gửi/ }).click()
      await expect
        .poll(() => page.locator('#trang-thai-hoi-dap').innerText(), { timeout: 5000, message: where })
        .toBe((reply.body as { message: string }).message)
      expect(sent, where).toEqual([
        {
          commune: site.slug,
          askerName: 'Nguyễn Thị Lan',
          askerContact: '0912 345 678',
          question: 'Xin hỏi thủ tục đăng ký khai sinh cho con cần những giấy tờ gì?',
          consent: true,
        },
      ])
      expect(await consent.isChecked(), `${where}: the form is cleared after sending`).toBe(false)

      // A 400 with field errors: the message shows next to that field.
      const message = 'Liên hệ: số điện thoại này không hợp lệ.'
      reply = { status: 400, body: { errors: [{ field: 'askerContact', message }] } }
      await fill(page)
      await consent.check()
      await page.getByRole('button', { name: /Gửi/ }).click()
      const contactError = page.locator('#loi-askerContact')
      await expect.poll(() => contactError.innerText(), { timeout: 5000, message: where }).toBe(message)
      const contact = page.locator('#askerContact')
      expect(await contact.getAttribute('aria-invalid'), where).toBe('true')
      expect(await contact.getAttribute('aria-describedby'), where).toContain('loi-askerContact')
      expect(
        await contactError.evaluate((el) =>
          el.closest('.form__field')?.contains(document.getElementById('askerContact')),
        ),
        `${where}: error in the field's own block`,
      ).toBe(true)
      expect(await contactError.isVisible(), where).toBe(true)
      await page.unroute('**/api/questions/submit')
    }
    await context.close()
  }, 300_000)
})
