import type { CollectionBeforeChangeHook } from 'payload'

/** The version of the personal-data notice shown beside the question form. */
export const PRIVACY_NOTICE_VERSION = '2025-01'

/** The consent's time and notice version; a citizen's question always arrives pending and unpublished. */
export const recordConsent: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && data.consent === true && !data.consentAt) {
    data.consentAt = new Date().toISOString()
    data.noticeVersion ??= PRIVACY_NOTICE_VERSION
  }
  if (operation === 'create' && req.context.citizenSubmission) {
    data.status = 'pending'
    data.published = false
  }
  if (data.answer && !data.answeredAt) data.answeredAt = new Date().toISOString()
  return data
}
