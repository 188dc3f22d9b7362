import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The architecture rules, run by `npm test` as `npm run lint` runs them: the layering of
 * `.dependency-cruiser.cjs` over every folder of ours, and Biome's lint and format rules
 * (`biome.json`, functions of at most 80 lines among them) over the whole tree. A failure lists
 * every violation.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FOLDERS = ['cms', 'sites', 'contract', 'themes', 'scripts', 'tests', 'demo']

/**
 * A tool's JSON report on stdout. Both tools run under this Node (dependency-cruiser refuses
 * older ones); their exit codes only say whether they found something, so the report is read
 * either way and a tool that fails to report throws.
 */
const report = (script: string, args: string[]): Promise<unknown> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules', script), ...args],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout))
        } catch {
          reject(new Error(`${script} ${args.join(' ')} gave no report (${error?.message ?? 'no error'}):\n${stderr}`))
        }
      },
    )
  })

type DependencyViolation = {
  type: string
  from: string
  to: string
  rule: { name: string; severity: string }
  cycle?: { name: string }[]
}
type Diagnostic = {
  severity: string
  category?: string
  message: string
  location?: { path?: string; start?: { line: number; column: number } }
}

const dependencyCruiser = () =>
  report('dependency-cruiser/bin/dependency-cruiser.mjs', [
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'json',
    ...FOLDERS,
  ]) as Promise<{ summary: { violations: DependencyViolation[]; totalCruised: number } }>

const biome = () =>
  report('@biomejs/biome/bin/biome', ['check', '--reporter=json', '--max-diagnostics=none', '.']) as Promise<{
    summary: { errors: number; unchanged: number; changed: number }
    diagnostics: Diagnostic[]
  }>

const describeViolation = (v: DependencyViolation): string =>
  `${v.rule.name}: ${v.from} → ${v.to}${v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : ''}`

const describeDiagnostic = (d: Diagnostic): string => {
  const start = d.location?.start
  return `${d.location?.path ?? '?'}${start ? `:${start.line}:${start.column}` : ''} ${d.category ?? ''}: ${d.message}`
}

describe('the architecture rules', () => {
  // Both tools run at once: the file's time is the slower one's (a few seconds).
  let cruised: PromiseSettledResult<Awaited<ReturnType<typeof dependencyCruiser>>>
  let checked: PromiseSettledResult<Awaited<ReturnType<typeof biome>>>
  beforeAll(async () => {
    ;[cruised, checked] = await Promise.allSettled([dependencyCruiser(), biome()])
  }, 60_000)

  it('every import follows the layering of .dependency-cruiser.cjs', () => {
    if (cruised.status === 'rejected') throw cruised.reason
    const { violations, totalCruised } = cruised.value.summary
    // The cruise saw the tree (a wrong path would pass with nothing cruised).
    expect(totalCruised).toBeGreaterThan(300)
    const errors = violations.filter((v) => v.rule.severity === 'error')
    expect(errors.map(describeViolation), `${errors.length} dependency violations`).toEqual([])
  })

  it('Biome finds no error (lint and format) anywhere in the tree', () => {
    if (checked.status === 'rejected') throw checked.reason
    const { summary, diagnostics } = checked.value
    // Biome checked the tree (an empty selection would pass with nothing checked).
    expect(summary.unchanged + summary.changed).toBeGreaterThan(300)
    const errors = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal')
    expect(errors.map(describeDiagnostic), `${summary.errors} Biome errors`).toEqual([])
    // The list above is the whole story: Biome counted no error it did not report.
    expect(summary.errors).toBe(errors.length)
  })
})
