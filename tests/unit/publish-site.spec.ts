import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { publishSite, removeAbandonedWork } from '../../sites/publish-site'

const temp: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-site-'))
  temp.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A built site as the generator leaves it: a home page saying which build it is. */
const built = (root: string, n: number) => {
  const dir = path.join(root, `built-${n}`)
  fs.mkdirSync(path.join(dir, 'tin-tuc'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), `<h1>build ${n}</h1>`)
  fs.writeFileSync(path.join(dir, 'tin-tuc', 'index.html'), `<h1>news ${n}</h1>`)
  return dir
}

const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  if (!ok()) throw new Error(`${what} did not happen`)
}

describe('publishSite', () => {
  it('switches the live site, keeps the previous build and removes older ones off the publishing path', async () => {
    const sitesDir = tempDir()
    const dirs = { sitesDir, mediaDir: tempDir() }
    const extras = { mediaFiles: [], analytics: null }
    const ids = [1, 2, 3].map((n) => publishSite(dirs, 'xa-a', built(sitesDir, n), path.join(sitesDir, 'none'), extras))
    expect(fs.readFileSync(path.join(sitesDir, 'xa-a', 'current', 'index.html'), 'utf8')).toBe('<h1>build 3</h1>')
    // At once: only the live build and the previous one are among the builds.
    expect(fs.readdirSync(path.join(sitesDir, 'xa-a', 'builds')).sort()).toEqual([ids[1], ids[2]].sort())
    // The first one is deleted in the background.
    await until('the old build removed', () => !fs.readdirSync(sitesDir).some((n) => n.startsWith('.trash-')))
    expect(fs.readdirSync(sitesDir).sort()).toEqual(['xa-a'])
  })

  it('what a killed process left aside is removed with its abandoned work; a live one’s is not', () => {
    const sitesDir = tempDir()
    const dead = path.join(sitesDir, '.trash-999999999-abcd')
    const deadWork = path.join(sitesDir, '.work-999999999-x')
    const mine = path.join(sitesDir, `.trash-${process.pid}-abcd`)
    for (const dir of [dead, deadWork, mine]) fs.mkdirSync(path.join(dir, 'page'), { recursive: true })
    removeAbandonedWork(sitesDir)
    expect(fs.readdirSync(sitesDir)).toEqual([path.basename(mine)])
  })
})
