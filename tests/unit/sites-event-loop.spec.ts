import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SiteBuilder } from '../../sites/builder'
import { generateSites, type SnapshotSource } from '../../sites/generate'
import { turnCounter } from '../support/event-loop-turns'

/**
 * The server runs rebuilds in its own process (the build worker's batch lane). The CMS's content
 * source answers without waiting for I/O (SQLite is synchronous), so a batch's reads used to run
 * as one chain of microtasks: 1-2.7 s per batch in which the server answered nothing, not even a
 * site page or a commune's publish (issue 16). Each commune's reads must now start in a turn of
 * the event loop of its own. No Astro run: every commune is skipped once read, so nothing builds.
 */
let work: string

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-event-loop-'))
  fs.mkdirSync(path.join(work, 'media'))
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('a rebuild leaves the event loop free', () => {
  it('reads each commune of a batch in a turn of its own, with a source that never waits', async () => {
    const slugs = Array.from({ length: 40 }, (_, i) => `xa-${String(i + 1).padStart(2, '0')}`)
    const counter = turnCounter()
    const readAt = new Map<string, number>()
    const source: SnapshotSource = {
      // As the CMS's source on SQLite: answered at once, never waiting for I/O.
      load: async (slug) => {
        readAt.set(slug, counter.now())
        return { skipped: 'không có trong thử nghiệm' }
      },
      directory: async () => {
        throw new Error('the directory is not asked for')
      },
    }
    const builder = new SiteBuilder(work)
    try {
      const report = await generateSites(slugs, source, {
        sitesDir: path.join(work, 'sites'),
        mediaDir: path.join(work, 'media'),
        directory: false,
        batchSize: 20,
        builder,
        parallel: 1,
        log: () => undefined,
      })
      expect(report.skipped.sort()).toEqual(slugs)
    } finally {
      counter.stop()
      await builder.close()
    }
    expect([...readAt.keys()].sort()).toEqual(slugs)
    // Every read in a turn of its own (a batch of 20 read in one turn, before).
    expect(new Set(readAt.values()).size).toBe(slugs.length)
  })
})
