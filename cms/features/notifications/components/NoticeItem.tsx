'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatDateTime } from '../../publishing/components/site-format'
import styles from './NoticeItem.module.scss'
import { useNoticeText } from './notice-text'
import type { Notice } from './use-notices'

const communeName = (commune: Notice['commune']): string =>
  commune && typeof commune === 'object' && commune.name ? commune.name : ''

/** One notice: what happened to which item, where and when; a click opens the item and marks it read. */
export const NoticeItem = ({ notice, onRead }: { notice: Notice; onRead: (id: Notice['id']) => Promise<void> }) => {
  const { text, i18n } = useNoticeText()
  const { config } = useConfig()
  const router = useRouter()
  const collection = config.collections.find((c) => c.slug === notice.itemCollection)
  const noun = collection ? String(getTranslation(collection.labels.singular, i18n)) : notice.itemCollection
  const href = `${config.routes.admin}/collections/${notice.itemCollection}/${encodeURIComponent(notice.itemId)}`
  const open = async (event: React.MouseEvent) => {
    event.preventDefault()
    if (!notice.read) await onRead(notice.id)
    router.push(href)
  }
  return (
    <li className={`notification-item ${styles.item}`} data-read={String(Boolean(notice.read))} data-kind={notice.kind}>
      <a href={href} onClick={(e) => void open(e)} className={styles.headline}>
        {!notice.read && (
          <span className={styles.dot}>
            <span className={styles.hidden}>{text.newBadge}</span>
          </span>
        )}
        <span>
          {noun} {text[notice.kind]}: <strong>{notice.itemTitle}</strong>
        </span>
      </a>
      <span className={styles.meta}>
        {[communeName(notice.commune), notice.actorName, formatDateTime(notice.createdAt)].filter(Boolean).join(' · ')}
      </span>
      {notice.comment && (
        <span className={styles.comment}>
          {text.comment}: {notice.comment}
        </span>
      )}
      {notice.liveUrl && (
        <a className={styles.live} href={notice.liveUrl} target="_blank" rel="noopener noreferrer">
          {text.viewLive} ↗
        </a>
      )}
    </li>
  )
}
