import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startMatomoStandIn, TEST_MATOMO_TOKEN } from '../../scripts/lib/matomo-stand-in'
import { freePort } from '../../scripts/lib/free-port'
import { SUITE_SEED_ENV } from '../support/suite-seed'
import { copySeededData, shareFailed, shareSeededData } from './lanes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    dataDir: string
    port: number
    matomoUrl: string
  }
}

let child: ChildProcess | undefined
let dataDir: string | undefined
let matomo: Awaited<ReturnType<typeof startMatomoStandIn>> | undefined

/**
 * Starts the real server exactly as `npm start` does, on a fresh data folder and a free port on
 * loopback, seeded with the whole province and a little demo content; stops and removes it after.
 */
export async function setup(project: TestProject) {
  // Development only: run files against a server already started by hand on a seeded data
  // folder (TEST_SERVER_URL=http://127.0.0.1:<port> TEST_SERVER_DATA_DIR=<folder>). CI never sets these.
  if (process.env.TEST_SERVER_URL && process.env.TEST_SERVER_DATA_DIR) {
    matomo = await startMatomoStandIn({ token: TEST_MATOMO_TOKEN })
    const url = new URL(process.env.TEST_SERVER_URL)
    project.provide('baseUrl', url.origin)
    project.provide('dataDir', process.env.TEST_SERVER_DATA_DIR)
    project.provide('port', Number(url.port))
    project.provide('matomoUrl', matomo.url)
    return
  }
  // Two lanes (tests/setup/lanes.ts): lane a seeds and shares; lane b starts from lane a's copy.
  const lane = process.env.MONGODB_TEST_URI ? undefined : process.env.TEST_INT_LANE
  const shareDir = process.env.TEST_INT_SHARE_DIR
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-test-'))
  const port = await freePort()
  matomo = await startMatomoStandIn({ token: TEST_MATOMO_TOKEN })
  if (lane === 'b' && shareDir) await copySeededData(shareDir, dataDir)
  try {
    await startServer(dataDir, port, matomo.url)
    if (lane === 'a' && shareDir) await shareSeededData(dataDir, shareDir)
  } catch (err) {
    if (lane === 'a' && shareDir) shareFailed(shareDir, err)
    throw err
  }
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
  project.provide('dataDir', dataDir)
  project.provide('port', port)
  project.provide('matomoUrl', matomo.url)
}

/** `npm start` on `dir` and `port`: resolves once it serves the admin (seeding an empty database first). */
const startServer = async (dir: string, port: number, matomoUrl: string) => {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
    cwd: root,
    // With MONGODB_TEST_URI the whole HTTP suite runs on MongoDB, emptied first.
    env: {
      ...process.env,
      ...(process.env.MONGODB_TEST_URI
        ? { DATABASE_URI: process.env.MONGODB_TEST_URI, PAYLOAD_DROP_DATABASE: 'true' }
        : {}),
      DATA_DIR: dir,
      MATOMO_URL: matomoUrl,
      MATOMO_TOKEN: TEST_MATOMO_TOKEN,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...SUITE_SEED_ENV,
      JOBS_AUTORUN: 'false',
      // The tests' own address plays a reverse proxy: a test may send X-Forwarded-For for a fresh
      // client address (rate-limit budgets); 127.0.0.3 is then the client no proxy vouches for.
      TRUST_PROXY: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 900 s:\n${output.join('')}`)), 900_000)
    // 900 s: seeding shares the machine with the quality checks and the other lane.
    // The whole log is kept in the data folder: tests read what the server's build worker did.
    const log = fs.createWriteStream(path.join(dir, 'server.log'))
    child!.stdout!.pipe(log)
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString())
      if (output.join('').includes('Admin: http')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child!.stdout!.on('data', onData)
    child!.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child!.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${String(code)}:\n${output.join('')}`))
    })
  })
}

export async function teardown() {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  await matomo?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}
