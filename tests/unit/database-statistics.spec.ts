import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { keepDatabaseStatistics } from '../../cms/runtime/database'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A real SQLite file with an indexed table, as two connections see it (the server's and another process's). */
const database = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-stats-'))
  const url = `file:${path.join(dir, 'payload.db')}`
  const server = createClient({ url })
  const other = createClient({ url })
  cleanups.push(() => {
    server.close()
    other.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  await other.execute('CREATE TABLE posts (id INTEGER PRIMARY KEY, tenant INTEGER, body TEXT)')
  await other.execute('CREATE INDEX posts_tenant ON posts (tenant)')
  return { server, other }
}

const insert = async (client: ReturnType<typeof createClient>, rows: number) => {
  const body = 'x'.repeat(500)
  await client.batch(
    Array.from({ length: rows }, (_, i) => ({
      sql: 'INSERT INTO posts (tenant, body) VALUES (?, ?)',
      args: [i % 7, body],
    })),
    'write',
  )
}

const statRows = async (client: ReturnType<typeof createClient>) => {
  const result = await client
    .execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'posts' AND idx IS NOT NULL")
    .catch(() => null)
  return result?.rows.length ? Number.parseInt(String(result.rows[0]![0]), 10) : 0
}

const until = async (what: string, ok: () => Promise<boolean>) => {
  for (let i = 0; i < 300; i++) {
    if (await ok()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${what} did not happen`)
}

describe('keepDatabaseStatistics', () => {
  it('analyses again once another process has grown the database by a quarter, and not before', async () => {
    const { server, other } = await database()
    await insert(other, 200)
    const lines: string[] = []
    const stop = keepDatabaseStatistics({ client: server }, { everyMs: 20, log: (line) => lines.push(line) })
    cleanups.push(stop)
    // The first look only notes the size; a few more rows are no reason to analyse.
    await new Promise((resolve) => setTimeout(resolve, 150))
    await insert(other, 10)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(lines).toEqual([])
    expect(await statRows(other)).toBe(0)
    // A bulk import by another process: the server's connection analyses the table as it now is.
    await insert(other, 2000)
    await until('the statistics refreshed', async () => (await statRows(other)) === 2210)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Database statistics refreshed \(\d+ pages\) in \d+ ms\.$/)
  })

  it('stops when asked', async () => {
    const { server, other } = await database()
    await insert(other, 200)
    const lines: string[] = []
    const stop = keepDatabaseStatistics({ client: server }, { everyMs: 20, log: (line) => lines.push(line) })
    await new Promise((resolve) => setTimeout(resolve, 100))
    stop()
    await insert(other, 2000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(lines).toEqual([])
  })
})
