import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failingPage } from '../../sites/generate'
import { SiteBuilder } from '../../sites/builder'
import type { SiteSnapshot } from '../../contract/snapshot'

/**
 * The warm site builder on its own: real Astro builds in one long-lived child process, fed
 * sample snapshots (demo/sample-snapshot.ts).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let work: string
let sample: string
let builder: SiteBuilder
let slug: string

/** A snapshot folder holding the sample commune, changed by `edit`. */
const snapshotDir = (name: string, edit: (snap: SiteSnapshot) => void = () => {}) => {
  const dir = path.join(work, `snap-${name}`)
  fs.mkdirSync(dir)
  const snap = JSON.parse(fs.readFileSync(path.join(sample, `${slug}.json`), 'utf8')) as SiteSnapshot
  edit(snap)
  fs.writeFileSync(path.join(dir, `${slug}.json`), JSON.stringify(snap))
  return dir
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-builder-'))
  sample = path.join(work, 'sample')
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'demo/sample-snapshot.ts'), sample], {
    cwd: root,
    stdio: 'pipe',
  })
  slug = fs
    .readdirSync(sample)
    .find((f) => f.endsWith('.json') && !f.startsWith('_'))!
    .replace(/\.json$/, '')
  builder = new SiteBuilder(work)
}, 120_000)

afterAll(async () => {
  await builder?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('the warm site builder', () => {
  it('builds each request from its own snapshot, never from a previous build’s content', async () => {
    for (const title of ['Tiêu đề thứ nhất', 'Tiêu đề thứ hai']) {
      const out = path.join(work, `out-${title.length}-${title.at(-1)}`)
      const result = await builder.build(
        snapshotDir(title.replace(/\s/g, '-'), (s) => {
          s.settings.siteTitle = title
        }),
        out,
      )
      expect(result, result.error).toEqual({ ok: true, error: undefined })
      expect(fs.readFileSync(path.join(out, slug, 'index.html'), 'utf8')).toContain(title)
    }
  })

  it('a page that cannot be rendered fails the build naming the page', async () => {
    const result = await builder.build(
      snapshotDir('broken', (s) => {
        // Not a list of authors: the build of this snapshot must fail.
        Object.assign(s.posts[0]!, { authors: 5 })
      }),
      path.join(work, 'out-broken'),
    )
    expect(result.ok).toBe(false)
    expect(failingPage(result.error!)).toMatch(new RegExp(`^/${slug}/`))
  })

  it('a builder process that dies fails that build only; the next build gets a fresh one', async () => {
    const pending = builder.build(snapshotDir('killed'), path.join(work, 'out-killed'))
    // The builder is warm (earlier tests): kill its process while it works, as the OOM killer would.
    await new Promise((resolve) => setTimeout(resolve, 200))
    ;(builder as unknown as { child: { kill: (signal: string) => void } }).child.kill('SIGKILL')
    const killed = await pending
    expect(killed.ok).toBe(false)
    expect(killed.error).toContain('died')
    const again = await builder.build(snapshotDir('after-kill'), path.join(work, 'out-after-kill'))
    expect(again.ok, again.error).toBe(true)
  })
})
