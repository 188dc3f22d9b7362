import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir, secureDataDir } from './data-dir'
import { isMongoUri } from './database-uri'

/** How long start-up waits for an unreachable MongoDB before it fails with a clear message. */
export const MONGO_CONNECT_TIMEOUT_MS = 4000

export const migrationDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../migrations')

/**
 * SQLite in DATA_DIR by default (zero set-up); MongoDB when DATABASE_URI is a mongodb URI.
 * Schema push is off everywhere: the committed migrations are the schema.
 */
export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (uri && isMongoUri(uri))
    return mongooseAdapter({
      url: uri,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
        connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
      },
    })
  if (uri && !uri.startsWith('file:'))
    throw new Error(`DATABASE_URI must be a mongodb:// URI or a file: URL, got "${uri.split(':')[0]}:..."`)
  const file = uri
    ? decodeURIComponent(uri.replace(/^file:(\/\/)?/, '').split('?')[0]!)
    : path.join(dataDir(), 'commune-sites.db')
  secureDataDir(path.resolve(file))
  return sqliteAdapter({
    client: { url: uri || `file:${file}` },
    push: false,
    migrationDir,
    // The server and separate build workers (npm run worker) share the file: WAL lets readers
    // run beside a writer, and a writer waits for the lock instead of failing with SQLITE_BUSY.
    // synchronous=NORMAL: in WAL mode a commit no longer waits for the disk (fsync at each
    // checkpoint instead); the file stays consistent after a crash, and only a power loss can
    // drop the last commits. Every write outside a batch was paying an fsync.
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 10_000,
  })
}

/**
 * Refreshes SQLite's table statistics (a full ANALYZE: 2.1 s on a 965 MB file with 156,000
 * posts). Without them SQLite picks a poor index for the admin's draft lists once a commune has
 * thousands of posts (p95 ~150 ms instead of ~15 ms). Not sampled (`analysis_limit`): a sample
 * of 1,000 rows takes a two-valued column such as the versions' `latest` for a selective one,
 * and "Việc của tôi" then read every version of every commune through it (750 ms per count
 * instead of 5 ms). Run at start and after bulk imports; nothing to do on MongoDB.
 */
type SqlClient = { execute: (sql: string) => Promise<{ rows: ArrayLike<Record<string, unknown>> }> }
const sqliteClient = (db: unknown): SqlClient | null =>
  isMongoUri(process.env.DATABASE_URI) ? null : ((db as { client?: SqlClient }).client ?? null)

export const refreshDatabaseStatistics = async (db: unknown): Promise<void> => {
  const client = sqliteClient(db)
  if (!client) return
  await client.execute('PRAGMA analysis_limit = 0')
  await client.execute('ANALYZE')
}

/** The database's size in pages, as this connection sees it (other processes' writes included). */
const pageCount = async (client: SqlClient): Promise<number> =>
  Number(Object.values((await client.execute('PRAGMA page_count')).rows[0] ?? {})[0] ?? 0)

/** How much the database must grow after an ANALYZE before the next one. */
const GROWTH_FOR_ANALYZE = 1.25

/**
 * Keeps the statistics current while a server runs: every `everyMs`, when the database has
 * grown by a quarter since the last ANALYZE (a bulk import, a province's first months), a full
 * ANALYZE again. SQLite reads statistics when a connection opens, so an ANALYZE another process
 * ran (`npm run seed`, an import script) never reaches a running server's connection: its own
 * must run. Returns a function that stops it.
 */
export const keepDatabaseStatistics = (
  db: unknown,
  { everyMs = 60_000, log }: { everyMs?: number; log: (line: string) => void },
): (() => void) => {
  const client = sqliteClient(db)
  if (!client) return () => undefined
  let analyzedAt: number | null = null
  let running = false
  const check = async () => {
    if (running) return
    running = true
    try {
      const pages = await pageCount(client)
      analyzedAt ??= pages
      if (pages < analyzedAt * GROWTH_FOR_ANALYZE) return
      const started = Date.now()
      await refreshDatabaseStatistics(db)
      analyzedAt = pages
      log(`Database statistics refreshed (${pages} pages) in ${Date.now() - started} ms.`)
    } catch (err) {
      log(`Refreshing database statistics failed: ${(err as Error).message}`)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void check(), everyMs)
  timer.unref()
  void check()
  return () => clearInterval(timer)
}
