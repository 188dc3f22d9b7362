/**
 * "Trang này có hữu ích không?" in place: the same checks as the server (contract/page-feedback.ts),
 * sent as JSON; the form gives way to the thank-you, or shows the server's message.
 */
import { checkFeedback, FEEDBACK_THANKS, feedbackValues } from '../../../contract/page-feedback'

const form = document.querySelector<HTMLFormElement>('.page-rating__form')
const status = form?.querySelector<HTMLElement>('.page-rating__status')

const fail = (message: string) => {
  if (!status) return
  status.className = 'page-rating__status form__status form__status--error'
  status.textContent = message
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault()
  const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null
  const comment = form.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')?.value ?? ''
  const values = feedbackValues({
    commune: form.dataset.commune,
    path: form.dataset.path,
    helpful: submitter?.value,
    comment,
  })
  const errors = checkFeedback(values)
  if (errors.length) return fail(errors.map((e) => e.message).join(' '))
  for (const button of form.querySelectorAll('button')) button.disabled = true
  try {
    const res = await fetch(form.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(values),
    })
    const data = (await res.json().catch(() => null)) as { message?: string; errors?: { message: string }[] } | null
    if (!res.ok) {
      for (const button of form.querySelectorAll('button')) button.disabled = false
      return fail(
        data?.errors?.map((e) => e.message).join(' ') ||
          data?.message ||
          'Chưa gửi được đánh giá. Vui lòng thử lại sau.',
      )
    }
    // The same thank-you the plain form shows (#cam-on-danh-gia), in place of the form.
    const thanks = document.getElementById(FEEDBACK_THANKS)
    form.hidden = true
    if (thanks) {
      thanks.classList.add('is-shown')
      thanks.focus()
    }
  } catch {
    for (const button of form.querySelectorAll('button')) button.disabled = false
    fail('Chưa gửi được đánh giá. Vui lòng kiểm tra kết nối và thử lại.')
  }
})
