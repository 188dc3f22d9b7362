import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ensureAdminBuild } from './build-admin'

/**
 * `npm test`: builds the admin bundle if needed (the integration suite drives the real
 * server), runs Vitest, and ends with the plain "N passed, N failed" line CI reads.
 *
 * Without arguments the Vitest projects (vitest.config.ts) run in two phases: `int` (one real
 * server, its files one after another) in one Vitest process while `quality` and `unit` (no
 * server: fixture sites and pure modules) run in another, so neither waits for the other; then
 * `lighthouse` alone, since its performance score suffers from a busy CPU. With arguments (a
 * file, `--project …`) one Vitest process runs exactly what they name.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type Run = { name: string; args: string[]; env?: Record<string, string> }
type Report = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string }[]
}

const extra = process.argv.slice(2)
/**
 * TEST_INT_LANES=2 runs the integration files in two lanes of about equal length, each with a
 * server of its own (LANE_B in vitest.config.ts); by default they run in one lane, on one server.
 * MongoDB (MONGODB_TEST_URI) has one database, so one lane.
 */
const lanes = process.env.TEST_INT_LANES === '2' && !process.env.MONGODB_TEST_URI ? 2 : 1
const shareDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-share-'))
const laneEnv = (lane: string) => ({ TEST_INT_LANE: lane, TEST_INT_SHARE_DIR: shareDir })
const intRuns: Run[] =
  lanes === 2
    ? [
        { name: 'int-a', args: ['--project', 'int'], env: laneEnv('a') },
        { name: 'int-b', args: ['--project', 'int'], env: laneEnv('b') },
      ]
    : [{ name: 'int', args: ['--project', 'int'] }]
const qualityRun: Run = { name: 'quality', args: ['--project', 'quality', '--project', 'unit'] }
const lighthouseRun: Run = { name: 'lighthouse', args: ['--project', 'lighthouse'] }

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitest-report-'))

/** Copies a child's output line by line, each line prefixed with its run's name. */
const prefixed = (from: NodeJS.ReadableStream, to: NodeJS.WritableStream, name: string) =>
  readline.createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    to.write(`[${name}] ${line}\n`)
  })

/** One Vitest process; resolves with its exit code and how long it took. */
const runVitest = (run: Run, alone: boolean): Promise<{ code: number; seconds: number }> => {
  const started = Date.now()
  const args = [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reportDir, `${run.name}.json`)}`,
    ...run.args,
  ]
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...run.env },
  })
  if (!alone) {
    prefixed(child.stdout!, process.stdout, run.name)
    prefixed(child.stderr!, process.stderr, run.name)
  }
  return new Promise((resolve) => {
    child.once('error', (err) => {
      console.error(`[${run.name}] ${err.message}`)
      resolve({ code: 1, seconds: (Date.now() - started) / 1000 })
    })
    // 'close', not 'exit': the last lines of its output are copied first.
    child.once('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }),
    )
  })
}

/** The counts of one run's JSON report; a missing or unreadable report is a failure. */
const countsOf = (run: Run, code: number) => {
  let report: Report | null = null
  try {
    report = JSON.parse(fs.readFileSync(path.join(reportDir, `${run.name}.json`), 'utf8')) as Report
  } catch {}
  if (!report) return { report, passed: 0, failed: 1, skipped: 0 }
  // A file that fails to load has no tests but is a failure all the same.
  let failed =
    report.numFailedTests +
    report.testResults.filter((file) => file.status === 'failed' && report.numFailedTests === 0).length
  if (code !== 0 && failed === 0) failed = 1
  return {
    report,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/** ensureAdminBuild in a child process, so the runs that need no admin go on meanwhile. */
const adminBuild = (): Promise<number> =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--eval', "import('./scripts/build-admin.ts').then((m) => m.ensureAdminBuild())"],
      { cwd: root, stdio: 'inherit', env: process.env },
    )
    child.once('error', () => resolve(1))
    child.once('exit', (code) => resolve(code ?? 1))
  })

const totals = { passed: 0, failed: 0, skipped: 0 }
const reports: Report[] = []
const timings: string[] = []
const record = (run: Run, { code, seconds }: { code: number; seconds: number }) => {
  const { report, passed, failed, skipped } = countsOf(run, code)
  if (report) reports.push(report)
  totals.passed += passed
  totals.failed += failed
  totals.skipped += skipped
  timings.push(`${run.name} ${seconds.toFixed(0)} s`)
}
const started = Date.now()

if (extra.length) {
  ensureAdminBuild()
  const run = { name: 'report', args: extra }
  record(run, await runVitest(run, true))
} else {
  // The fixture-site checks and the unit tests need no admin: they start at once. The integration
  // lanes start once the admin is built; Lighthouse runs when everything else is done.
  const quality = runVitest(qualityRun, false).then((result) => record(qualityRun, result))
  const adminStarted = Date.now()
  if ((await adminBuild()) !== 0) {
    console.error('The admin build failed: the integration tests cannot run.')
    totals.failed++
  } else {
    timings.push(`admin build ${((Date.now() - adminStarted) / 1000).toFixed(0)} s`)
    await Promise.all(intRuns.map(async (run) => record(run, await runVitest(run, false))))
  }
  await quality
  record(lighthouseRun, await runVitest(lighthouseRun, true))
}

// One JSON report for the whole run, as a single Vitest process would have written it.
if (reports.length > 1) {
  const first = reports[0] as unknown as Record<string, unknown>
  const merged: Record<string, unknown> = { ...first, success: totals.failed === 0 }
  for (const [key, value] of Object.entries(first))
    if (key.startsWith('num') && typeof value === 'number')
      merged[key] = reports.reduce((sum, r) => sum + Number((r as unknown as Record<string, unknown>)[key] ?? 0), 0)
  merged.testResults = reports.flatMap((r) => r.testResults)
  fs.writeFileSync(path.join(reportDir, 'report.json'), JSON.stringify(merged))
}
fs.rmSync(shareDir, { recursive: true, force: true })
if (!extra.length)
  console.log(
    `\nnpm test: ${((Date.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')}); JSON report ${path.join(reportDir, 'report.json')}`,
  )
const { passed, failed, skipped } = totals
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
