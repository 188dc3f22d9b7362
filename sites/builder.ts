import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `skipFile`: a JSON file of routes not to render (`{ "<slug>": ["/tin-tuc/bai/x/", …] }`, see
 * sites/src/lib/routes.ts); `skippedOut`: where the build appends the routes it skipped.
 */
export type BuildOptions = { skipFile?: string; skippedOut?: string }
type BuildRequest = { id: number; snapshotDir: string; outDir: string; warm: boolean } & BuildOptions
/** `full`: a full Astro build ran (a warm render loads no new modules; see builder-process.mjs). */
type BuildResponse = { id: number; ok: boolean; full?: boolean; error?: string; rssMb: number }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Nice value of the builders of batches (full rebuilds, new generator). */
export const BATCH_PRIORITY = 10

/** Every loaded build keeps its compiled modules in memory (ESM cannot unload them). */
const RECYCLE_AFTER_BUILDS = 25
const RECYCLE_ABOVE_RSS_MB = 1200

export type AstroResult = { ok: boolean; error?: string }

/**
 * Runs Astro builds in one warm child process (sites/builder-process.mjs), one at a time, and
 * replaces the child after many builds or when it grows large. A child that dies mid-build
 * fails that build only; the next build starts a fresh child.
 */
export class SiteBuilder {
  private child: ChildProcess | null = null
  private ready: Promise<void> | null = null
  private builds = 0
  /** Full Astro builds run so far (each compiles the bundle); warm renders are not counted. */
  compiles = 0
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly workDir: string,
    /** Replace the child after a build that leaves it larger than this. */
    private readonly recycleAboveMb = RECYCLE_ABOVE_RSS_MB,
    /**
     * The child's scheduling priority (nice, 0–19): batch builders run at BATCH_PRIORITY, so a
     * commune's publishing, built at the default priority, gets the cores first.
     */
    private readonly priority = 0,
    /**
     * Compile once, render many: after a first full build, render the pages of later builds
     * with the compiled bundle kept in the child (builder-process.mjs). False: a full Astro
     * build every time (the reference).
     */
    private readonly warm = true,
  ) {}

  /** Builds the snapshots in `snapshotDir` into `outDir` (which must lie inside workDir). */
  build(snapshotDir: string, outDir: string, options: BuildOptions = {}): Promise<AstroResult> {
    const run = this.queue.then(() => this.runOne(snapshotDir, outDir, options))
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    const child = this.child
    this.child = null
    this.ready = null
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }

  private start(): Promise<void> {
    // Server chunks resolve their packages from the build folder upwards (see builder-process).
    const link = path.join(this.workDir, 'node_modules')
    fs.mkdirSync(this.workDir, { recursive: true })
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir')
    const child = fork(path.join(root, 'sites/builder-process.mjs'), [], {
      cwd: this.workDir,
      execArgv: [],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    this.child = child
    this.builds = 0
    if (this.priority && child.pid)
      try {
        os.setPriority(child.pid, this.priority)
      } catch {
        // Not allowed here (some containers): the build runs at the default priority.
      }
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
    child.stdout!.on('data', keep)
    child.stderr!.on('data', keep)
    // Never leave a builder behind when this process ends.
    const kill = () => child.kill('SIGKILL')
    process.once('exit', kill)
    child.once('exit', () => {
      process.off('exit', kill)
      if (this.child === child) {
        this.child = null
        this.ready = null
      }
    })
    return new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.once('exit', (code) => reject(new Error(`site builder exited on start (${String(code)}): ${output}`)))
    })
  }

  private async runOne(snapshotDir: string, outDir: string, options: BuildOptions): Promise<AstroResult> {
    if (this.builds >= RECYCLE_AFTER_BUILDS) await this.close()
    this.ready ??= this.start()
    await this.ready
    const child = this.child!
    const id = this.nextId++
    const reply = await new Promise<BuildResponse>((resolve) => {
      const onMessage = (message: BuildResponse) => {
        if (message.id !== id) return
        cleanup()
        resolve(message)
      }
      const onExit = (code: number | null, signal: string | null) => {
        cleanup()
        resolve({
          id,
          ok: false,
          error: `the site builder process died during the build (${signal ?? `exit ${String(code)}`})`,
          rssMb: 0,
        })
      }
      const cleanup = () => {
        child.off('message', onMessage)
        child.off('exit', onExit)
      }
      child.on('message', onMessage)
      child.once('exit', onExit)
      child.send({ id, snapshotDir, outDir, warm: this.warm, ...options } satisfies BuildRequest)
    })
    // Each full build leaves its compiled modules loaded; a warm render adds none.
    if (reply.full !== false) {
      this.builds++
      this.compiles++
    }
    if (reply.rssMb > this.recycleAboveMb) await this.close()
    return { ok: reply.ok, error: reply.error }
  }
}
