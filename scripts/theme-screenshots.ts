/**
 * Screenshots of the 25 themes for the docs: builds the theme fixture set (the same demo commune
 * in every theme, scripts/site-fixtures.ts), opens each site's home page in Chromium and saves
 *
 *   docs/themes/<nn>-<theme-slug>.png          1280 × 900, the top of the home page
 *   docs/themes/<nn>-<theme-slug>-mobile.png   360 × 800 (with --mobile)
 *
 *   npm exec -- tsx scripts/theme-screenshots.ts [--mobile] [--themes 1,6,11]
 *
 * Viewport shots, not full pages, so each PNG stays small (about 100–250 KB). No request leaves
 * the machine: the trust badge (an external image) is replaced by an empty one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext } from 'playwright-core'
import { launchBrowser } from './lib/browser'
import { serveSite } from './lib/static-server'
import { buildSiteFixtures } from './site-fixtures'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'docs/themes')
const args = process.argv.slice(2)
const mobile = args.includes('--mobile')
const themesArg = args.indexOf('--themes')
const themes = themesArg >= 0 ? args[themesArg + 1]!.split(',').map(Number) : undefined
const MAX_BYTES = 300 * 1024

const started = Date.now()
const set = await buildSiteFixtures({ themes, log: console.log })
const browser = await launchBrowser()
const offline = async (context: BrowserContext) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="68"/>',
    }),
  )
  return context
}
const shots: { file: string; bytes: number }[] = []
try {
  fs.mkdirSync(outDir, { recursive: true })
  const views = [
    { suffix: '', viewport: { width: 1280, height: 900 } },
    ...(mobile ? [{ suffix: '-mobile', viewport: { width: 360, height: 800 } }] : []),
  ]
  for (const view of views) {
    const context = await offline(
      await browser.newContext({ locale: 'vi-VN', viewport: view.viewport, deviceScaleFactor: 1 }),
    )
    const page = await context.newPage()
    for (const site of set.sites) {
      const server = await serveSite(site.dir)
      try {
        await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
        // Lazy images in view and web fonts (if any) settled, no caret or animation mid-way.
        await page.evaluate(() => document.fonts.ready)
        const file = path.join(outDir, `${String(site.number).padStart(2, '0')}-${site.theme.slug}${view.suffix}.png`)
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' })
        const bytes = fs.statSync(file).size
        shots.push({ file, bytes })
        console.log(`${path.relative(root, file)}  ${(bytes / 1024).toFixed(0)} KB`)
      } finally {
        await server.close()
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
  set.cleanup()
}
const big = shots.filter((s) => s.bytes > MAX_BYTES)
console.log(`${shots.length} screenshots in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
if (big.length) {
  console.error(`Over ${MAX_BYTES / 1024} KB: ${big.map((s) => path.relative(root, s.file)).join(', ')}`)
  process.exit(1)
}
