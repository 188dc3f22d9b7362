import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { requestSiteBuilds } from '../../cms/features/publishing/queue'
import { BATCH_QUEUE, SITE_QUEUE } from '../../cms/features/publishing/tasks'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { sharedPayload, waitFor } from '../support/shared-payload'
import { DIRECTORY_SITE } from '../../contract/snapshot'
import { serverLog } from '../support/server-log'

/**
 * Build workers as separate processes (`npm run worker`) sharing the test server's database and
 * sites folder with the server's own worker.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let payload: Payload
const workers: { child: ChildProcess; log: () => string }[] = []

const startWorker = async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/worker.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: inject('dataDir'),
      PORT: String(inject('port')),
      MATOMO_URL: inject('matomoUrl'),
      JOBS_AUTORUN: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  const worker = { child, log: () => output }
  workers.push(worker)
  await waitFor('the worker to start', async () => output.includes('Build worker') || child.exitCode !== null, 120_000)
  expect(child.exitCode, output).toBeNull()
  return worker
}

type Build = { worker: string; start: number; end: number; sites: string[] }

/** The builds a log reports: `site-build start|end worker=… at=… sites=…` lines, paired. */
const buildsIn = (log: string): Build[] => {
  const builds: Build[] = []
  const open = new Map<string, { start: number; sites: string[] }>()
  // Colour codes are stripped first: one may end the sites list.
  for (const m of stripVTControlCharacters(log).matchAll(/site-build (start|end) worker=(\S+) at=(\d+) sites=(\S+)/g)) {
    const [, kind, worker, at, sites] = m
    if (kind === 'start') open.set(worker!, { start: Number(at), sites: sites!.split(',') })
    else {
      const started = open.get(worker!)
      if (started) builds.push({ worker: worker!, start: started.start, end: Number(at), sites: started.sites })
      open.delete(worker!)
    }
  }
  return builds
}

const queueEmpty = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { in: [SITE_QUEUE, BATCH_QUEUE] } }, { completedAt: { exists: false } }] },
      limit: 0,
      depth: 0,
    })
  ).totalDocs === 0

beforeAll(async () => {
  payload = await sharedPayload()
}, 120_000)

afterAll(async () => {
  for (const { child } of workers) if (child.exitCode === null) child.kill('SIGKILL')
  await payload?.destroy()
})

describe('several build workers', () => {
  // The test waits up to 300 s for the queue: its own time limit must not be shorter.
  it('split a rebuild of every site between them and never build one commune twice at once', {
    timeout: 360_000,
  }, async () => {
    const started = Date.now()
    const [w1, w2] = [await startWorker(), await startWorker()]
    const { token } = await loginAs('province-admin')
    for (let i = 0; i < 2; i++)
      expect((await rest('POST', '/api/communes/rebuild', { token, body: { scope: 'all' } })).status).toBe(200)
    await waitFor('the queue to empty', queueEmpty, 300_000)

    const perWorker = [w1!.log(), w2!.log(), serverLog()].map(buildsIn)
    expect(perWorker[0]!.length, w1!.log()).toBeGreaterThan(0)
    expect(perWorker[1]!.length, w2!.log()).toBeGreaterThan(0)
    const builds = perWorker.flat().filter((b) => b.start >= started)
    const bySite = new Map<string, Build[]>()
    for (const b of builds) for (const site of b.sites) bySite.set(site, [...(bySite.get(site) ?? []), b])
    const live = await payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      limit: 0,
      depth: 0,
      select: { slug: true },
    })
    // Every site was rebuilt, and no two builds of one site overlapped in time.
    for (const c of live.docs) expect(bySite.has(c.slug!), c.slug!).toBe(true)
    for (const [site, list] of bySite) {
      const sorted = [...list].sort((a, b) => a.start - b.start)
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]!.start, `${site} built twice at once`).toBeGreaterThanOrEqual(sorted[i - 1]!.end)
    }
    for (const w of [w1!, w2!]) {
      const exited = new Promise((resolve) => w.child.once('exit', resolve))
      w.child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })

  // The test waits up to 300 s twice for the queue: its own time limit must not be shorter.
  it('a worker killed in the middle of a build leaves every site live, and its job is built again', {
    timeout: 720_000,
  }, async () => {
    await waitFor('the queue to empty', queueEmpty, 300_000)
    const victim = await startWorker()
    const live = await payload.find({
      collection: 'communes',
      where: { status: { equals: 'live' } },
      limit: 0,
      depth: 0,
      select: { slug: true },
    })
    // Queued from here, not through the server: the server's worker is not woken first.
    await requestSiteBuilds(payload, [...live.docs.map((c) => c.id), DIRECTORY_SITE], { force: true })
    const build = await waitFor('the worker to start a build', async () => buildsInProgress(victim.log()), 120_000)
    await new Promise((resolve) => setTimeout(resolve, 300))
    victim.child.kill('SIGKILL')
    const killedAt = Date.now()

    const sitesDir = path.join(inject('dataDir'), 'sites')
    for (const slug of build.sites.filter((s) => s !== DIRECTORY_SITE)) {
      expect(fs.existsSync(path.join(sitesDir, slug, 'current', 'index.html')), slug).toBe(true)
      expect((await hostGet(`${slug}.localhost`, '/')).status, slug).toBe(200)
    }
    // The server's worker notices the dead worker's job and builds those sites again.
    await waitFor('the queue to empty', queueEmpty, 300_000)
    const rebuilt = new Set(
      buildsIn(serverLog())
        .filter((b) => b.end > killedAt)
        .flatMap((b) => b.sites),
    )
    for (const slug of build.sites) expect(rebuilt.has(slug), slug).toBe(true)
    await waitFor(
      'the killed worker’s work folder to be removed',
      async () => !fs.readdirSync(sitesDir).some((n) => n.startsWith(`.work-${victim.child.pid}-`)),
    )
  })
})

/** The build a worker's log shows as started and not finished. */
const buildsInProgress = async (log: string): Promise<{ sites: string[] } | null> => {
  const starts = [...stripVTControlCharacters(log).matchAll(/site-build start worker=\S+ at=\d+ sites=(\S+)/g)]
  const ends = [...log.matchAll(/site-build end /g)]
  return starts.length > ends.length ? { sites: starts.at(-1)![1]!.split(',') } : null
}
