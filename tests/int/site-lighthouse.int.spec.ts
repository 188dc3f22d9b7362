/**
 * Lighthouse (mobile) on the theme fixture sites (tests/support/site-fixtures.ts): home, article
 * and documents of three layout families, each site served at the root of its own loopback port
 * with gzip and the production CSP. Lighthouse's performance score suffers from a busy CPU, so
 * this file is the `lighthouse` project, which `npm test` runs alone after everything else.
 *
 *   npm exec -- vitest run --project lighthouse
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser } from '../../scripts/lib/browser'
import { discoverPageTypes, setUpSiteFixtures, type FixtureSite, type PageType } from '../support/site-fixtures'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)

/** Lighthouse: three families (portal, magazine, civic), three schemes. */
const LIGHTHOUSE_THEMES = [7, 13, 24]
const LIGHTHOUSE_PAGES = ['home', 'article', 'van-ban list'] as const
const PERFORMANCE_TARGET = 95

const fx = setUpSiteFixtures({ themes: LIGHTHOUSE_THEMES })
let pageTypes: PageType[]
/** The full version (the user agent says only 156.0.0.0): the same /usr/bin/chromium. */
let chromium = ''

beforeAll(async () => {
  pageTypes = discoverPageTypes(fx.site(LIGHTHOUSE_THEMES[0]!).dir)
  const browser = await launchBrowser()
  chromium = browser.version()
  await browser.close()
}, 120_000)

const byName = (name: string): PageType => {
  const p = pageTypes.find((t) => t.name === name)
  if (!p) throw new Error(`no page type "${name}"`)
  return p
}

type LighthouseRun = {
  theme: string
  page: string
  url: string
  performance: number
  accessibility: number
  seo: number
  bestPractices: number
  /** Performance of each of the runs; the reported run is the median one (see lighthousePage). */
  performanceRuns: number[]
  /** Accessibility and SEO of each of the runs: every run must score 100. */
  accessibilityRuns: number[]
  seoRuns: number[]
  metrics: Record<string, string>
  /** Audits below a full score in the reported run, with the elements named. */
  failing: string[]
}
const LIGHTHOUSE_RUNS = 3

type Lighthouse = typeof import('lighthouse').default
type Lhr = NonNullable<Awaited<ReturnType<Lighthouse>>>['lhr']
const LIGHTHOUSE_METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]

