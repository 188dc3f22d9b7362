import type { Endpoint } from 'payload'
import { asRoleUser, isProvinceAdmin } from '../../access/roles'
import { fetchAllFeeds } from './feeds'
import { RepublishError, republish } from './republish'

const refusal = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/**
 * POST /api/syndication/republish {sharedNews, category, commune?}: "Đăng lại" of an offer as a
 * news item of the commune (published by a chief or the province, submitted for approval by an
 * editor or a contributor). 201 with the new item; refusals in Vietnamese naming the field.
 */
export const republishEndpoint: Endpoint = {
  path: '/syndication/republish',
  method: 'post',
  handler: async (req) => {
    if (!asRoleUser(req.user)) return refusal(401, 'Cần đăng nhập để đăng lại tin.')
    const body = (await req.json?.().catch(() => undefined)) as Record<string, unknown> | undefined
    try {
      const doc = await republish(req, body ?? {})
      return Response.json({ doc }, { status: 201 })
    } catch (err) {
      if (err instanceof RepublishError) return refusal(err.status, err.message, err.field)
      const status = (err as { status?: number }).status
      if (status === 403) return refusal(403, (err as Error).message || 'Đăng lại: không đủ quyền.')
      throw err
    }
  },
}

/** POST /api/syndication/fetch-feeds: "Lấy tin ngay", the hourly fetch of every active feed, now (province only). */
export const fetchFeedsEndpoint: Endpoint = {
  path: '/syndication/fetch-feeds',
  method: 'post',
  handler: async (req) => {
    if (!isProvinceAdmin(req.user)) return refusal(403, 'Chỉ quản trị tỉnh được lấy tin từ các nguồn tin.')
    return Response.json({ feeds: await fetchAllFeeds(req.payload) })
  },
}
