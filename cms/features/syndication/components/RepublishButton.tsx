'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { type ActionAnswer, ActionMessage } from '../../../admin-ui/ActionMessage'
import { type Refusal, refusalText } from '../../../admin-ui/refusal'
import { sendJson } from '../../../admin-ui/send-json'
import styles from './SyndicationView.module.scss'

/** The category picker and "Đăng lại" of one offer. */
export const RepublishButton = ({
  apiRoute,
  sharedNews,
  commune,
  categories,
  publishes,
}: {
  apiRoute: string
  sharedNews: number | string
  commune: number | string
  categories: { id: number | string; name: string }[]
  publishes: boolean
}) => {
  const router = useRouter()
  const [category, setCategory] = useState(String(categories[0]?.id ?? ''))
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const send = async () => {
    setBusy(true)
    const res = await sendJson(`${apiRoute}/syndication/republish`, { sharedNews, commune, category })
    setBusy(false)
    if (res.ok) {
      setAnswer({ ok: true, message: publishes ? 'Đã đăng lại trên trang của đơn vị.' : 'Đã gửi Trưởng ban duyệt.' })
      router.refresh()
    } else {
      const body = (await res.json().catch(() => null)) as Refusal
      setAnswer({ ok: false, message: refusalText(body, res.status, 'Không đăng lại được') })
    }
  }
  const id = `category-${String(sharedNews)}`
  return (
    <div className={styles.republish}>
      <label htmlFor={id}>Chuyên mục</label>
      <select id={id} value={category} onChange={(e) => setCategory(e.target.value)}>
        {categories.map((c) => (
          <option key={String(c.id)} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy || !category}
        onClick={send}
      >
        {publishes ? 'Đăng lại' : 'Đăng lại (gửi duyệt)'}
      </button>
      <ActionMessage answer={answer} className="syndication-answer" />
    </div>
  )
}
