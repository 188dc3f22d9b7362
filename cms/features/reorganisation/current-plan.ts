/**
 * The province's current reorganisation plan and the state of its last run, as two JSON files
 * under DATA_DIR/reorganisation/: the admin (/admin/sap-xep), the endpoints, the job and
 * `npm run reorganise -- --apply <plan> --at <time>` all read and write them here. A file, not a
 * collection: one plan at a time, no migration, readable by whichever process runs the job on
 * this machine. Writes go through a temporary file and a rename, so a reader never sees half.
 */
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from '../../runtime/data-dir'
import type { ApplyReport } from './apply'
import type { Plan } from './plan'

/** One run of the plan: scheduled, running, or how it ended. */
export type RunState = 'scheduled' | 'running' | 'done' | 'failed' | 'stopped' | 'interrupted' | 'cancelled'

export type RunStatus = {
  state: RunState
  jobId: number | string | null
  /** The new units (codes) of this run; null: all. */
  only: string[] | null
  actor: string
  queuedAt: string
  /** When it is due (a scheduled run), else null. */
  at: string | null
  startedAt: string | null
  finishedAt: string | null
  /** Written every few seconds while it runs: a run whose heartbeat stopped was interrupted. */
  heartbeatAt: string | null
  done: number
  total: number
  current: { code: string; name: string } | null
  secondsLeft: number | null
  /** The run's last lines of progress (Vietnamese), newest last. */
  lines: string[]
  report: ApplyReport | null
  error: string | null
}

const folder = () => path.join(dataDir(), 'reorganisation')
const planFile = () => path.join(folder(), 'current-plan.json')
const statusFile = () => path.join(folder(), 'status.json')

const readJson = <T>(file: string): T | null => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

const writeJson = (file: string, value: unknown): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(value, null, 1)}\n`, { mode: 0o600 })
  fs.renameSync(temporary, file)
}

export const readCurrentPlan = (): Plan | null => readJson<Plan>(planFile())
export const writeCurrentPlan = (plan: Plan): void => writeJson(planFile(), plan)
export const readRunStatus = (): RunStatus | null => readJson<RunStatus>(statusFile())
export const writeRunStatus = (status: RunStatus): void => writeJson(statusFile(), status)

/** Changes the stored status in place (read, change, write). */
export const updateRunStatus = (change: (status: RunStatus) => RunStatus): RunStatus | null => {
  const status = readRunStatus()
  if (!status) return null
  const next = change(status)
  writeRunStatus(next)
  return next
}

/** A running job's heartbeat older than this: the process that ran it stopped. */
const STALE_MS = 2 * 60_000

/** Whether the status says running but its heartbeat stopped (the process died mid-run). */
export const isStale = (status: RunStatus | null, now = Date.now()): boolean =>
  status?.state === 'running' && now - Date.parse(status.heartbeatAt ?? status.startedAt ?? '') > STALE_MS

/** The run status as the admin shows it: a run whose process died reads as interrupted. */
export const currentRunStatus = (): RunStatus | null => {
  const status = readRunStatus()
  return status && isStale(status) ? { ...status, state: 'interrupted' } : status
}
