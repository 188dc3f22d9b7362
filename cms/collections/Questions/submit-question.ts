import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { checkQuestionForm, formText, type QuestionFieldError } from '../../../contract/question-form'

/** Checks a citizen's question; every message names the form field, in Vietnamese. */
export const checkQuestion = (body: Record<string, unknown>): QuestionFieldError[] => [
  ...(formText(body.commune) ? [] : [{ field: 'commune', message: 'Đơn vị: thiếu đơn vị nhận câu hỏi.' }]),
  ...checkQuestionForm({
    askerName: formText(body.askerName),
    askerContact: formText(body.askerContact),
    question: formText(body.question),
    consent: body.consent === true || body.consent === 'true' || body.consent === 'on',
  }),
]

/**
 * POST /api/questions/submit: the citizen's question form. Citizens have no account, so the
 * generic create stays closed to them; this door takes only the form's fields, for a live
 * commune named by slug, and stores the consent with its time and notice version.
 */
export const submitQuestion: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const errors = checkQuestion(body)
    const communes = errors.length
      ? null
      : await req.payload.find({
          collection: 'communes',
          where: { and: [{ slug: { equals: formText(body.commune) } }, { status: { equals: 'live' } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
    if (communes && !communes.docs[0])
      errors.push({ field: 'commune', message: 'Đơn vị: không tìm thấy đơn vị đang hoạt động.' })
    if (errors.length) return Response.json({ errors }, { status: 400 })
    // A server-side write of checked fields: the tenant plugin refuses a tenant set by an anonymous REST request, not by 'local'.
    req.payloadAPI = 'local'
    const doc = await req.payload.create({
      collection: 'questions',
      overrideAccess: true,
      depth: 0,
      req,
      context: { citizenSubmission: true },
      data: {
        tenant: communes!.docs[0]!.id,
        askerName: formText(body.askerName),
        askerContact: formText(body.askerContact),
        question: formText(body.question),
        consent: true,
      },
    })
    return Response.json({ id: doc.id, message: 'Đã gửi câu hỏi. Ban biên tập sẽ trả lời sớm.' }, { status: 201 })
  },
}
