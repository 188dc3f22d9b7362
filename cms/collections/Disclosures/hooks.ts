import type { CollectionBeforeChangeHook } from 'payload'
import {
  CALENDAR_CONFIG_KEY,
  isPublishedWithinWorkingDays,
  type WorkingDayCalendar,
  type WorkingDayCalendarSource,
} from '../../lib/working-days'

/** The province's calendar when the holidays feature provides one; else the statutory days alone. */
const calendarOf = async (payload: { config: { custom?: Record<string, unknown> } }) => {
  const source = payload.config.custom?.[CALENDAR_CONFIG_KEY] as WorkingDayCalendarSource | undefined
  return source ? await source(payload) : undefined
}

/**
 * The law gives 5 working days from the decision to its publication when no other deadline
 * applies; the flag is computed, never typed, so the province's oversight can trust it.
 * The publication date is the server's clock when the item is first published and never moves
 * afterwards (unpublishing and republishing keep it). Over REST and GraphQL the field cannot be
 * written at all (the holidays feature closes it); only server code (the demo seed, imports of
 * history) may give one through the Local API.
 */
export const computeOnTime: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const decision = data.decisionDate ?? originalDoc?.decisionDate
  const first = originalDoc?.publicationDate ?? data.publicationDate
  data.publicationDate = first ?? (data._status === 'published' ? new Date().toISOString() : null)
  const publication = data.publicationDate
  const calendar: WorkingDayCalendar | undefined =
    decision && publication ? await calendarOf(req.payload as never) : undefined
  data.publishedOnTime =
    decision && publication ? isPublishedWithinWorkingDays(decision, publication, 5, calendar) : null
  return data
}
