import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/** The libsql client the SQLite adapter's Drizzle instance runs on; null on other databases. */
const sqliteClient = (payload: Payload): SqliteClient | null => {
  const client = (payload.db as unknown as { client?: SqliteClient }).client
  return payload.db.name === 'sqlite' && client ? client : null
}

/**
 * Runs `work` with its writes committed together. Payload's SQLite adapter runs without
 * transactions, so each of the hundred-odd statements of a commune's provisioning would commit
 * (and sync the write-ahead log) on its own. Here they share one write transaction on the
 * adapter's own connection, committed at the end even when `work` fails: the outcome is that
 * of the statements one by one, which provisioning's resumable steps rely on, only faster. A
 * kill before the commit loses the unit's writes, which the next run redoes.
 *
 * For command-line runs only (provisionMany): in the server, concurrent requests share the
 * connection, hence the transaction. On MongoDB, `work` runs as it is.
 */
export const commitTogether = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const client = sqliteClient(payload)
  if (!client) return work()
  await client.execute('BEGIN IMMEDIATE')
  let result: T
  try {
    result = await work()
  } catch (err) {
    // What the failing unit wrote stays, as it would without the transaction; the unit's own error is what counts.
    await client.execute('COMMIT').catch(() => undefined)
    throw err
  }
  await client.execute('COMMIT')
  return result
}
