/**
 * The citizen's question form: one set of checks and messages for the site's form (checked in
 * the browser before sending) and the server's door (POST /api/questions/submit).
 */
export type QuestionFieldError = { field: string; message: string }

export type QuestionFormValues = { askerName: string; askerContact: string; question: string; consent: boolean }

const PHONE = /^(\+?84|0)[0-9 .-]{8,13}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Texts as the checks read them: NFC, trimmed. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/** Every problem of the form's fields; each message names the field, in Vietnamese. */
export const checkQuestionForm = ({ askerName, askerContact, question, consent }: QuestionFormValues) => {
  const errors: QuestionFieldError[] = []
  if (askerName.length < 2 || askerName.length > 120)
    errors.push({ field: 'askerName', message: 'Họ tên: cần từ 2 đến 120 ký tự.' })
  if (!PHONE.test(askerContact) && !EMAIL.test(askerContact))
    errors.push({ field: 'askerContact', message: 'Liên hệ: cần số điện thoại hoặc địa chỉ thư điện tử hợp lệ.' })
  if (question.length < 10 || question.length > 4000)
    errors.push({ field: 'question', message: 'Câu hỏi: cần từ 10 đến 4000 ký tự.' })
  if (!consent) errors.push({ field: 'consent', message: 'Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu để gửi câu hỏi.' })
  return errors
}
