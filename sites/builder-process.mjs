// Plain JavaScript: started without the TypeScript loader, which would add to every start.
/**
 * The warm site builder: a long-lived child process that runs Astro builds on request, so a
 * commune's rebuild pays only for bundling and rendering, not for starting Node and loading
 * Astro (about half of a cold single-commune build). Driven by sites/builder.ts over IPC.
 *
 * Its working directory is the sites data folder (which links node_modules): Astro writes the
 * server chunks it renders from next to an output folder inside the working directory, so
 * each build gets its own chunks (a fixed folder would make Node reuse the first build's
 * modules from its import cache, and would be shared by concurrent builders).
 *
 * Compile once, render many (`warm: true`): the pages read their content from
 * SITES_SNAPSHOT_DIR when they are rendered, so the bundle Astro compiles (Vite, about two
 * thirds of a one-commune build) does not depend on the content. After a first full build this
 * process keeps Astro's prerenderer (its app, with every page module loaded) and renders later
 * requests with it, through Astro's own renderPath, into the same files a build writes; the
 * client assets (_astro/) are those of the first build. Anything unexpected falls back to a
 * full build. The generator's code never changes under a running process (a new version is a
 * new server), and a full build is the reference: tests/unit/sites-incremental.spec.ts.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'astro'
import { moveCommuneErrorPages } from './astro.config.mjs'

const sitesRoot = path.dirname(fileURLToPath(import.meta.url))
const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
/** Astro's own page writer (not a public export: reached by its file). */
const astroGenerate = () => import(pathToFileURL(path.join(astroDir, 'dist/core/build/generate.js')).href)

/** Pages rendered at once, as astro.config.mjs's build.concurrency. */
const CONCURRENCY = 4

/** After a full build: Astro's prerenderer with every page loaded, and a copy of the client assets. */
let warm = null
let captured = null

/** Keeps the prerenderer Astro builds with (its teardown is left to this process). */
const keepPrerenderer = {
  name: 'commune-sites-warm-prerenderer',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) =>
      setPrerenderer((prerenderer) => {
        captured = prerenderer
        return { ...prerenderer, name: 'commune-sites-warm', teardown: async () => undefined }
      }),
  },
}

const setEnv = (message) => {
  process.env.SITES_SNAPSHOT_DIR = message.snapshotDir
  // Routes not to render (a publish reusing the unchanged pages of the live build): src/lib/reuse.ts.
  for (const [name, value] of [
    ['SITES_SKIP_FILE', message.skipFile],
    ['SITES_SKIPPED_OUT', message.skippedOut],
  ])
    if (value) process.env[name] = value
    else delete process.env[name]
}

const fullBuild = async (message) => {
  captured = null
  warm = null
  await build({
    root: sitesRoot,
    outDir: message.outDir,
    logLevel: 'warn',
    mode: 'production',
    integrations: message.warm ? [keepPrerenderer] : [],
  })
  if (!message.warm || !captured?.app) return
  // Named as a work folder of this process: removed with the others once the process is gone.
  const assets = path.join(process.cwd(), `.work-${process.pid}-warm-assets`)
  fs.rmSync(assets, { recursive: true, force: true })
  if (fs.existsSync(path.join(message.outDir, '_astro')))
    fs.cpSync(path.join(message.outDir, '_astro'), path.join(assets, '_astro'), { recursive: true })
  warm = { prerenderer: captured, assets }
}

/** Renders every page with the kept prerenderer into `outDir`, as Astro's build would. */
const warmRender = async (message) => {
  const { prerenderer, assets } = warm
  const { renderPath } = await astroGenerate()
  const options = prerenderer.app.getOptions()
  options.settings.config.outDir = pathToFileURL(`${path.resolve(message.outDir)}/`)
  // getStaticPaths again: the content is the new snapshot's.
  prerenderer.app.routeCache.clearAll()
  const paths = await prerenderer.getStaticPaths()
  const seen = new Set()
  // Written synchronously, each folder made once: in a profile of a warm render of 3,700 pages
  // the recursive mkdir and the promise round trips of open, write and close took ~20%.
  const folders = new Set()
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const { pathname, route } = paths[next++]
      const key = pathname.replace(/\/$/, '')
      if (seen.has(key) || route.type === 'fallback') continue
      seen.add(key)
      const result = await renderPath({ prerenderer, pathname, route, options, logger: options.logger })
      if (!result) continue
      const folder = fileURLToPath(result.outFolder)
      if (!folders.has(folder)) {
        fs.mkdirSync(folder, { recursive: true })
        folders.add(folder)
      }
      fs.writeFileSync(result.outFile, result.body)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  if (fs.existsSync(path.join(assets, '_astro')))
    fs.cpSync(path.join(assets, '_astro'), path.join(message.outDir, '_astro'), { recursive: true })
  moveCommuneErrorPages(message.outDir)
}

const describe = (err) => {
  const error = /** @type {Error & { loc?: { file?: string } }} */ (err)
  return [error.message, error.loc?.file, error.stack?.split('\n').slice(1, 4).join('\n')].filter(Boolean).join('\n')
}

/** Messages: BuildRequest in, BuildResponse out (types in sites/builder.ts). */
process.on('message', async (message) => {
  setEnv(message)
  let reply
  let full = !(message.warm && warm)
  try {
    if (full) await fullBuild(message)
    else
      try {
        await warmRender(message)
      } catch {
        // Whatever went wrong, a full build decides (and names the page that fails, if any).
        fs.rmSync(message.outDir, { recursive: true, force: true })
        full = true
        await fullBuild(message)
      }
    reply = { id: message.id, ok: true, full, rssMb: 0 }
  } catch (err) {
    reply = { id: message.id, ok: false, full, error: describe(err), rssMb: 0 }
  }
  reply.rssMb = Math.round(process.memoryUsage().rss / 1048576)
  process.send?.(reply)
})
// The worker that owns this builder is gone (even killed): nothing will ask for builds again.
process.on('disconnect', () => {
  if (warm) fs.rmSync(warm.assets, { recursive: true, force: true })
  process.exit(0)
})
process.send?.({ ready: true })
