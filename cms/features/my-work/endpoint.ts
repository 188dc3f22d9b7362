import type { Endpoint } from 'payload'
import { myWork } from './my-work-data'

/**
 * GET /api/my-work: the signed-in person's dashboard data, only ever about their own communes
 * (the province admin: the province; a viewer: their district's and followed communes). Anonymous: 401.
 */
export const myWorkEndpoint: Endpoint = {
  path: '/my-work',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const work = await myWork(req)
    if (!work) return Response.json({ errors: [{ message: 'Cần đăng nhập để xem "Việc của tôi".' }] }, { status: 401 })
    return Response.json(work, {
      headers: {
        'Cache-Control': 'private, no-store',
        'Server-Timing': `mywork;dur=${(performance.now() - started).toFixed(1)}`,
      },
    })
  },
}
