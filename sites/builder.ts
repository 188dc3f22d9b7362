import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type BuildRequest = { id: number; snapshotDir: string; outDir: string }
type BuildResponse = { id: number; ok: boolean; error?: string; rssMb: number }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

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
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly workDir: string,
    /** Replace the child after a build that leaves it larger than this. */
    private readonly recycleAboveMb = RECYCLE_ABOVE_RSS_MB,
  ) {}

  /** Builds the snapshots in `snapshotDir` into `outDir` (which must lie inside workDir). */
  build(snapshotDir: string, outDir: string): Promise<AstroResult> {
    const run = this.queue.then(() => this.runOne(snapshotDir, outDir))
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

  private async runOne(snapshotDir: string, outDir: string): Promise<AstroResult> {
    if (this.builds >= RECYCLE_AFTER_BUILDS) await this.close()
    this.ready ??= this.start()
    await this.ready
    const child = this.child!
    const id = this.nextId++
    this.builds++
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
      child.send({ id, snapshotDir, outDir } satisfies BuildRequest)
    })
    if (reply.rssMb > this.recycleAboveMb) await this.close()
    return { ok: reply.ok, error: reply.error }
  }
}
