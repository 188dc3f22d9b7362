import { Button } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'
import type { ActionAnswer } from '../../../admin-ui/ActionMessage'
import { formatVietnamTime, vietnamDateTimeToIso } from '../vietnam-time'
import styles from './ScheduleForm.module.scss'

type Props = { disabled: boolean; onSchedule: (at: string) => void; onInvalid: (answer: ActionAnswer) => void }

/**
 * "Lên lịch": the whole plan applied at its effective date. A date and a time typed as the
 * province writes them (dd/mm/yyyy, 24 hours, Vietnam's time), whatever the browser's language
 * and time zone: a native date-time picker would show the browser's format.
 */
export const ScheduleForm = ({ disabled, onSchedule, onInvalid }: Props) => {
  const [date, setDate] = useState('')
  const [time, setTime] = useState('00:00')
  const at = vietnamDateTimeToIso(date, time)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!at)
      return onInvalid({
        ok: false,
        message:
          'Thời điểm thực hiện: cần ngày dạng ngày/tháng/năm (ví dụ 31/12/2026) và giờ dạng giờ:phút (ví dụ 07:30).',
      })
    if (Date.parse(at) <= Date.now())
      return onInvalid({ ok: false, message: 'Thời điểm thực hiện: cần chọn một thời điểm trong tương lai.' })
    onSchedule(at)
  }
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      id="reorganisation-schedule"
      aria-labelledby="reorganisation-at-title"
    >
      <span id="reorganisation-at-title" className={styles.title}>
        Lên lịch theo thời điểm có hiệu lực (giờ Việt Nam)
      </span>
      <label htmlFor="reorganisation-date">Ngày (ngày/tháng/năm)</label>
      <input
        id="reorganisation-date"
        inputMode="numeric"
        placeholder="31/12/2026"
        size={10}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        aria-describedby="reorganisation-at-hint"
        required
      />
      <label htmlFor="reorganisation-time">Giờ (24 giờ)</label>
      <input
        id="reorganisation-time"
        inputMode="numeric"
        placeholder="07:30"
        size={5}
        value={time}
        onChange={(e) => setTime(e.target.value)}
        aria-describedby="reorganisation-at-hint"
        required
      />
      <Button type="submit" buttonStyle="secondary" size="small" margin={false} disabled={disabled}>
        Lên lịch
      </Button>
      <span id="reorganisation-at-hint" className={styles.hint}>
        {at ? `Thực hiện lúc ${formatVietnamTime(at)} (giờ Việt Nam). ` : ''}Máy chủ thực hiện tất cả đơn vị mới vào
        thời điểm này (kiểm tra mỗi phút); hủy được trước khi bắt đầu.
      </span>
    </form>
  )
}
