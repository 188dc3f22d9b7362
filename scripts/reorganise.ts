/**
 * `npm run reorganise -- --plan [<mapping.json>] [--out <plan.json>] [--json]`
 *   reads the mapping (default: cms/features/reorganisation/data/an-giang-2025.json; the shared
 *   derived format is read too), prints the plan and writes it as an editable JSON file
 *   (default ./reorganisation-plan.json).
 * `npm run reorganise -- --apply <plan.json> [--only <code>,<code>] [--no-build] [--json]`
 *   applies it (cms/features/reorganisation/apply.ts): idempotent and resumable; Ctrl-C stops
 *   after the current unit.
 * `npm run reorganise -- --apply <plan.json> --at <ISO time> [--only <code>,<code>]`
 *   stores it as the province's current plan (the admin's /admin/sap-xep shows it) and queues the
 *   apply job for that time instead of applying now: the server (its jobs queue) runs it.
 *
 * Works whether or not the server runs on the same DATA_DIR (the server sees the changes within
 * seconds). Exit codes: 0 done, 1 a unit or a site failed, 2 invalid input, 130 interrupted.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { StartupError } from '../cms/boot-errors'
import { stopOnSignal } from './lib/stop-on-signal'

const USAGE = `Sắp xếp đơn vị hành chính / reorganise communes:
  npm run reorganise -- --plan [<bảng-sáp-nhập.json>] [--out <ke-hoach.json>] [--json]
  npm run reorganise -- --apply <ke-hoach.json> [--only <mã>,<mã>] [--no-build] [--json]
  npm run reorganise -- --apply <ke-hoach.json> --at 2026-12-31T00:00:00+07:00 [--only <mã>,<mã>]

  --plan    lập kế hoạch từ bảng sáp nhập (mặc định: cms/features/reorganisation/data/an-giang-2025.json),
            in ra và ghi tệp kế hoạch để xem, sửa (mặc định ./reorganisation-plan.json)
  --apply   thực hiện kế hoạch; chạy lại an toàn (phần đã xong được bỏ qua)
  --only    chỉ thực hiện các đơn vị mới có mã này
  --no-build  không xây dựng lại trang ở cuối (máy chủ sẽ xây dựng khi có yêu cầu)
  --at      lưu kế hoạch và lên lịch để máy chủ thực hiện vào thời điểm này (ISO 8601, có múi giờ)`

const { values, positionals } = parseArgs({
  options: {
    plan: { type: 'boolean', default: false },
    apply: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    at: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
  strict: true,
})

const out = (line = '') => console.log(line)
const err = (line: string) => console.error(line)
const actor = `npm run reorganise (${os.userInfo().username}@${os.hostname()})`

/** `--at`: the effective date with its time zone, in the future; checked before start-up. */
const effectiveAt = async (): Promise<Date | null | 'invalid'> => {
  if (values.at === undefined) return null
  const { effectiveAtOf } = await import('../cms/features/reorganisation/jobs')
  const at = values.apply ? effectiveAtOf(values.at) : '--at chỉ dùng cùng --apply.'
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(values.at)
  if (at instanceof Date && zoned) return at
  err(typeof at === 'string' ? at : 'Thời điểm thực hiện: cần ghi cả múi giờ, ví dụ 2026-12-31T00:00:00+07:00.')
  return 'invalid'
}

type Plan = import('../cms/features/reorganisation/plan').Plan

/** Stores the plan as the province's current one and queues its apply at `at`: the server runs it. */
const schedule = async (payload: import('payload').Payload, plan: Plan, at: Date): Promise<number> => {
  const { ApplyConflict, queueApply } = await import('../cms/features/reorganisation/jobs')
  const { formatVietnamTime } = await import('../cms/features/reorganisation/vietnam-time')
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  try {
    const status = await queueApply(payload, { plan, only: only?.length ? only : null, at, actor })
    out(
      `Đã lưu kế hoạch ${values.apply} làm kế hoạch hiện tại và lên lịch thực hiện ${only?.length ? `các đơn vị ${only.join(', ')}` : `tất cả ${plan.units.length} đơn vị mới`} lúc ${formatVietnamTime(at)} (giờ Việt Nam).`,
    )
    out('Máy chủ (hàng đợi công việc) sẽ thực hiện vào thời điểm đó; xem tiến độ, hủy lịch tại /admin/sap-xep.')
    if (values.json) out(JSON.stringify({ scheduled: { jobId: status.jobId, at: status.at } }))
    return 0
  } catch (e) {
    if (!(e instanceof ApplyConflict)) throw e
    err(e.message)
    return 2
  }
}

