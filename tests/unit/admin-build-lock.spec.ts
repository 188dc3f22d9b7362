import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The admin build's lock (scripts/build-admin.ts): two starts never build at once, and a lock
 * left by a start killed with SIGKILL (which cannot remove it) no longer makes the next start
 * wait ten minutes before it builds.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const distDir = `.next-lock-test-${process.pid}`
const lockDir = path.join(root, 'cms', `${distDir}-build-lock`)
let tryLock: () => boolean

beforeAll(async () => {
  process.env.ADMIN_DIST_DIR = distDir
  ;({ tryLock } = await import('../../scripts/build-admin'))
})

afterAll(() => {
  fs.rmSync(lockDir, { recursive: true, force: true })
  delete process.env.ADMIN_DIST_DIR
})

/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!

describe('the admin build lock', () => {
  it('is taken once, names its owner, and is not taken again while the owner runs', () => {
    expect(tryLock()).toBe(true)
    expect(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim()).toBe(String(process.pid))
    expect(tryLock()).toBe(false)
    expect(fs.existsSync(lockDir)).toBe(true)
    fs.rmSync(lockDir, { recursive: true, force: true })
  })

  it('is taken over at once when every process named in it is gone', () => {
    fs.mkdirSync(lockDir)
    fs.writeFileSync(path.join(lockDir, 'pid'), `${deadPid()}\n${deadPid()}`)
    expect(tryLock()).toBe(false) // the orphaned lock is removed...
    expect(tryLock()).toBe(true) // ...and the next try takes it
    fs.rmSync(lockDir, { recursive: true, force: true })
  })

  it('is kept while its next build still runs, though the start that took it is gone', () => {
    // The start that took it has exited; its `next build` (played by this process) still runs.
    fs.mkdirSync(lockDir)
    fs.writeFileSync(path.join(lockDir, 'pid'), `${deadPid()}\n${process.pid}`)
    expect(tryLock()).toBe(false)
    expect(tryLock()).toBe(false)
    fs.rmSync(lockDir, { recursive: true, force: true })
  })

  it('without an owner yet (between mkdir and write) is left alone while young', () => {
    fs.mkdirSync(lockDir)
    expect(tryLock()).toBe(false)
    expect(fs.existsSync(lockDir)).toBe(true)
    const old = (Date.now() - 60_000) / 1000
    fs.utimesSync(lockDir, old, old)
    expect(tryLock()).toBe(false)
    expect(tryLock()).toBe(true)
    fs.rmSync(lockDir, { recursive: true, force: true })
  })
})

describe('the admin build progress', () => {
  it('names the step Next has reached, from the lines it prints', async () => {
    const { phaseOf } = await import('../../scripts/build-admin')
    const steps = [
      '▲ Next.js 16.4.5 (Turbopack)\n  Creating an optimized production build ...\n',
      '✓ Compiled successfully in 35.5s\n',
      '  Collecting page data using 1 worker ...\n',
      '  Generating static pages using 1 worker (1/4) \n',
      '  Finalizing page optimization ...\n',
    ]
    const seen = steps.map((_, i) => phaseOf(steps.slice(0, i + 1).join('')))
    expect(seen).toEqual(['compiling', 'compiled', 'collecting page data', 'rendering its static pages', 'finishing'])
  })
})
