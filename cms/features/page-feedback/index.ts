/**
 * "Trang này có hữu ích không?" (issue 15): citizens' one-tap ratings of the pages of their
 * commune's site, with an optional comment and no personal data.
 *
 * The plugin adds the collection `page-feedback` (REST /api/page-feedback, GraphQL
 * `PageFeedback`/`PageFeedbacks`): citizens write only through POST /api/page-feedback/submit
 * (JSON or the site's plain form; budget per address in cms/security/public-writes.ts); the
 * province reads all, a viewer their communes, a commune's chief and editors their own; nobody
 * edits a rating, only the province deletes one. GET /api/page-feedback/summary gives the counts
 * per page and per commune, which the admin shows above the list.
 */
import type { Plugin } from 'payload'
import { withNormalizedText } from '../../hooks/normalizeUnicode'
import { PageFeedback } from './collection'

export { PAGE_FEEDBACK_SLUG } from './collection'

export const pageFeedbackPlugin = (): Plugin => (config) => ({
  ...config,
  collections: [...(config.collections ?? []), withNormalizedText(PageFeedback)],
})
