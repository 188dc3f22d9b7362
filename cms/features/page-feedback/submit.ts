import fs from 'node:fs/promises'
import path from 'node:path'
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import {
  checkFeedback,
  FEEDBACK_FAILED,
  FEEDBACK_THANKS,
  feedbackValues,
  type FeedbackFieldError,
  type FeedbackValues,
} from '../../../contract/page-feedback'
import { liveDir } from '../../runtime/sites-dir'

const THANKS = 'Cảm ơn bạn đã đánh giá trang này.'

/** Whether the request is the site's plain form (no JavaScript): it gets a redirect, not JSON. */
const isPlainForm = (req: PayloadRequest): boolean => {
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  return type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded'
}

/** The body as fields: JSON through Payload, a plain form (multipart or urlencoded) as its fields. */
const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  if (!isPlainForm(req)) {
    await addDataAndFileToRequest(req)
    return (req.data ?? {}) as Record<string, unknown>
  }
  const form = await req.formData?.()
  const fields: Record<string, unknown> = {}
  form?.forEach((value, key) => {
    if (typeof value === 'string') fields[key] = value
  })
  return fields
}

/** The live site serves this page: the rated path is one of its pages, not anything typed. */
export const sitePageExists = async (slug: string, sitePath: string): Promise<boolean> => {
  const root = liveDir(slug)
  const relative = decodeURIComponent(sitePath).replace(/^\/+/, '')
  const file = sitePath.endsWith('/') ? path.join(root, relative, 'index.html') : path.join(root, relative)
  if (!file.startsWith(`${root}${path.sep}`) || !file.endsWith('.html')) return false
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
}

/** The live commune of the slug, or an error naming the field. */
const liveCommuneId = async (req: PayloadRequest, values: FeedbackValues) => {
  const found = await req.payload.find({
    collection: 'communes',
    where: { and: [{ slug: { equals: values.commune } }, { status: { equals: 'live' } }] },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const id = found.docs[0]?.id
  if (id === undefined) return { error: { field: 'commune', message: 'Đơn vị: không tìm thấy đơn vị đang hoạt động.' } }
  if (!(await sitePageExists(values.commune, values.path)).valueOf())
    return { error: { field: 'path', message: 'Trang: không có trang này trên trang thông tin của đơn vị.' } }
  return { id }
}

const answer = (req: PayloadRequest, values: FeedbackValues, errors: FeedbackFieldError[]): Response => {
  if (isPlainForm(req)) {
    // Back to the page it came from (a checked site path of the same host), where `:target` shows the outcome.
    const back = errors.some((e) => e.field === 'path') ? '/' : values.path
    return new Response(null, {
      status: 303,
      headers: { Location: `${back}#${errors.length ? FEEDBACK_FAILED : FEEDBACK_THANKS}` },
    })
  }
  return errors.length
    ? Response.json({ errors }, { status: 400 })
    : Response.json({ message: THANKS }, { status: 201 })
}

/**
 * POST /api/page-feedback/submit: a citizen's "Có"/"Không" about a page of a live commune's site,
 * with an optional comment. JSON answers 201 `{ message }` or 400 `{ errors: [{ field, message }] }`;
 * the site's plain form (no JavaScript) is sent back to its page with a thank-you. The budget per
 * address is cms/security/public-writes.ts; nothing about the sender is stored.
 */
export const submitFeedback: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req).catch(() => null)
    if (!body)
      return Response.json({ errors: [{ field: 'body', message: 'Dữ liệu gửi lên không hợp lệ.' }] }, { status: 400 })
    const values = feedbackValues(body)
    const errors = checkFeedback(values)
    if (errors.length) return answer(req, values, errors)
    const commune = await liveCommuneId(req, values)
    if ('error' in commune) return answer(req, values, [commune.error as FeedbackFieldError])
    await req.payload.create({
      collection: 'page-feedback',
      overrideAccess: true,
      depth: 0,
      context: { citizenSubmission: true },
      data: {
        tenant: commune.id,
        path: values.path,
        helpful: values.helpful === true,
        comment: values.comment || undefined,
      },
    })
    return answer(req, values, [])
  },
}
