import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * A Payload instance on its own fresh data folder, in this test process (the Local API door).
 * DATABASE_URI may point it at MongoDB. The config reads DATA_DIR when first imported, so the
 * environment is set before the dynamic import.
 */
export const startLocalPayload = async ({ databaseUri }: { databaseUri?: string } = {}) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-local-'))
  process.env.DATA_DIR = dataDir
  process.env.JOBS_AUTORUN = 'false'
  // A MongoDB test database is emptied on connect, so a crashed earlier run leaves no trace.
  if (databaseUri) Object.assign(process.env, { DATABASE_URI: databaseUri, PAYLOAD_DROP_DATABASE: 'true' })
  else delete process.env.DATABASE_URI
  const { bootPayload } = await import('../../cms/boot')
  const payload: Payload = await bootPayload()
  return {
    payload,
    dataDir,
    stop: async () => {
      // The MongoDB test database is dropped so every run starts empty.
      if (databaseUri)
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
