/**
 * The question form: the same checks and messages as the server (contract/question-form.ts), sends JSON to
 * /api/questions/submit, then shows the server's message or its per-field errors.
 */
import { checkQuestionForm, formText, type QuestionFieldError } from '../../../contract/question-form'

const form = document.getElementById('form-hoi-dap') as HTMLFormElement | null
const status = document.getElementById('trang-thai-hoi-dap')
const FIELDS = ['askerName', 'askerContact', 'question', 'consent'] as const

const control = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null

function showErrors(errors: QuestionFieldError[]) {
  for (const name of FIELDS) {
    const el = control(name)
    const slot = document.getElementById(`loi-${name}`)
    const err = errors.find((e) => e.field === name)
    if (slot) slot.textContent = err?.message ?? ''
    if (el) {
      if (err) el.setAttribute('aria-invalid', 'true')
      else el.removeAttribute('aria-invalid')
    }
  }
  const other = errors.filter((e) => !(FIELDS as readonly string[]).includes(e.field))
  if (status) {
    status.className = 'form__status form__status--error'
    status.textContent = other.length
      ? other.map((e) => e.message).join(' ')
      : 'Vui lòng kiểm tra lại các mục được đánh dấu.'
  }
  const first = FIELDS.find((name) => errors.some((e) => e.field === name))
  if (first) control(first)?.focus()
}

function check(): QuestionFieldError[] {
  const text = (name: string) => formText(control(name)?.value)
  return checkQuestionForm({
    askerName: text('askerName'),
    askerContact: text('askerContact'),
    question: text('question'),
    consent: Boolean((control('consent') as HTMLInputElement | null)?.checked),
  })
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault()
  const errors = check()
  if (errors.length) return showErrors(errors)
  showErrors([])
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (button) button.disabled = true
  if (status) {
    status.className = 'form__status'
    status.textContent = 'Đang gửi…'
  }
  const value = (name: string) => (control(name)?.value ?? '').trim()
  try {
    const res = await fetch('/api/questions/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        commune: form.dataset.commune,
        askerName: value('askerName'),
        askerContact: value('askerContact'),
        question: value('question'),
        consent: true,
      }),
    })
    const data = (await res.json().catch(() => null)) as { message?: string; errors?: QuestionFieldError[] } | null
    if (res.ok) {
      form.reset()
      if (status) {
        status.className = 'form__status form__status--ok'
        status.textContent = data?.message ?? 'Đã gửi câu hỏi. Ban biên tập sẽ trả lời sớm.'
      }
    } else if (data?.errors?.length) {
      showErrors(data.errors)
    } else if (status) {
      status.className = 'form__status form__status--error'
      status.textContent = data?.message ?? 'Chưa gửi được câu hỏi. Vui lòng thử lại sau.'
    }
  } catch {
    if (status) {
      status.className = 'form__status form__status--error'
      status.textContent = 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.'
    }
  } finally {
    if (button) button.disabled = false
  }
})
