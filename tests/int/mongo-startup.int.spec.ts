import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { mongoHost } from '../../cms/runtime/check-mongo'
import { databaseAdapter } from '../../cms/runtime/database'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('MongoDB in production', () => {
  it('is chosen for a mongodb URI and builds its adapter', () => {
    expect(databaseAdapter('mongodb://db.example:27017/communes').name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://user:pw@cluster.example/communes').name).toBe('mongoose')
    expect(databaseAdapter().name).toBe('sqlite')
    expect(() => databaseAdapter('postgres://x/y')).toThrow(/DATABASE_URI/)
  })

  it('reads host and port from the URI', () => {
    expect(mongoHost('mongodb://user:p%40ss@db1.example:27018,db2.example/x?replicaSet=rs0')).toEqual({
      host: 'db1.example',
      port: 27018,
    })
    expect(mongoHost('mongodb://localhost/x')).toEqual({ host: 'localhost', port: 27017 })
    expect(mongoHost('mongodb+srv://cluster.example/x')).toBeNull()
  })

  it('fails before Payload starts, with a clear message, when unreachable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: 'mongodb://127.0.0.1:9/communes',
        PORT: '0',
        DATA_DIR: path.join(root, 'data', 'never-used'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    // The reachability check (a 3 s socket timeout at most) runs before Payload's heavy start-up:
    // no migration, no database work. How fast that is belongs to a benchmark, not a timed test.
    expect(output).not.toMatch(/Migrat|Data folder/)
    expect(output).toContain('Không kết nối được MongoDB')
    expect(output).toContain('Cannot reach MongoDB')
  })
})
