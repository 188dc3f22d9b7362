import type { CollectionBeforeChangeHook } from 'payload'
import { isPublishedWithinWorkingDays } from '../../lib/working-days'

/**
 * The law gives 5 working days from the decision to its publication when no other deadline
 * applies; the flag is computed, never typed, so the province's oversight can trust it.
 */
export const computeOnTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const decision = data.decisionDate ?? originalDoc?.decisionDate
  if (data._status === 'published' && !(data.publicationDate ?? originalDoc?.publicationDate))
    data.publicationDate = new Date().toISOString()
  const publication = data.publicationDate ?? originalDoc?.publicationDate
  data.publishedOnTime = decision && publication ? isPublishedWithinWorkingDays(decision, publication) : null
  return data
}
