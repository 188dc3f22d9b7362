/**
 * The reorganisation for the province admin, over REST (the admin's /admin/sap-xep uses these):
 *   POST /api/reorganisation/plan {mapping?}  plan from a mapping (default the shipped one), stored as current
 *   GET  /api/reorganisation/plan             the current plan (404 when none)
 *   PUT  /api/reorganisation/plan             the current plan replaced by an edited one (checked)
 *   POST /api/reorganisation/apply {only?, at?}  the current plan applied by a job, now or at `at`
 *   DELETE /api/reorganisation/apply          the scheduled run cancelled (before it starts)
 *   GET  /api/reorganisation/status           the last run: progress, time left, report
 * Everyone else is refused (403) in Vietnamese; every change is audited.
 */
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { ApplyConflict, assertNotRunning, cancelScheduledApply, effectiveAtOf, queueApply } from './jobs'
import type { Mapping } from './mapping'
import { buildPlan, type Plan } from './plan'
import { checkPlan, PlanError } from './plan-check'
import { planText } from './plan-text'
import { currentRunStatus, readCurrentPlan, writeCurrentPlan } from './current-plan'
import { formatVietnamTime } from './vietnam-time'

/** At most this many units in a mapping or a plan (a province has a few hundred). */
const MAX_UNITS = 2000
const noStore = { 'Cache-Control': 'private, no-store' }

const refusal = (status: number, message: string | string[], field?: string) =>
  Response.json(
    {
      errors: (Array.isArray(message) ? message : [message]).map((m) => ({ message: m, ...(field ? { field } : {}) })),
    },
    { status, headers: noStore },
  )

const answer = (body: unknown, status = 200) => Response.json(body, { status, headers: noStore })

/** The refusal for anyone but the province admin, or null. */
const refused = (req: PayloadRequest): Response | null => {
  if (isProvinceAdmin(req.user)) return null
  return refusal(
    403,
    req.user
      ? 'Chỉ quản trị tỉnh được sắp xếp đơn vị hành chính.'
      : 'Cần đăng nhập bằng tài khoản quản trị tỉnh để sắp xếp đơn vị hành chính.',
  )
}

/** The JSON body ({} when empty), or the refusal. Its size is bounded before (cms/security, 1 MB). */
const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  const text = (await req.text?.()) ?? ''
  if (!text.trim()) return {}
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? ''))
    return refusal(415, 'Cần gửi dữ liệu dạng JSON (Content-Type: application/json).')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refusal(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refusal(400, 'Dữ liệu gửi lên phải là một đối tượng JSON.')
  return data as Record<string, unknown>
}

const conflictOr = (err: unknown): Response => {
  if (err instanceof ApplyConflict) return refusal(409, err.message)
  throw err
}

const audit = (req: PayloadRequest, summary: string, details: Record<string, unknown>) =>
  writeAudit(req, { action: 'reorganise', summary, details }, { inTransaction: false })

/**
 * mapping.ts finds its data file from import.meta.url, which the admin's bundle cannot evaluate:
 * it is loaded when a plan is asked for, by the server's own Payload (which answers the API).
 */
const mappingModule = (): Promise<typeof import('./mapping')> => {
  const file = './mapping.ts'
  return import(/* turbopackIgnore: true */ /* webpackIgnore: true */ file)
}

/** The mapping of the request: the one sent, or the shipped one. */
const mappingOf = async (body: Record<string, unknown>): Promise<{ mapping: Mapping; file: string } | Response> => {
  const { DEFAULT_MAPPING_FILE, loadMapping, MappingError, parseMapping } = await mappingModule()
  try {
    if (body.mapping === undefined || body.mapping === null)
      return { mapping: loadMapping(), file: path.relative(process.cwd(), DEFAULT_MAPPING_FILE) }
    const units = (body.mapping as { units?: unknown } | undefined)?.units
    if (Array.isArray(units) && units.length > MAX_UNITS)
      return refusal(400, `Bảng sáp nhập có quá nhiều đơn vị (tối đa ${MAX_UNITS}).`, 'mapping')
    return { mapping: parseMapping(body.mapping, 'bảng sáp nhập gửi lên'), file: 'bảng sáp nhập gửi lên' }
  } catch (err) {
    if (err instanceof MappingError) return refusal(400, err.problems, 'mapping')
    throw err
  }
}

export const createPlanEndpoint: Endpoint = {
  path: '/reorganisation/plan',
  method: 'post',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    const source = await mappingOf(body)
    if (source instanceof Response) return source
    try {
      await assertNotRunning(req.payload)
    } catch (err) {
      return conflictOr(err)
    }
    const plan = await buildPlan(req.payload, source.mapping, source.file)
    writeCurrentPlan(plan)
    await audit(req, `Lập kế hoạch sắp xếp: ${plan.totals.newUnits} đơn vị mới, ${plan.problems.length} vấn đề`, {
      mapping: source.file,
      totals: plan.totals,
    })
    return answer({ plan, text: planText(plan) }, 201)
  },
}

