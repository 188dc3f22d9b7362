import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'

/**
 * Lane b's server starts from a copy of lane a's freshly seeded data folder (vitest.config.ts): lane
 * a shares it once its server is up, lane b waits for it.
 */
const READY = 'ready'
const FAILED = 'failed'

/**
 * Each commune's live build, copied with its `current` link; a build folder without one (work in
 * progress) is left out: the server builds what it lacks.
 */
const copyLiveSites = (from: string, to: string) => {
  if (!fs.existsSync(from)) return
  for (const slug of fs.readdirSync(from)) {
    try {
      const link = fs.readlinkSync(path.join(from, slug, 'current'))
      fs.cpSync(path.join(from, slug, link), path.join(to, slug, link), { recursive: true })
      fs.symlinkSync(link, path.join(to, slug, 'current'))
    } catch {
      fs.rmSync(path.join(to, slug), { recursive: true, force: true })
    }
  }
}

/**
 * Lane a, once its server is up: a consistent copy of the seeded database (VACUUM INTO, safe
 * while the server runs), the secret, the demo credentials, the media and the built sites into
 * `shareDir`, then the ready mark lane b waits for.
 */
export const shareSeededData = async (dataDir: string, shareDir: string): Promise<void> => {
  const snapshot = path.join(shareDir, 'data')
  fs.rmSync(snapshot, { recursive: true, force: true })
  fs.mkdirSync(snapshot, { recursive: true, mode: 0o700 })
  const db = createClient({ url: `file:${path.join(dataDir, 'commune-sites.db')}` })
  try {
    await db.execute({ sql: 'VACUUM INTO ?', args: [path.join(snapshot, 'commune-sites.db')] })
  } finally {
    db.close()
  }
  for (const file of ['.payload-secret', 'demo-credentials.json'])
    fs.copyFileSync(path.join(dataDir, file), path.join(snapshot, file))
  if (fs.existsSync(path.join(dataDir, 'media')))
    fs.cpSync(path.join(dataDir, 'media'), path.join(snapshot, 'media'), { recursive: true })
  copyLiveSites(path.join(dataDir, 'sites'), path.join(snapshot, 'sites'))
  fs.writeFileSync(path.join(shareDir, READY), '')
}

/** Lane a could not seed: lane b stops waiting and fails with it. */
export const shareFailed = (shareDir: string, error: unknown): void => {
  fs.mkdirSync(shareDir, { recursive: true })
  fs.writeFileSync(path.join(shareDir, FAILED), String((error as Error)?.message ?? error))
}

/** Lane b: waits for lane a's seeded data (up to `timeoutMs`), then copies it into `dataDir`. */
export const copySeededData = async (shareDir: string, dataDir: string, timeoutMs = 1_200_000): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (!fs.existsSync(path.join(shareDir, READY))) {
    if (fs.existsSync(path.join(shareDir, FAILED)))
      throw new Error(`lane a could not seed: ${fs.readFileSync(path.join(shareDir, FAILED), 'utf8')}`)
    if (Date.now() > until) throw new Error(`lane a's seeded data not ready in ${timeoutMs / 1000} s (${shareDir})`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  fs.cpSync(path.join(shareDir, 'data'), dataDir, { recursive: true, verbatimSymlinks: true })
}
