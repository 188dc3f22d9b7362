/**
 * Applying the current plan as a job of Payload's queue (task `applyReorganisation`, queue
 * `default`, which the server runs every minute): now (the admin's "Thực hiện") or at an
 * effective date (the admin's "Lên lịch", `npm run reorganise -- --apply <plan> --at <time>`).
 * The job runs applyPlan (idempotent, resumable, every step audited) on the plan stored at that
 * moment, writes its progress to the run status (current-plan.ts) and asks the build workers
 * for the changed sites. One run at a time: a second is refused while one waits or runs.
 */
import type { JobsConfig, Payload, PayloadRequest, TaskConfig } from 'payload'
import { DIRECTORY_SITE } from '../../../contract/snapshot'
import { writeAudit } from '../../hooks/audit'
import { requestSiteBuilds } from '../publishing/queue'
import { type ApplyReport, applyPlan } from './apply'
import {
  isStale,
  type RunStatus,
  readCurrentPlan,
  readRunStatus,
  updateRunStatus,
  writeCurrentPlan,
  writeRunStatus,
} from './current-plan'
import type { Plan, PlanUnit } from './plan'
import { durationVi, formatVietnamTime } from './vietnam-time'

export const APPLY_TASK = 'applyReorganisation'
const QUEUE = 'default'
/** A running job writes its heartbeat this often (current-plan.ts: a silent one was interrupted). */
const HEARTBEAT_MS = 10_000
/**
 * A run asked for now is queued this far ahead and started at once by this process: the
 * minute's queue runner cannot take it too (it would run twice), yet runs it if this process
 * stops before starting it.
 */
const START_FALLBACK_MS = 5 * 60_000
const KEEP_LINES = 40

/** A second run while one waits or runs: the Vietnamese reason (HTTP 409). */
export class ApplyConflict extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ApplyConflict'
  }
}

type ID = number | string
type JobRow = { id: ID; processing?: boolean | null; waitUntil?: string | null }

/** The units a run applies, in applyPlan's order (merges first), to name the one in progress. */
const runOrder = (plan: Plan, only: string[] | null): PlanUnit[] =>
  plan.units
    .filter((u) => !only || only.includes(u.code))
    .sort((a, b) => Number(a.action === 'provision') - Number(b.action === 'provision'))

const auditRun = (payload: Payload, actor: string, summary: string, details: Record<string, unknown>) =>
  writeAudit(
    { payload, user: null, context: {}, headers: new Headers() } as unknown as PayloadRequest,
    { action: 'reorganise', summary, details, email: actor },
    { inTransaction: false },
  )

/** The pending (waiting or running) apply job, if any. */
const pendingJob = async (payload: Payload): Promise<JobRow | undefined> =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: APPLY_TASK } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as JobRow | undefined

/** A run whose process died: its job is released (marked cancelled) and the status says so. */
const releaseStaleRun = async (payload: Payload): Promise<void> => {
  const status = readRunStatus()
  if (!status || !isStale(status)) return
  if (status.jobId !== null) await payload.jobs.cancelByID({ id: status.jobId }).catch(() => undefined)
  updateRunStatus((s) => ({
    ...s,
    state: 'interrupted',
    finishedAt: new Date().toISOString(),
    error: 'Lần thực hiện bị gián đoạn (máy chủ dừng giữa chừng). Thực hiện lại để tiếp tục từ chỗ đã dừng.',
  }))
}

/** Why a new run cannot start now, or null. */
const conflictOf = async (payload: Payload): Promise<string | null> => {
  await releaseStaleRun(payload)
  const job = await pendingJob(payload)
  if (!job) return null
  const status = readRunStatus()
  if (job.processing || status?.state === 'running')
    return 'Đang thực hiện kế hoạch sắp xếp; chờ lần này xong rồi thực hiện tiếp.'
  if (status?.at)
    return `Đã lên lịch thực hiện lúc ${formatVietnamTime(status.at)}; hủy lịch trước khi thực hiện hoặc lên lịch khác.`
  return 'Một lần thực hiện đang chờ bắt đầu; chờ lần này xong rồi thực hiện tiếp.'
}

/** Queue and check one at a time in this process: two clicks at once make one run. */
const LOCK = Symbol.for('commune-sites.reorganisation-lock')
const globals = globalThis as Record<symbol, Promise<unknown> | undefined>
const serially = <T>(work: () => Promise<T>): Promise<T> => {
  const run = (globals[LOCK] ?? Promise.resolve()).then(work, work)
  globals[LOCK] = run.catch(() => undefined)
  return run
}

/** Throws ApplyConflict while a run is under way (a new or edited plan waits for it to end). */
export const assertNotRunning = (payload: Payload): Promise<void> =>
  serially(async () => {
    await releaseStaleRun(payload)
    const job = await pendingJob(payload)
    if (job?.processing || readRunStatus()?.state === 'running')
      throw new ApplyConflict('Đang thực hiện kế hoạch sắp xếp; chờ lần này xong rồi lập hoặc sửa kế hoạch.')
  })

