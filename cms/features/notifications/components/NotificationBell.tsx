'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { NoticeItem } from './NoticeItem'
import styles from './NotificationBell.module.scss'
import { useNoticeText } from './notice-text'
import { useNotices } from './use-notices'

const BellIcon = () => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path
      fill="currentColor"
      d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
    />
  </svg>
)

/** Closes the panel on Escape or a click outside it. */
const useDismiss = (open: boolean, close: () => void) => {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close()
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && close()
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onClick)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onClick)
    }
  }, [open, close])
  return ref
}

/** The bell in the admin's header: unread count, the latest notices, mark as read. */
export const NotificationBell = () => {
  const { text } = useNoticeText()
  const { config } = useConfig()
  const { notices, unread, failed, markRead, markAllRead, refresh } = useNotices()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const ref = useDismiss(open, () => setOpen(false))
  const toggle = () => {
    if (!open) void refresh()
    setOpen(!open)
  }
  return (
    <div className={`notification-bell ${styles.bell}`} ref={ref}>
      <button
        type="button"
        className={`notification-bell__button ${styles.button}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${text.bell}: ${text.unread(unread)}`}
        title={text.bell}
        onClick={toggle}
      >
        <BellIcon />
        {unread > 0 && (
          <span className={`notification-bell__count ${styles.count}`}>{unread > 99 ? '99+' : unread}</span>
        )}
      </button>
      {open && (
        <section id={panelId} className={`notification-bell__panel ${styles.panel}`} aria-label={text.bell}>
          <div className={styles.head}>
            <strong>{text.bell}</strong>
            {unread > 0 && (
              <button
                type="button"
                className={`notification-bell__mark-all ${styles.link}`}
                onClick={() => void markAllRead()}
              >
                {text.markAll}
              </button>
            )}
          </div>
          {failed && <p className={styles.note}>{text.loadFailed}</p>}
          {!failed && notices.length === 0 && <p className={styles.note}>{text.empty}</p>}
          <ul className={styles.list}>
            {notices.map((notice) => (
              <NoticeItem key={notice.id} notice={notice} onRead={markRead} />
            ))}
          </ul>
          <a className={styles.all} href={`${config.routes.admin}/collections/notifications`}>
            {text.seeAll}
          </a>
        </section>
      )}
    </div>
  )
}
