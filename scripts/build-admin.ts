import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cmsDir = path.join(root, 'cms')
const distDir = process.env.ADMIN_DIST_DIR || '.next'
const stampFile = path.join(cmsDir, distDir, 'source-hash')

/** Parts of cms/ that the admin bundle never imports (server start-up, seed, migrations). */
const NOT_IN_BUNDLE = new Set(['node_modules', 'migrations', 'boot.ts', 'server.ts', 'payload-types.ts'])

const listFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_IN_BUNDLE.has(entry.name) || entry.name.startsWith('.next')) return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })

/** A hash of everything the admin bundle is built from, to rebuild only when it changed. */
export const adminSourceHash = (): string => {
  const hash = crypto.createHash('sha256')
  for (const file of [
    ...listFiles(cmsDir).sort(),
    // The contract and the themes are imported by collections and admin components too.
    ...listFiles(path.join(root, 'contract')).sort(),
    ...listFiles(path.join(root, 'themes')).sort(),
    path.join(root, 'package-lock.json'),
    path.join(root, 'tsconfig.json'),
  ]) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * Builds the Next.js admin bundle (about a minute on 2 cores) when it is missing or stale.
 * Production mode makes the admin fast for editors; the build runs once per code change.
 */
export const ensureAdminBuild = ({ force = false } = {}): void => {
  // Development only: API work needs no new admin bundle (the API runs the live Payload
  // instance's config, not the bundled one), so an existing build may be kept while iterating.
  if (!force && process.env.SKIP_ADMIN_BUILD === '1' && fs.existsSync(stampFile)) return
  const hash = adminSourceHash()
  const upToDate = () => fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash
  if (!force && upToDate()) return
  // Two processes starting at once (tests, a second terminal) must not run two Next builds.
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  while (!tryLock()) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
    if (!force && upToDate()) return
  }
  try {
    if (!force && upToDate()) return
    build(hash)
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/**
 * The same, without blocking: `npm start` serves the sites and seeds the province while the
 * admin is built. Next's output is kept and shown only if the build fails.
 */
export const adminBuildInBackground = async (log: (line: string) => void): Promise<void> => {
  if (process.env.SKIP_ADMIN_BUILD === '1' && fs.existsSync(stampFile)) return
  const hash = adminSourceHash()
  const upToDate = () => fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash
  if (upToDate()) return
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  while (!tryLock()) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    if (upToDate()) return
  }
  try {
    if (upToDate()) return
    await buildQuietly(hash, log)
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/**
 * `compile` mode: Next compiles and stops before "Collecting page data" and "Generating static
 * pages". Those load the built server code in a worker (Payload's config, every collection) to
 * find which pages can be rendered at build time; the admin has none worth it (every route
 * reads the session), and those two steps were 11-12 s of a 54 s build on 2 cores (42 s
 * without them, `next build` timed alone). The pages are rendered on request as before: the
 * same answers, the not-found page included.
 */
const NEXT_BUILD = [
  path.join(root, 'node_modules/next/dist/bin/next'),
  'build',
  cmsDir,
  '--experimental-build-mode=compile',
]
/** The first build of a distDir skips writing Turbopack's cache (see next.config.mjs); later ones keep it. */
const nextBuildEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  ADMIN_BUILD_CACHE: fs.existsSync(stampFile) ? 'on' : 'off',
})

/**
 * Nice value of the admin build of `npm start`: above whatever else the machine runs (the
 * server's own start-up), because a person waits for the login page. Raising a
 * priority needs CAP_SYS_NICE (root, as on the province's servers); without it the build runs
 * at the default priority, only later.
 */
const ADMIN_BUILD_PRIORITY = -10

const raisePriority = (pid: number | undefined, log: (line: string) => void) => {
  if (pid === undefined) return
  try {
    os.setPriority(pid, ADMIN_BUILD_PRIORITY)
  } catch {
    log('The admin build runs at normal priority (raising it needs root): the login page comes later.')
  }
}

const PROGRESS_EVERY_MS = 10_000
/** Next's steps, by the line it prints when it starts each (its output is not shown). */
const PHASES: [string, string][] = [
  ['Finalizing page optimization', 'finishing'],
  ['Generating static pages', 'rendering its static pages'],
  ['Collecting page data', 'collecting page data'],
  ['Compiled successfully', 'compiled'],
]
export const phaseOf = (output: string): string => PHASES.find(([line]) => output.includes(line))?.[1] ?? 'compiling'

const buildQuietly = async (hash: string, log: (line: string) => void): Promise<void> => {
  log('Building the admin interface (Next.js), about a minute; sites already built are served meanwhile...')
  const started = Date.now()
  const child = spawn(process.execPath, NEXT_BUILD, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: nextBuildEnv(),
  })
  // At once, before Next starts its worker threads and processes: they inherit it.
  raisePriority(child.pid, log)
  if (child.pid) fs.appendFileSync(ownerFile, `\n${child.pid}`)
  // Stopping `npm start` stops the build too, and frees the lock for the next start.
  const stop = () => {
    child.kill('SIGKILL')
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
  process.once('exit', stop)
  child.once('exit', () => process.off('exit', stop))
  let output = ''
  const progress = setInterval(
    () => log(`Admin build: ${phaseOf(output)} (${((Date.now() - started) / 1000).toFixed(0)} s elapsed).`),
    PROGRESS_EVERY_MS,
  )
  child.once('exit', () => clearInterval(progress))
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
  if (code !== 0) throw new Error(`next build failed with exit code ${String(code)}:\n${output}`)
  fs.writeFileSync(stampFile, hash)
  log(`Admin interface built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}

const lockDir = path.join(cmsDir, `${distDir}-build-lock`)
const ownerFile = path.join(lockDir, 'pid')

const running = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0) // signal 0 only checks
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether a process of the lock still runs: the one that took it, or the `next build` it
 * started (which outlives a parent killed with SIGKILL and still writes the distDir).
 */
const ownerAlive = (): boolean =>
  fs.readFileSync(ownerFile, 'utf8').split('\n').filter(Boolean).map(Number).some(running)

/**
 * mkdir is atomic; the lock names its owner. A lock whose owner is gone (a start killed with
 * SIGKILL never removes it) is taken over at once, as is one older than 10 minutes.
 */
export const tryLock = (): boolean => {
  try {
    fs.mkdirSync(lockDir)
    fs.writeFileSync(ownerFile, String(process.pid))
    return true
  } catch {
    const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0)
    let orphaned = age > 10 * 60 * 1000
    try {
      orphaned ||= !ownerAlive()
    } catch {
      // No owner written yet: another process is between its mkdir and its write. Unless the
      // lock is old (an owner killed right there), it is taken.
      orphaned ||= age > 5000
    }
    if (orphaned) fs.rmSync(lockDir, { recursive: true, force: true })
    return false
  }
}

const build = (hash: string): void => {
  console.log('Building the admin interface (Next.js), about a minute on first start...')
  const started = Date.now()
  // At the default priority, unlike `npm start`'s: in `npm test` the fixture-site checks run
  // beside it, and raised it ended sooner (255 s -> 93 s) but the integration files then shared
  // the cores with those checks for longer and the suite took as long (issue 16).
  const result = spawnSync(process.execPath, NEXT_BUILD, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: nextBuildEnv(),
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${String(result.status)}`)
  fs.writeFileSync(stampFile, hash)
  console.log(`Admin interface built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  ensureAdminBuild({ force: process.argv.includes('--force') })
