import { useState } from 'react'
import type { Refusal } from '../../../admin-ui/refusal'
import { refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'
import { ActionDialog } from './ActionDialog'
import styles from './ActionDialog.module.scss'
import { formatVietnamTime, useEditorialText } from './editorial-text'

/** The picker's "YYYY-MM-DDTHH:mm", read as Vietnam time (the board's clock, whatever the browser's zone). */
const vietnamInstant = (value: string): Date | null => {
  const date = new Date(`${value}:00+07:00`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "Lên lịch": a publish at a date and time, queued by the server as Payload's scheduled publish. */
export const ScheduleDialog = ({
  open,
  url,
  onScheduled,
  onClose,
}: {
  open: boolean
  url: string
  onScheduled: (at: Date) => void
  onClose: () => void
}) => {
  const { text } = useEditorialText()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const close = () => {
    setError(null)
    onClose()
  }
  const confirm = async () => {
    const at = value ? vietnamInstant(value) : null
    if (!at) return setError(text.scheduleMissing)
    if (at.getTime() <= Date.now()) return setError(text.schedulePast)
    setSending(true)
    setError(null)
    try {
      const response = await sendJson(url, { at: at.toISOString() })
      if (response.ok) {
        setValue('')
        onScheduled(at)
        onClose()
      } else {
        const body = (await response.json().catch(() => null)) as Refusal
        setError(`${text.failed.schedule} ${refusalText(body, response.status, text.networkError)}`)
      }
    } catch {
      setError(text.networkError)
    } finally {
      setSending(false)
    }
  }
  return (
    <ActionDialog
      id="editorial-schedule-dialog"
      open={open}
      title={text.scheduleTitle}
      explain={text.scheduleExplain}
      confirmLabel={text.scheduleConfirm}
      error={error}
      sending={sending}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <label htmlFor="editorial-schedule-at" className={styles.label}>
        {text.scheduleAt} <span aria-hidden="true">*</span>
      </label>
      <div className="field-type text">
        <input
          id="editorial-schedule-at"
          type="datetime-local"
          required
          value={value}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      {value && vietnamInstant(value) ? (
        <p className={styles.explain}>{formatVietnamTime(vietnamInstant(value)!)}</p>
      ) : null}
    </ActionDialog>
  )
}
