/**
 * "Trang này có hữu ích không?": the checks and messages of a citizen's rating of a page, one set
 * for the site's form (checked in the browser before sending) and the server's door
 * (POST /api/page-feedback/submit). A rating holds no personal data: the commune, the page's
 * path, yes or no, and an optional comment.
 */
export type FeedbackFieldError = { field: string; message: string }

export type FeedbackValues = { commune: string; path: string; helpful: boolean | null; comment: string }

/** The longest comment a citizen may add. */
export const FEEDBACK_COMMENT_MAX = 500
/** The longest site path rated (site paths are ASCII slugs). */
export const FEEDBACK_PATH_MAX = 300

/** The fragment of the page the form answers to without JavaScript (`:target` shows the message). */
export const FEEDBACK_THANKS = 'cam-on-danh-gia'
export const FEEDBACK_FAILED = 'loi-danh-gia'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Root-relative, no scheme, no host, no "..", no query or fragment: what the generator writes. */
const SITE_PATH = /^\/(?:[a-z0-9._~%-]+\/)*(?:[a-z0-9._~%-]+)?$/i

const text = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/** "có"/"true"/"1"/"yes" → true, "không"/"false"/"0"/"no" → false, anything else → null. */
export const parseHelpful = (value: unknown): boolean | null => {
  if (value === true || value === false) return value
  const v = text(value).toLowerCase()
  if (['true', '1', 'yes', 'co', 'có'].includes(v)) return true
  if (['false', '0', 'no', 'khong', 'không'].includes(v)) return false
  return null
}

/** A rated path as stored: the path alone (query and fragment dropped). */
export const feedbackPath = (value: unknown): string => text(value).split(/[?#]/, 1)[0] ?? ''

export const isSitePath = (path: string): boolean =>
  path.length <= FEEDBACK_PATH_MAX && SITE_PATH.test(path) && !path.split('/').some((part) => part === '..')

/** The form's values as the checks read them (NFC, trimmed). */
export const feedbackValues = (body: Record<string, unknown>): FeedbackValues => ({
  commune: text(body.commune),
  path: feedbackPath(body.path),
  helpful: parseHelpful(body.helpful),
  comment: text(body.comment).replace(/\r\n?/g, '\n'),
})

/** Every problem of a rating; each message names the field, in Vietnamese. */
export const checkFeedback = ({ commune, path, helpful, comment }: FeedbackValues): FeedbackFieldError[] => {
  const errors: FeedbackFieldError[] = []
  if (!SLUG.test(commune)) errors.push({ field: 'commune', message: 'Đơn vị: thiếu hoặc sai đơn vị của trang.' })
  if (!isSitePath(path)) errors.push({ field: 'path', message: 'Trang: địa chỉ trang không hợp lệ.' })
  if (helpful === null) errors.push({ field: 'helpful', message: 'Đánh giá: chọn “Có” hoặc “Không”.' })
  if (comment.length > FEEDBACK_COMMENT_MAX)
    errors.push({ field: 'comment', message: `Góp ý: tối đa ${FEEDBACK_COMMENT_MAX} ký tự.` })
  return errors
}
