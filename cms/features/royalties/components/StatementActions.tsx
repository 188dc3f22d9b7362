'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { type ActionAnswer, ActionMessage } from '../../../admin-ui/ActionMessage'
import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'
import styles from './RoyaltiesView.module.scss'

/** Print, download the spreadsheet and, while the month is open, lock it. */
export const StatementActions = ({
  apiRoute,
  commune,
  month,
  locked,
}: {
  apiRoute: string
  commune: string
  month: string
  locked: boolean
}) => {
  const router = useRouter()
  const [message, setMessage] = useState<ActionAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const query = `commune=${encodeURIComponent(commune)}&month=${encodeURIComponent(month)}`
  const lock = async () => {
    if (!window.confirm(`Chốt bảng nhuận bút tháng ${month}? Sau khi chốt, số liệu không thay đổi nữa.`)) return
    setBusy(true)
    const res = await sendJson(`${apiRoute}/royalties/lock`, { commune, month })
    setBusy(false)
    if (res.ok) {
      setMessage({ ok: true, message: 'Đã chốt bảng nhuận bút.' })
      router.refresh()
    } else {
      const body = (await res.json().catch(() => null)) as Refusal
      setMessage({ ok: false, message: refusalText(body, res.status, 'Không chốt được bảng nhuận bút') })
    }
  }
  return (
    <div className={styles.actions}>
      <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => window.print()}>
        In bảng kê
      </button>
      <a
        className="btn btn--style-secondary btn--size-medium"
        href={`${apiRoute}/royalties/statement?${query}&format=xlsx`}
      >
        Tải tệp Excel
      </a>
      {!locked && (
        <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={lock}>
          Chốt tháng
        </button>
      )}
      <ActionMessage answer={message} className="royalties-lock-answer" />
    </div>
  )
}
