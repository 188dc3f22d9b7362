import type { PayloadRequest } from 'payload'
import { fixedHolidaysForYear } from '../../lib/working-days'

/**
 * The public holidays the 5-working-day rule counts with, for the years around `now`.
 * PLACEHOLDER until the province's calendar (features/holidays) exists: the fixed-date holidays only.
 */
export const holidaysAround = async (_req: PayloadRequest, now: Date): Promise<string[]> => {
  const year = now.getUTCFullYear()
  return [year - 2, year - 1, year, year + 1].flatMap(fixedHolidaysForYear)
}