/** How far ahead a run may be scheduled (a typo in the year should not hide it for a decade). */
const MAX_AHEAD_MS = 2 * 366 * 24 * 3600 * 1000

/** `at`: absent (now) or an instant in the future, within two years. */
export const effectiveAtOf = (value: unknown): Date | null | string => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || value.length > 40) return 'Thời điểm thực hiện: cần chọn ngày và giờ.'
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return 'Thời điểm thực hiện: ngày giờ không hợp lệ.'
  if (at.getTime() <= Date.now()) return 'Thời điểm thực hiện: cần chọn một thời điểm trong tương lai.'
  if (at.getTime() > Date.now() + MAX_AHEAD_MS) return 'Thời điểm thực hiện: chỉ lên lịch trong vòng hai năm.'
  return at
}

export type QueueApplyInput = {
  only: string[] | null
  /** The effective date; absent: now. */
  at?: Date
  actor: string
  /** Stored as the current plan first (the CLI's --at), unless a run is pending. */
  plan?: Plan
}

/** Queues the run of the current plan (now or at `at`); throws ApplyConflict when one is pending. */
export const queueApply = (payload: Payload, input: QueueApplyInput): Promise<RunStatus> =>
  serially(async () => {
    const conflict = await conflictOf(payload)
    if (conflict) throw new ApplyConflict(conflict)
    if (input.plan) writeCurrentPlan(input.plan)
    const job = (await payload.jobs.queue({
      task: APPLY_TASK,
      queue: QUEUE,
      input: { only: input.only, actor: input.actor },
      waitUntil: input.at ?? new Date(Date.now() + START_FALLBACK_MS),
    } as never)) as { id: ID }
    const status: RunStatus = {
      state: 'scheduled',
      jobId: job.id,
      only: input.only,
      actor: input.actor,
      queuedAt: new Date().toISOString(),
      at: input.at?.toISOString() ?? null,
      startedAt: null,
      finishedAt: null,
      heartbeatAt: null,
      done: 0,
      total: 0,
      current: null,
      secondsLeft: null,
      lines: [],
      report: null,
      error: null,
    }
    writeRunStatus(status)
    if (!input.at)
      void payload.jobs
        .runByID({ id: job.id, silent: { info: true } })
        .catch((err: unknown) => payload.logger.error({ err, msg: 'reorganisation: the apply job failed to start' }))
    return status
  })

/** Cancels a scheduled run that has not started; false when there is none. Throws ApplyConflict when it runs. */
export const cancelScheduledApply = (payload: Payload): Promise<boolean> =>
  serially(async () => {
    await releaseStaleRun(payload)
    const job = await pendingJob(payload)
    if (!job) return false
    if (job.processing || readRunStatus()?.state === 'running')
      throw new ApplyConflict('Kế hoạch đang được thực hiện; không hủy được giữa chừng.')
    await payload.jobs.cancelByID({ id: job.id })
    updateRunStatus((s) => ({ ...s, state: 'cancelled', finishedAt: new Date().toISOString() }))
    return true
  })

/** Follows applyPlan's progress lines ("3/54 Phường …: …") into the run status. */
const progressWriter = (units: PlanUnit[], started: number) => (line: string) => {
  const match = /^(\d+)\/(\d+) /.exec(line)
  updateRunStatus((s) => {
    const done = match ? Number(match[1]) : s.done
    const elapsed = (Date.now() - started) / 1000
    const next = units[done]
    return {
      ...s,
      done,
      current: match ? (next ? { code: next.code, name: next.name } : null) : s.current,
      secondsLeft: done > 0 ? (elapsed / done) * (s.total - done) : null,
      heartbeatAt: new Date().toISOString(),
      lines: [...s.lines, line].slice(-KEEP_LINES),
    }
  })
}

type LocalApi = (...args: unknown[]) => Promise<unknown>
const LOCAL_API = ['find', 'findByID', 'count', 'create', 'update', 'delete'] as const

/**
 * The Payload a run uses inside the server: the SQLite driver answers synchronously, so a run
 * of awaited queries would never let the server answer a request (its sites, the admin, the
 * status this page polls) until the whole run ended. Each Local API call first gives the event
 * loop a turn. Never inside a transaction: the moves run theirs on payload.db, unwrapped.
 */
const yielding = (payload: Payload): Payload => {
  const wrapped = Object.create(payload) as Record<string, LocalApi>
  for (const name of LOCAL_API) {
    const call = payload[name] as unknown as LocalApi
    wrapped[name] = async (...args) => {
      await new Promise((resolve) => setImmediate(resolve))
      return call.apply(payload, args)
    }
  }
  return wrapped as unknown as Payload
}

