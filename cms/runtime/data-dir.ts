import fs from 'node:fs'
import path from 'node:path'

/** Where the database, media, built sites and demo credentials live (DATA_DIR, default ./data). */
export const dataDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data')

/** Files of DATA_DIR only this server's account may read: the secret, the demo passwords, the database. */
const PRIVATE_FILES = ['.payload-secret', 'demo-credentials.json']
const SQLITE_COMPANIONS = ['', '-wal', '-shm', '-journal']

const chmodIfPresent = (file: string, mode: number): void => {
  try {
    if ((fs.statSync(file).mode & 0o777) !== mode) fs.chmodSync(file, mode)
  } catch {
    /* absent, or not ours to change */
  }
}

/**
 * Creates DATA_DIR readable by this account only (0700), and makes private what an older start
 * left readable by everyone: the folder, the SQLite database with its -wal/-shm files, the
 * secret, the demo credentials and the exports of removed communes (0600 files, 0700 folders).
 * A shared folder (sticky bit, like /tmp) or one owned by another account is left as it is.
 * `database` is the SQLite file; it is created empty at 0600 so that SQLite, which gives its
 * -wal and -shm files the database's own mode, never creates any of them readable by others.
 */
export const secureDataDir = (database?: string): void => {
  const dir = dataDir()
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stat = fs.statSync(dir)
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid()
  if (ours && !(stat.mode & 0o1000)) chmodIfPresent(dir, 0o700)
  chmodIfPresent(path.join(dir, 'exports'), 0o700)
  for (const name of PRIVATE_FILES) chmodIfPresent(path.join(dir, name), 0o600)
  if (!database) return
  try {
    fs.closeSync(fs.openSync(database, 'wx', 0o600))
  } catch {
    /* it exists */
  }
  for (const suffix of SQLITE_COMPANIONS) chmodIfPresent(`${database}${suffix}`, 0o600)
}
