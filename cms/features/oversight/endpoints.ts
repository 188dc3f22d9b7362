import type { Endpoint, PayloadRequest } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { type OversightReport, oversightReport } from './rows'
import { isRefusal, type OversightScope, oversightScope, scopeName } from './scope'
import { refreshVisits } from './visits'
import { oversightWorkbook } from './xlsx'

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const noStore = { 'Cache-Control': 'private, no-store' }

type Scoped = { report: OversightReport; scope: OversightScope }

/** The report for the asker's scope, or the refusal (401 anonymous, 403 boards or another district). */
const reportFor = async (req: PayloadRequest): Promise<Scoped | Response> => {
  const district = typeof req.query?.district === 'string' ? req.query.district : null
  const scope = await oversightScope(req, district)
  if (isRefusal(scope)) return refusal(scope.status, scope.message)
  return { report: await oversightReport(req, scope), scope }
}

/**
 * GET /api/oversight/communes[?district=<id or slug, or 'none' for the communes of no district>]:
 * one row per commune in the asker's view.
 */
export const communesEndpoint: Endpoint = {
  path: '/oversight/communes',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const scoped = await reportFor(req)
    if (scoped instanceof Response) return scoped
    return Response.json(scoped.report, {
      headers: { ...noStore, 'Server-Timing': `oversight;dur=${(performance.now() - started).toFixed(1)}` },
    })
  },
}

/** GET /api/oversight/communes.xlsx: the same rows as a spreadsheet. */
export const communesXlsxEndpoint: Endpoint = {
  path: '/oversight/communes.xlsx',
  method: 'get',
  handler: async (req) => {
    const scoped = await reportFor(req)
    if (scoped instanceof Response) return scoped
    const { report, scope } = scoped
    const districts = [...new Set(report.rows.map((r) => r.district))]
    const body = await oversightWorkbook(report, scopeName(scope, districts))
    return new Response(new Uint8Array(body), {
      headers: {
        ...noStore,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="giam-sat-${report.generatedAt.slice(0, 10)}.xlsx"`,
      },
    })
  },
}

/** POST /api/oversight/visits/refresh: the province asks Matomo now instead of waiting for the hourly job. */
export const refreshVisitsEndpoint: Endpoint = {
  path: '/oversight/visits/refresh',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Cần đăng nhập để cập nhật số liệu truy cập.')
    if (!isProvinceAdmin(req.user)) return refusal(403, 'Chỉ quản trị tỉnh cập nhật được số liệu truy cập.')
    const { sites: _sites, ...snapshot } = await refreshVisits(req.payload)
    return Response.json(snapshot, { headers: noStore })
  },
}