const main = async (): Promise<number> => {
  if (values.help || (!values.plan && !values.apply)) {
    out(USAGE)
    return values.help ? 0 : 2
  }
  const { loadMapping, DEFAULT_MAPPING_FILE, MappingError } = await import('../cms/features/reorganisation/mapping')
  const { PlanError, checkPlan } = await import('../cms/features/reorganisation/plan-check')
  // Read the input files before booting, so a bad file costs no start-up.
  let mapping: ReturnType<typeof loadMapping> | undefined
  let mappingFile = ''
  let plan: Plan | undefined
  const at = await effectiveAt()
  if (at === 'invalid') return 2
  try {
    if (values.plan) {
      mappingFile = positionals[0] ? path.resolve(positionals[0]) : DEFAULT_MAPPING_FILE
      mapping = loadMapping(positionals[0] ? mappingFile : undefined)
    } else {
      const file = path.resolve(values.apply!)
      try {
        plan = JSON.parse(fs.readFileSync(file, 'utf8'))
      } catch (e) {
        err(`Không đọc được kế hoạch ${file}: ${(e as Error).message}`)
        return 2
      }
      checkPlan(plan!)
    }
  } catch (e) {
    if (e instanceof MappingError || e instanceof PlanError) {
      err(e instanceof MappingError ? 'Bảng sáp nhập có lỗi:' : 'Kế hoạch có lỗi:')
      for (const p of e.problems) err(`  - ${p}`)
      return 2
    }
    throw e
  }

  const { bootPayload } = await import('../cms/boot')
  const payload = await bootPayload()
  try {
    if (mapping) {
      const { buildPlan } = await import('../cms/features/reorganisation/plan')
      const { planText } = await import('../cms/features/reorganisation/plan-text')
      const built = await buildPlan(payload, mapping, mappingFile)
      const file = path.resolve(values.out ?? 'reorganisation-plan.json')
      fs.writeFileSync(file, `${JSON.stringify(built, null, 1)}\n`)
      out(planText(built))
      out('')
      out(`Đã ghi kế hoạch: ${file}`)
      out(
        `Xem, sửa nếu cần (trưởng ban, vai trò, địa chỉ, tên miền, giao diện), rồi: npm run reorganise -- --apply ${file}`,
      )
      if (values.json) out(JSON.stringify({ plan: file, totals: built.totals, problems: built.problems.length }))
      return 0
    }
    if (at) return await schedule(payload, plan!, at)
    const { applyPlan } = await import('../cms/features/reorganisation/apply')
    const only = values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    out(
      `Thực hiện kế hoạch ${values.apply}: ${plan!.units.length} đơn vị mới${only ? ` (chỉ ${only.join(', ')})` : ''}.`,
    )
    const report = await applyPlan(payload, plan!, {
      only,
      log: out,
      build: !values['no-build'],
      actor,
      shouldStop: stopOnSignal(),
    })
    out('')
    out(
      `Kết quả: ${report.changed} đơn vị thay đổi, ${report.units.length - report.changed} đã xong từ trước; trang xây dựng ${report.built}, lỗi ${report.failed} (${report.seconds.toFixed(1)} giây).`,
    )
    if (report.stopped) out('Đã dừng giữa chừng: chạy lại lệnh để tiếp tục.')
    if (values.json) out(JSON.stringify({ report }))
    return report.stopped ? 130 : report.failed ? 1 : 0
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    err(e instanceof StartupError ? e.message : String((e as Error)?.stack ?? e))
    // Database errors wrap the driver's reason (SQLITE_BUSY, a constraint…) in `cause`.
    for (let cause = (e as Error)?.cause; cause; cause = (cause as Error).cause) err(`caused by: ${String(cause)}`)
    process.exit(1)
  },
)
