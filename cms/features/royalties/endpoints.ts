import type { Endpoint, PayloadRequest } from 'payload'
import { asRoleUser, isProvinceAdmin } from '../../access/roles'
import { maySeeStatement } from './access'
import { monthRange } from './compute'
import { type Commune, loadStatement, lockStatement } from './statement'
import { provinceSummary } from './summary'
import { statementWorkbook } from './xlsx'

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const noStore = { 'Cache-Control': 'private, no-store' }

const param = (req: PayloadRequest, body: Record<string, unknown> | undefined, name: string): string => {
  const value = body?.[name] ?? req.query?.[name]
  return typeof value === 'string' ? value.slice(0, 100) : ''
}

/** The commune and month asked for, once the asker may see them; else the refusal. */
const resolve = async (req: PayloadRequest, body?: Record<string, unknown>) => {
  if (!asRoleUser(req.user)) return refusal(401, 'Cần đăng nhập để xem bảng nhuận bút.')
  const slug = param(req, body, 'commune')
  const month = param(req, body, 'month')
  if (!monthRange(month)) return refusal(400, `Bảng nhuận bút: tháng "${month}" không hợp lệ (dạng YYYY-MM).`)
  const { docs } = await req.payload.find({
    collection: 'communes',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const commune = docs[0] as unknown as Commune | undefined
  // Another commune's existence is not told: the same refusal whether it exists or not.
  if (!commune || !maySeeStatement(req.user, commune.id))
    return refusal(403, `Bảng nhuận bút: bạn không có quyền xem bảng nhuận bút của đơn vị "${slug}".`)
  return { commune, month }
}

/** GET /api/royalties/statement?commune=<slug>&month=YYYY-MM[&format=xlsx] */
export const statementEndpoint: Endpoint = {
  path: '/royalties/statement',
  method: 'get',
  handler: async (req) => {
    const asked = await resolve(req)
    if (asked instanceof Response) return asked
    const statement = await loadStatement(req.payload, asked.commune, asked.month)
    if (req.query?.format !== 'xlsx') return Response.json(statement, { headers: noStore })
    const body = await statementWorkbook(statement)
    return new Response(new Uint8Array(body), {
      headers: {
        ...noStore,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="nhuan-but-${statement.commune}-${statement.month}.xlsx"`,
      },
    })
  },
}

const currentMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

/** POST /api/royalties/lock { commune, month }: the chief (or the province) locks the month's statement. */
export const lockEndpoint: Endpoint = {
  path: '/royalties/lock',
  method: 'post',
  handler: async (req) => {
    const body = (await req.json?.().catch(() => undefined)) as Record<string, unknown> | undefined
    const asked = await resolve(req, body)
    if (asked instanceof Response) return asked
    if (asked.month > currentMonth())
      return refusal(400, `Bảng nhuận bút tháng ${asked.month} của ${asked.commune.name}: chưa đến tháng này.`)
    const user = asRoleUser(req.user)!
    const statement = await lockStatement(req.payload, asked.commune, asked.month, user.id)
    req.payload.logger.info({ msg: 'Royalty statement locked', commune: asked.commune.slug, month: asked.month })
    return Response.json(statement, { headers: noStore })
  },
}

/** GET /api/royalties/summary?month=YYYY-MM: every commune's total, for the province admin. */
export const summaryEndpoint: Endpoint = {
  path: '/royalties/summary',
  method: 'get',
  handler: async (req) => {
    if (!asRoleUser(req.user)) return refusal(401, 'Cần đăng nhập để xem tổng hợp nhuận bút.')
    if (!isProvinceAdmin(req.user)) return refusal(403, 'Chỉ quản trị tỉnh xem được tổng hợp nhuận bút toàn tỉnh.')
    const month = param(req, undefined, 'month')
    if (!monthRange(month)) return refusal(400, `Tổng hợp nhuận bút: tháng "${month}" không hợp lệ (dạng YYYY-MM).`)
    return Response.json(await provinceSummary(req.payload, month), { headers: noStore })
  },
}
