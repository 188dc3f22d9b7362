import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir, secureDataDir } from './data-dir'

/**
 * PAYLOAD_SECRET when set; otherwise a random secret generated once and kept in DATA_DIR
 * (mode 0600), so zero-configuration start works and no secret is ever in git.
 */
export const secret = (): string => {
  secureDataDir()
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir(), '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true })
    const value = crypto.randomBytes(32).toString('hex')
    try {
      fs.writeFileSync(file, value, { mode: 0o600, flag: 'wx' })
      return value
    } catch {
      return fs.readFileSync(file, 'utf8').trim() // another process wrote it first
    }
  }
}
