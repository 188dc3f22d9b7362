/**
 * The full-rebuild benchmark alone, for working on the generator (the measurement `npm run
 * bench` makes, fullRebuild in scripts/bench.ts):
 *
 *   npm exec -- tsx scripts/bench/rebuild-only.ts --data-dir /tmp/rebuild-data --seed   # once
 *   npm exec -- tsx scripts/bench/rebuild-only.ts --data-dir /tmp/rebuild-data [--runs 2] [--fresh-from <dir>]
 *
 * `--seed` fills a new data folder as the bench does before its rebuild: the province with
 * standard demo content for one commune, then the benchmark dataset (150 pages per commune).
 * Each run is `npm run sites:build` on that folder: its build time, the command's, pages,
 * pages/s and the peak memory of its whole process tree, printed as JSON, then the medians.
 * `--fresh-from <dir>`: a copy of a seeded folder (kept aside) replaces the data folder before
 * each run, so every run finds the same sites (runs on the same folder pile up old builds that
 * each publish then deletes).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { treeRssMb } from '../lib/process-tree'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    seed: { type: 'boolean', default: false },
    runs: { type: 'string', default: '2' },
    'per-commune': { type: 'string', default: '150' },
    'fresh-from': { type: 'string' },
  },
})
if (!values['data-dir']) throw new Error('usage: rebuild-only.ts --data-dir <DATA_DIR> [--seed] [--runs 2]')
const dataDir = path.resolve(values['data-dir'])
const root = path.resolve(import.meta.dirname, '../..')
const log = (line: string) => console.error(line)

const seedFolder = async () => {
  process.env.DATA_DIR = dataDir
  process.env.JOBS_AUTORUN = 'false'
  const { bootPayload } = await import('../../cms/boot')
  const { seed } = await import('../../demo')
  const { seedBenchContent } = await import('./dataset')
  const payload = await bootPayload()
  await seed(payload, { scale: 1, demoCommunes: 1, log })
  log(JSON.stringify(await seedBenchContent(payload, { perCommune: Number(values['per-commune']), log })))
  await payload.destroy().catch(() => undefined)
}

type Run = { seconds: number; commandSeconds: number; pages: number; pagesPerSecond: number; peakRssMb: number }

const rebuild = async (): Promise<Run> => {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/sites-build.ts')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, JOBS_AUTORUN: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 100)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearInterval(sampler)
  const m = /Built (\d+) sites, (\d+) pages, in ([\d.]+) s/.exec(output)
  if (code !== 0 || !m) throw new Error(`rebuild failed (${String(code)}):\n${output.slice(-3000)}`)
  const seconds = Number(m[3])
  return {
    seconds,
    commandSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    pages: Number(m[2]),
    pagesPerSecond: Math.round(Number(m[2]) / seconds),
    peakRssMb: Math.round(peak),
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

if (values.seed) {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) throw new Error(`${dataDir} is not empty`)
  await seedFolder()
} else {
  const runs: Run[] = []
  for (let i = 0; i < Number(values.runs); i++) {
    if (values['fresh-from']) {
      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.cpSync(path.resolve(values['fresh-from']), dataDir, { recursive: true })
    }
    const load = fs.readFileSync('/proc/loadavg', 'utf8').trim()
    const run = await rebuild()
    runs.push(run)
    log(JSON.stringify({ ...run, loadBefore: load }))
  }
  const keys = ['seconds', 'pagesPerSecond', 'peakRssMb'] as const
  console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]))))
}
process.exit(0)
