/**
 * Checks a plan before anything is applied, the province's edits included: every problem names
 * the unit and the field, in Vietnamese. Pure: no database.
 */
import { isDomainName } from '../../../contract/site-urls'
import { isCommuneType } from '../../../contract/vocabulary'
import { THEMES } from '../../../themes/index'
import { MEMBER_ROLES } from '../../access/roles'
import { PLAN_FORMAT, type Plan } from './plan'

export class PlanError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`the plan cannot be applied: ${problems.slice(0, 5).join(' | ')}`)
    this.name = 'PlanError'
    this.problems = problems
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const checkPlan = (plan: Plan): void => {
  const problems: string[] = []
  if (!plan || plan.format !== PLAN_FORMAT || !Array.isArray(plan.units))
    throw new PlanError([`Tệp không phải kế hoạch sắp xếp (cần "format": "${PLAN_FORMAT}").`])
  // The lists the admin and the apply read besides the units (an edited file may lack them).
  for (const list of ['splits', 'problems', 'unmapped'] as const)
    if (!Array.isArray(plan[list])) problems.push(`Kế hoạch thiếu danh sách "${list}".`)
  if (typeof plan.totals !== 'object' || plan.totals === null) problems.push('Kế hoạch thiếu "totals".')
  if (typeof plan.province !== 'object' || plan.province === null) problems.push('Kế hoạch thiếu "province".')
  const slugs = new Map<string, string>()
  const codes = new Set<string>()
  const contentAt = new Map<string, string>()
  for (const [i, unit] of plan.units.entries()) {
    const where = `Đơn vị ${unit?.name ?? `thứ ${i + 1}`} (${unit?.code ?? '?'})`
    if (!unit || typeof unit.code !== 'string' || !/^\d{3,6}$/.test(unit.code)) {
      problems.push(`${where}: "code" phải là mã đơn vị hành chính.`)
      continue
    }
    if (codes.has(unit.code)) problems.push(`${where}: mã ${unit.code} lặp lại.`)
    codes.add(unit.code)
    if (typeof unit.name !== 'string' || !unit.name.trim()) problems.push(`${where}: "name" bắt buộc.`)
    if (!isCommuneType(unit.type)) problems.push(`${where}: "type" phải là xa, phuong, thi-tran hoặc dac-khu.`)
    if (typeof unit.slug !== 'string' || !SLUG.test(unit.slug))
      problems.push(`${where}: "slug" chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`)
    else if (slugs.has(unit.slug)) problems.push(`${where}: "slug" ${unit.slug} trùng với ${slugs.get(unit.slug)}.`)
    else slugs.set(unit.slug, unit.name)
    if (!Number.isInteger(unit.theme) || unit.theme < 1 || unit.theme > THEMES.length)
      problems.push(`${where}: "theme" phải từ 1 đến ${THEMES.length}.`)
    if (!Array.isArray(unit.domains) || unit.domains.some((d) => !isDomainName(d)))
      problems.push(`${where}: "domains" chỉ chứa tên miền hợp lệ.`)
    if (unit.action !== 'merge' && unit.action !== 'provision')
      problems.push(`${where}: "action" phải là merge hoặc provision.`)
    if (!Array.isArray(unit.board) || !Array.isArray(unit.redirects) || !Array.isArray(unit.mergedCategories))
      problems.push(`${where}: thiếu "board", "redirects" hoặc "mergedCategories".`)
    if (!Array.isArray(unit.from)) {
      problems.push(`${where}: "from" phải là danh sách.`)
      continue
    }
    for (const old of unit.from)
      if (old?.content) {
        if (contentAt.has(old.code))
          problems.push(
            `${where}: nội dung của đơn vị cũ ${old.name} (${old.code}) đã chuyển về ${contentAt.get(old.code)}; chỉ một đơn vị nhận ("content": true).`,
          )
        contentAt.set(old.code, unit.name)
      }
    if (unit.action === 'merge' && !unit.from.some((f) => f.code === unit.keep && f.content && f.slug))
      problems.push(`${where}: "keep" phải là mã một đơn vị cũ có trang trong "from" với "content": true.`)
    for (const member of unit.board ?? [])
      if (!MEMBER_ROLES.includes(member.role))
        problems.push(`${where}: vai trò của ${member.email} phải là chief, editor hoặc contributor.`)
  }
  if (problems.length) throw new PlanError(problems)
}
