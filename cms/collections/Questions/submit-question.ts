import { addDataAndFileToRequest, type Endpoint } from 'payload'

type FieldError = { field: string; message: string }

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/** Checks a citizen's question; every message names the form field, in Vietnamese. */
export const checkQuestion = (body: Record<string, unknown>): FieldError[] => {
  const errors: FieldError[] = []
  const name = text(body.askerName)
  const contact = text(body.askerContact)
  const question = text(body.question)
  if (!text(body.commune)) errors.push({ field: 'commune', message: 'Đơn vị: thiếu đơn vị nhận câu hỏi.' })
  if (name.length < 2 || name.length > 120)
    errors.push({ field: 'askerName', message: 'Họ tên: cần từ 2 đến 120 ký tự.' })
  if (!/^(\+?84|0)[0-9 .-]{8,13}$/.test(contact) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact))
    errors.push({ field: 'askerContact', message: 'Liên hệ: cần số điện thoại hoặc địa chỉ thư điện tử hợp lệ.' })
  if (question.length < 10 || question.length > 4000)
    errors.push({ field: 'question', message: 'Câu hỏi: cần từ 10 đến 4000 ký tự.' })
  if (body.consent !== true && body.consent !== 'true' && body.consent !== 'on')
    errors.push({ field: 'consent', message: 'Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu để gửi câu hỏi.' })
  return errors
}

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
          where: { and: [{ slug: { equals: text(body.commune) } }, { status: { equals: 'live' } }] },
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
        askerName: text(body.askerName),
        askerContact: text(body.askerContact),
        question: text(body.question),
        consent: true,
      },
    })
    return Response.json({ id: doc.id, message: 'Đã gửi câu hỏi. Ban biên tập sẽ trả lời sớm.' }, { status: 201 })
  },
}