/** Asks the build workers for the sites the run changed, and the directory. */
const requestBuilds = async (payload: Payload, report: ApplyReport): Promise<number> => {
  const codes = report.units.filter((u) => u.changed).map((u) => u.code)
  if (!codes.length) return 0
  const communes = await payload.find({
    collection: 'communes',
    where: { and: [{ code: { in: codes } }, { status: { not_equals: 'merged' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  await requestSiteBuilds(payload, [...communes.docs.map((c) => c.id), DIRECTORY_SITE])
  return communes.docs.length
}

const finishedLine = (report: ApplyReport, builds: number) =>
  report.stopped
    ? `Đã dừng sau ${report.units.length} đơn vị (${durationVi(report.seconds)}); thực hiện lại để tiếp tục.`
    : `Xong: ${report.changed} đơn vị thay đổi, ${report.units.length - report.changed} đã xong từ trước (${durationVi(report.seconds)}); đã yêu cầu xây dựng lại ${builds} trang và trang danh bạ.`

/** The job's work: the stored plan applied, its progress and outcome in the run status. */
export const runApply = async (
  payload: Payload,
  { only, actor, jobId }: { only: string[] | null; actor: string; jobId: ID | null },
): Promise<ApplyReport> => {
  const plan = readCurrentPlan()
  if (!plan) throw new Error('reorganisation: there is no current plan to apply')
  const units = runOrder(plan, only)
  const started = Date.now()
  const now = new Date(started).toISOString()
  const previous = readRunStatus()
  writeRunStatus({
    ...(previous?.jobId === jobId && previous ? previous : { queuedAt: now, at: null }),
    state: 'running',
    jobId,
    only,
    actor,
    startedAt: now,
    finishedAt: null,
    heartbeatAt: now,
    done: 0,
    total: units.length,
    current: units[0] ? { code: units[0].code, name: units[0].name } : null,
    secondsLeft: null,
    lines: [],
    report: null,
    error: null,
  })
  await auditRun(payload, actor, `Bắt đầu thực hiện kế hoạch sắp xếp: ${units.length} đơn vị mới`, { only, jobId })
  const beat = setInterval(
    () => updateRunStatus((s) => ({ ...s, heartbeatAt: new Date().toISOString() })),
    HEARTBEAT_MS,
  )
  beat.unref()
  try {
    const log = progressWriter(units, started)
    const report = await applyPlan(yielding(payload), plan, { only: only ?? undefined, build: false, actor, log })
    const builds = await requestBuilds(payload, report)
    const line = finishedLine(report, builds)
    log(line)
    updateRunStatus((s) => ({
      ...s,
      state: report.stopped ? 'stopped' : 'done',
      finishedAt: new Date().toISOString(),
      current: null,
      secondsLeft: 0,
      report,
    }))
    await auditRun(payload, actor, line, { changed: report.changed, units: report.units.length, jobId })
    return report
  } catch (err) {
    const message = (err as Error).message
    payload.logger.error({ err, msg: 'reorganisation: the apply job stopped on an error' })
    const failed = updateRunStatus((s) => ({
      ...s,
      state: 'failed',
      finishedAt: new Date().toISOString(),
      error: `Dừng do lỗi${s.current ? ` khi xử lý ${s.current.name} (${s.current.code})` : ''}; các đơn vị trước đó đã xong. Xem nhật ký máy chủ, sửa kế hoạch nếu cần rồi thực hiện lại để tiếp tục.`,
    }))
    await auditRun(payload, actor, failed?.error ?? 'Thực hiện kế hoạch sắp xếp dừng do lỗi', { error: message, jobId })
    throw err
  } finally {
    clearInterval(beat)
  }
}

const applyTask: TaskConfig = {
  slug: APPLY_TASK,
  label: 'Thực hiện kế hoạch sắp xếp đơn vị hành chính',
  // Idempotent and resumable: the province runs it again from the admin rather than a blind retry.
  retries: 0,
  inputSchema: [
    { name: 'only', type: 'json' },
    { name: 'actor', type: 'text' },
  ],
  outputSchema: [{ name: 'changed', type: 'number' }],
  handler: async ({
    input,
    job,
    req,
  }: {
    input: { only?: unknown; actor?: string }
    job: { id: ID }
    req: PayloadRequest
  }) => {
    const only = Array.isArray(input.only) ? input.only.map(String) : null
    const report = await runApply(req.payload, { only, actor: input.actor || 'reorganise', jobId: job.id })
    return { output: { changed: report.changed } }
  },
} as unknown as TaskConfig

/** The config's jobs with the reorganisation's task (run by the `default` queue's runner). */
export const withReorganisationJobs = (jobs: JobsConfig | undefined): JobsConfig => ({
  ...jobs,
  tasks: [...(jobs?.tasks ?? []), applyTask],
})
