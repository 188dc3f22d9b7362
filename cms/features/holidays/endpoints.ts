import type { Endpoint, PayloadRequest } from 'payload'
import { asRoleUser } from '../../access/roles'
import { publicationDeadline, workingDayCalendar } from './calendar'

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const noStore = { 'Cache-Control': 'private, no-store' }
const query = (req: PayloadRequest, name: string) => {
  const value = req.query?.[name]
  return typeof value === 'string' ? value.slice(0, 40) : ''
}

/** GET /api/working-days/calendar?year=YYYY: the days off and make-up working days in force that year. */
export const calendarEndpoint: Endpoint = {
  path: '/working-days/calendar',
  method: 'get',
  handler: async (req) => {
    if (!asRoleUser(req.user)) return refusal(401, 'Cần đăng nhập để xem lịch nghỉ lễ.')
    const year = query(req, 'year')
    if (!/^\d{4}$/.test(year)) return refusal(400, `Lịch nghỉ lễ: năm "${year}" không hợp lệ (dạng YYYY).`)
    const calendar = await workingDayCalendar(req.payload)
    const inYear = (day: string) => day.startsWith(`${year}-`)
    return Response.json(
      { year: Number(year), holidays: calendar.holidays.filter(inYear), workdays: calendar.workdays.filter(inYear) },
      { headers: noStore },
    )
  },
}

/** GET /api/working-days/deadline?decision=<ISO date>: the last instant to publish it within 5 working days. */
export const deadlineEndpoint: Endpoint = {
  path: '/working-days/deadline',
  method: 'get',
  handler: async (req) => {
    if (!asRoleUser(req.user)) return refusal(401, 'Cần đăng nhập để tính hạn công khai.')
    const decision = new Date(query(req, 'decision'))
    if (Number.isNaN(decision.getTime()) || decision.getUTCFullYear() < 2000 || decision.getUTCFullYear() > 2100)
      return refusal(400, 'Hạn công khai: ngày quyết định không hợp lệ.')
    const deadline = await publicationDeadline(req.payload, decision)
    return Response.json({ decision: decision.toISOString(), deadline: deadline.toISOString() }, { headers: noStore })
  },
}
