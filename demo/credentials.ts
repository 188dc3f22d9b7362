import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from '../cms/runtime/data-dir'

export type DemoRole = 'province-admin' | 'district-viewer' | 'chief' | 'editor' | 'contributor'
export type DemoCredential = { email: string; password: string; role: DemoRole; commune: string | null }

export const credentialsFile = (): string => path.join(dataDir(), 'demo-credentials.json')

/** Written with mode 0600 (it holds passwords) and atomically, so a crash never leaves half a file. */
export const writeCredentials = (entries: DemoCredential[]): string => {
  const file = credentialsFile()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 })
  fs.chmodSync(temp, 0o600)
  fs.renameSync(temp, file)
  return file
}

export const readCredentials = (): DemoCredential[] => {
  try {
    return JSON.parse(fs.readFileSync(credentialsFile(), 'utf8')) as DemoCredential[]
  } catch {
    return []
  }
}