/** The audits below a full score that count towards a category, with the elements named. */
const failingAudits = (lhr: Lhr): string[] =>
  Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable',
    )
    .map((a) => {
      const items = (
        (a.details as { items?: { node?: { selector?: string; explanation?: string } }[] } | undefined)?.items ?? []
      ).filter((it) => it.node?.selector)
      const nodes = [...new Set(items.map((it) => it.node!.selector!))].slice(0, 3)
      return `${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}${nodes.length ? `: ${nodes.join(' | ')}` : ''}${items[0]?.node?.explanation ? ` — ${items[0].node.explanation.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`
    })

/** One Lighthouse run of one page of a fixture site. */
const lighthouseOnce = async (
  lighthouse: Lighthouse,
  port: number,
  site: FixtureSite,
  name: (typeof LIGHTHOUSE_PAGES)[number],
): Promise<LighthouseRun> => {
  const url = (await fx.serve(site)) + byName(name).path
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'seo', 'best-practices'],
    // No request leaves the machine (the footer's trust badge is on tinnhiemmang.vn).
    blockedUrlPatterns: ['*tinnhiemmang.vn*'],
    disableFullPageScreenshot: true,
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const lhr = result.lhr
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    theme: site.theme.slug,
    page: name,
    url: byName(name).path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    seo: score('seo'),
    bestPractices: score('best-practices'),
    performanceRuns: [],
    accessibilityRuns: [],
    seoRuns: [],
    metrics: Object.fromEntries(LIGHTHOUSE_METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? ''])),
    failing: failingAudits(lhr),
  }
}

/**
 * One page, judged on the median performance of LIGHTHOUSE_RUNS (3) runs, as Lighthouse's docs
 * advise: one run on a busy 2-core machine varies by several points. When the first two runs are
 * on the same side of the target, the median of three is on that side too whatever the third
 * gives, so the third run is made only when they disagree; the reported run is then the lower of
 * the two (the median of three would be at least as high). Accessibility and SEO count in every
 * run made, not only in the reported one.
 */
const lighthousePage = async (
  lighthouse: Lighthouse,
  port: number,
  site: FixtureSite,
  name: (typeof LIGHTHOUSE_PAGES)[number],
): Promise<LighthouseRun> => {
  const results: LighthouseRun[] = []
  const passes = (r: LighthouseRun) => r.performance >= PERFORMANCE_TARGET
  while (results.length < LIGHTHOUSE_RUNS) {
    results.push(await lighthouseOnce(lighthouse, port, site, name))
    if (results.length === 2 && passes(results[0]!) === passes(results[1]!)) break
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance)
  const reported = results.length === LIGHTHOUSE_RUNS ? sorted[1]! : sorted[0]!
  return {
    ...reported,
    performanceRuns: results.map((r) => r.performance),
    accessibilityRuns: results.map((r) => r.accessibility),
    seoRuns: results.map((r) => r.seo),
  }
}

/** Every page of LIGHTHOUSE_PAGES in every theme of LIGHTHOUSE_THEMES. */
const lighthouseAll = async (): Promise<LighthouseRun[]> => {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS })
  const runs: LighthouseRun[] = []
  try {
    for (const n of LIGHTHOUSE_THEMES)
      for (const name of LIGHTHOUSE_PAGES) runs.push(await lighthousePage(lighthouse, chrome.port, fx.site(n), name))
  } finally {
    await chrome.kill()
  }
  return runs
}

/** Writes bench/lighthouse.json and returns the runs as a table. */
const reportLighthouse = (runs: LighthouseRun[]): string => {
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
  const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version
  fs.writeFileSync(
    path.join(root, 'bench/lighthouse.json'),
    `${JSON.stringify({ date: new Date().toISOString(), chromium, lighthouse: lighthouseVersion, formFactor: 'mobile', throttling: 'simulated (Lighthouse default)', runsPerPage: `median of ${LIGHTHOUSE_RUNS}; 2 when the first two agree on performance ≥ ${PERFORMANCE_TARGET}`, runs }, null, 2)}\n`,
  )
  const table = runs
    .map(
      (r) =>
        `${r.theme.padEnd(30)} ${r.page.padEnd(13)} perf ${r.performance} (${r.performanceRuns.join('/')}) a11y ${r.accessibilityRuns.join('/')} seo ${r.seoRuns.join('/')} bp ${r.bestPractices}${r.failing.length ? `\n    below 1: ${r.failing.join('\n             ')}` : ''}`,
    )
    .join('\n')
  console.log(
    `[site-lighthouse] Lighthouse ${lighthouseVersion}, Chromium ${chromium} (bench/lighthouse.json):\n${table}`,
  )
  return table
}

describe('Lighthouse (mobile)', () => {
  /**
   * Lighthouse's default mobile run (Moto G Power emulation, simulated slow 4G and 4× CPU
   * slowdown), each page judged on the median performance of 3 runs (lighthousePage).
   */
  it('scores performance ≥ 95, accessibility 100 and SEO 100 on home, article and documents of 3 families', async () => {
    const runs = await lighthouseAll()
    const table = reportLighthouse(runs)
    expect(runs).toHaveLength(LIGHTHOUSE_THEMES.length * LIGHTHOUSE_PAGES.length)
    for (const r of runs) expect(r.performanceRuns.length, `${r.theme} ${r.page}`).toBeGreaterThanOrEqual(2)
    const bad = runs.filter(
      (r) =>
        r.performance < PERFORMANCE_TARGET ||
        r.accessibilityRuns.some((score) => score < 100) ||
        r.seoRuns.some((score) => score < 100),
    )
    expect(bad.length, `Lighthouse below target:\n${table}`).toBe(0)
  }, 1_200_000)
})
