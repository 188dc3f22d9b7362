import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { provisionCommune, ProvisionError, type BoardMember, type ProvisionInput } from './provision'

/** Only what ProvisionInput names, with arrays kept arrays: anything else is for validation to refuse. */
const inputFrom = (body: unknown): ProvisionInput => {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v])
  const type = text(b.type).trim()
  return {
    name: text(b.name),
    // Empty: the type comes from the name ("Xã …", "Phường …", "Thị trấn …").
    type: type ? (type as ProvisionInput['type']) : undefined,
    code: text(b.code),
    district: text(b.district),
    theme: typeof b.theme === 'number' ? b.theme : Number(text(b.theme).trim() || NaN),
    domains: list(b.domains).map(text),
    board: list(b.board).map((m) => {
      const member = (m && typeof m === 'object' ? m : {}) as Record<string, unknown>
      return { name: text(member.name), email: text(member.email), role: text(member.role) as BoardMember['role'] }
    }),
    slug: typeof b.slug === 'string' && b.slug.trim() ? b.slug : undefined,
  }
}

/** The answer carries invitation links, each shown once: no cache may keep it. */
const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * POST /api/communes/provision {name, type?, code, district, theme, domains[], board[]}: the
 * province admin provisions a commune from the admin (cms/components/ProvisionView.tsx), with the
 * same `provisionCommune` as `npm run provision`. The site is left to the build workers (the
 * server runs one); the answer comes once the commune, its content, accounts and Matomo site
 * exist, and the admin then follows the site's state. Invalid input: 400 with a Vietnamese
 * message per field. The answer holds the invitation links not emailed, to be handed over: it is
 * never logged or cached.
 */
export const provisionEndpoint: Endpoint = {
  path: '/provision',
  method: 'post',
  handler: async (req) => {
    if (!isProvinceAdmin(req.user))
      return Response.json({ errors: [{ message: 'Chỉ quản trị tỉnh được khởi tạo đơn vị.' }] }, { status: 403 })
    await addDataAndFileToRequest(req)
    try {
      const result = await provisionCommune(req.payload, inputFrom(req.data), { req, build: 'queue' })
      return Response.json(result, { headers: NO_STORE })
    } catch (err) {
      if (err instanceof ProvisionError)
        return Response.json({ errors: err.errors }, { status: 400, headers: NO_STORE })
      // Every step is resumable: sending the same form again finishes what is missing.
      req.payload.logger.error(`Provisioning from the admin failed: ${(err as Error).message}`)
      return Response.json(
        {
          errors: [
            {
              message: `Khởi tạo chưa hoàn tất do lỗi hệ thống (${(err as Error).message}). Những bước đã xong được giữ lại: gửi lại biểu mẫu để làm tiếp.`,
            },
          ],
        },
        { status: 500, headers: NO_STORE },
      )
    }
  },
}
