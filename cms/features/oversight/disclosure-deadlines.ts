import { isPublishedWithinWorkingDays, type WorkingDayCalendar } from '../../lib/working-days'

/** The law's deadline: 5 working days from the decision (Luật 10/2022, when no other applies). */
export const DISCLOSURE_WORKING_DAYS = 5

type DisclosureRow = Record<string, unknown>

const dateOf = (value: unknown): Date | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export type DisclosureState = 'on-time' | 'late' | 'overdue' | 'pending' | 'none'

/**
 * Where one disclosure stands against the deadline: published on time or late, or not yet
 * published and past the deadline (overdue) or not (pending). Working days follow `holidays`.
 */
export const disclosureState = (
  row: DisclosureRow,
  now: Date,
  holidays?: readonly string[] | WorkingDayCalendar,
): DisclosureState => {
  const decision = dateOf(row.decisionDate)
  if (!decision) return 'none'
  const published = row._status === 'published'
  const publication = dateOf(row.publicationDate) ?? dateOf(row.firstPublishedAt)
  if (published && publication) {
    // A publication dated before its decision is bad data, not a late one.
    if (publication.getTime() < decision.getTime()) return 'on-time'
    return isPublishedWithinWorkingDays(decision, publication, DISCLOSURE_WORKING_DAYS, holidays) ? 'on-time' : 'late'
  }
  if (published || now.getTime() < decision.getTime()) return 'pending'
  return isPublishedWithinWorkingDays(decision, now, DISCLOSURE_WORKING_DAYS, holidays) ? 'pending' : 'overdue'
}
