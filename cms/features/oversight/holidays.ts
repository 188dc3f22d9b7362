import type { PayloadRequest } from 'payload'
import type { WorkingDayCalendar } from '../../lib/working-days'
import { workingDayCalendar } from '../holidays'

/**
 * The working-day calendar the 5-working-day rule counts with: the province's (features/holidays:
 * statutory days off with Tết and Hùng Kings from the lunar calendar, plus the Lịch nghỉ lễ
 * entries, make-up working days included), read once per request.
 */
export const holidaysAround = async (req: PayloadRequest, _now: Date): Promise<WorkingDayCalendar> =>
  workingDayCalendar(req.payload)