export const readPlanEndpoint: Endpoint = {
  path: '/reorganisation/plan',
  method: 'get',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const plan = readCurrentPlan()
    if (!plan) return refusal(404, 'Chưa có kế hoạch sắp xếp: hãy lập kế hoạch trước.')
    return answer({ plan, text: planText(plan) })
  },
}

/** checkPlan, plus this door's input limit. */
const checkEditedPlan = (plan: Plan): void => {
  if (Array.isArray(plan?.units) && plan.units.length > MAX_UNITS)
    throw new PlanError([`Kế hoạch có quá nhiều đơn vị (tối đa ${MAX_UNITS}).`])
  checkPlan(plan)
}

export const replacePlanEndpoint: Endpoint = {
  path: '/reorganisation/plan',
  method: 'put',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    // The plan itself, or { plan } as GET answers it.
    const plan = (body.format === undefined && typeof body.plan === 'object' ? body.plan : body) as Plan
    try {
      checkEditedPlan(plan)
    } catch (err) {
      if (err instanceof PlanError) return refusal(400, err.problems, 'plan')
      throw err
    }
    try {
      await assertNotRunning(req.payload)
    } catch (err) {
      return conflictOr(err)
    }
    writeCurrentPlan(plan)
    await audit(req, `Sửa kế hoạch sắp xếp: ${plan.units.length} đơn vị mới`, { units: plan.units.length })
    return answer({ plan, text: planText(plan) })
  },
}

/** `only`: absent (all) or codes of the plan's new units. */
const onlyOf = (value: unknown, plan: Plan): string[] | null | string => {
  if (value === undefined || value === null) return null
  const codes = new Set(plan.units.map((u) => u.code))
  if (!Array.isArray(value) || !value.length || value.length > codes.size)
    return 'Chọn ít nhất một đơn vị mới của kế hoạch.'
  const unknown = value.filter((c) => typeof c !== 'string' || !codes.has(c))
  if (unknown.length)
    return `Không có đơn vị mới mã ${unknown
      .slice(0, 5)
      .map((c) => String(c).slice(0, 12))
      .join(', ')} trong kế hoạch.`
  return [...new Set(value as string[])]
}

export const applyEndpoint: Endpoint = {
  path: '/reorganisation/apply',
  method: 'post',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    const plan = readCurrentPlan()
    if (!plan) return refusal(404, 'Chưa có kế hoạch sắp xếp: hãy lập kế hoạch trước.')
    const only = onlyOf(body.only, plan)
    if (typeof only === 'string') return refusal(400, only, 'only')
    const at = effectiveAtOf(body.at)
    if (typeof at === 'string') return refusal(400, at, 'at')
    const actor = (req.user as { email?: string }).email ?? 'quản trị tỉnh'
    let status: Awaited<ReturnType<typeof queueApply>>
    try {
      status = await queueApply(req.payload, { only, at: at ?? undefined, actor })
    } catch (err) {
      return conflictOr(err)
    }
    const what = only ? `${only.length} đơn vị mới (${only.join(', ')})` : `tất cả ${plan.units.length} đơn vị mới`
    const message = at
      ? `Đã lên lịch thực hiện kế hoạch cho ${what} lúc ${formatVietnamTime(status.at)} (giờ Việt Nam).`
      : `Đã bắt đầu thực hiện kế hoạch cho ${what}.`
    await audit(req, message, { only, at: status.at, jobId: status.jobId })
    return answer({ status, message }, 202)
  },
}

export const cancelApplyEndpoint: Endpoint = {
  path: '/reorganisation/apply',
  method: 'delete',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    let cancelled: boolean
    try {
      cancelled = await cancelScheduledApply(req.payload)
    } catch (err) {
      return conflictOr(err)
    }
    if (!cancelled) return refusal(404, 'Không có lần thực hiện nào đang chờ.')
    await audit(req, 'Hủy lịch thực hiện kế hoạch sắp xếp', {})
    return answer({ status: currentRunStatus(), message: 'Đã hủy lịch thực hiện.' })
  },
}

export const statusEndpoint: Endpoint = {
  path: '/reorganisation/status',
  method: 'get',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const plan = readCurrentPlan()
    return answer({
      status: currentRunStatus(),
      plan: plan ? { createdAt: plan.createdAt, units: plan.units.length } : null,
    })
  },
}

export const reorganisationEndpoints: Endpoint[] = [
  createPlanEndpoint,
  readPlanEndpoint,
  replacePlanEndpoint,
  applyEndpoint,
  cancelApplyEndpoint,
  statusEndpoint,
]
