import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureAdminBuild } from './build-admin'

/**
 * `npm test`: builds the admin bundle if needed (the integration suite drives the real
 * server), runs Vitest, and ends with the plain "N passed, N failed" line CI reads.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureAdminBuild()

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitest-report-')), 'report.json')
const args = [
  path.join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env })

let passed = 0
let failed = 0
let skipped = 0
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
    testResults: { status: string }[]
  }
  passed = json.numPassedTests
  skipped = json.numPendingTests + json.numTodoTests
  // A file that fails to load has no tests but is a failure all the same.
  failed =
    json.numFailedTests +
    json.testResults.filter((file) => file.status === 'failed' && json.numFailedTests === 0).length
} catch {
  failed = 1
}
if (result.status !== 0 && failed === 0) failed = 1
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || result.status !== 0 ? 1 : 0)
