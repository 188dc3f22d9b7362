// One build renders every commune found in SITES_SNAPSHOT_DIR into <outDir>/<slug>/, plus
// <outDir>/_directory/ and the shared hashed assets in <outDir>/_astro/. See README.md.
import fs from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'astro/config'

const outDir = path.resolve(process.env.SITES_OUT_DIR || path.join(import.meta.dirname, 'dist'))

/**
 * Astro writes a dynamic route's 404 page as <slug>/404/index.html (only the top-level /404 is
 * special-cased); the server looks for <slug>/404.html at the root of each commune's site.
 * Also run by the warm builder after it renders without a build (builder-process.mjs).
 */
export const moveCommuneErrorPages = (root) => {
  let moved = 0
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue
    const from = path.join(root, entry.name, '404', 'index.html')
    if (!fs.existsSync(from)) continue
    fs.renameSync(from, path.join(root, entry.name, '404.html'))
    fs.rmSync(path.join(root, entry.name, '404'), { recursive: true, force: true })
    moved++
  }
  return moved
}

const communeErrorPages = () => ({
  name: 'commune-error-pages',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const moved = moveCommuneErrorPages(dir instanceof URL ? dir.pathname : String(dir))
      logger.info(`moved ${moved} commune 404 pages to <slug>/404.html`)
    },
  },
})

export default defineConfig({
  outDir,
  trailingSlash: 'always',
  compressHTML: true,
  build: {
    format: 'directory',
    assets: '_astro',
    // One small stylesheet, inlined: no render-blocking request on any page.
    inlineStylesheets: 'always',
    concurrency: 4,
  },
  // Scripts stay files in _astro/ (the sites' CSP forbids inline scripts).
  vite: {
    build: { assetsInlineLimit: 0 },
    // Astro imports `cookie` 2.x (its own nested copy); the copy hoisted to node_modules/ is
    // express's 0.7 (CommonJS), which the prerender chunks would pick up at run time. Bundling
    // resolves it from Astro's folder instead.
    ssr: { noExternal: ['cookie'] },
    environments: { prerender: { resolve: { noExternal: ['cookie'] } } },
  },
  devToolbar: { enabled: false },
  integrations: [communeErrorPages()],
})
