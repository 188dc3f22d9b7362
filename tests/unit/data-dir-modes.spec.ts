import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { secureDataDir } from '../../cms/runtime/data-dir'

/** Issue 9, item 16: the database, its -wal/-shm, the secret and the demo passwords are the server's only. */
const mode = (file: string) => fs.statSync(file).mode & 0o777

describe('secureDataDir', () => {
  let dir = ''
  const saved = process.env.DATA_DIR
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'data-dir-modes-')), 'data')
    process.env.DATA_DIR = dir
  })
  afterEach(() => {
    process.env.DATA_DIR = saved
    fs.rmSync(path.dirname(dir), { recursive: true, force: true })
  })

  it('creates the folder 0700 and an empty database file 0600', () => {
    const db = path.join(dir, 'commune-sites.db')
    secureDataDir(db)
    expect(mode(dir)).toBe(0o700)
    expect(mode(db)).toBe(0o600)
    expect(fs.statSync(db).size).toBe(0)
  })

  it('makes private what an older start left readable by everyone, and keeps the database content', () => {
    fs.mkdirSync(path.join(dir, 'exports'), { recursive: true, mode: 0o755 })
    fs.chmodSync(dir, 0o755)
    const db = path.join(dir, 'commune-sites.db')
    const files = [
      'commune-sites.db',
      'commune-sites.db-wal',
      'commune-sites.db-shm',
      '.payload-secret',
      'demo-credentials.json',
    ]
    for (const name of files) fs.writeFileSync(path.join(dir, name), 'x', { mode: 0o644 })
    secureDataDir(db)
    expect(mode(dir)).toBe(0o700)
    expect(mode(path.join(dir, 'exports'))).toBe(0o700)
    for (const name of files) expect(mode(path.join(dir, name)), name).toBe(0o600)
    expect(fs.readFileSync(db, 'utf8')).toBe('x')
  })

  it('leaves a shared folder with the sticky bit (like /tmp) as it is', () => {
    fs.mkdirSync(dir, { recursive: true })
    fs.chmodSync(dir, 0o1777)
    secureDataDir()
    expect(fs.statSync(dir).mode & 0o7777).toBe(0o1777)
  })
})
