'use client'
import { useConfig } from '@payloadcms/ui'
import { formatDateTime } from '../../publishing/components/site-format'
import type { SectionKey } from '../sections'
import type { WorkItem } from '../work-item'
import { collectionLabel } from './config-labels'
import { useMyWorkText } from './my-work-text'
import styles from './WorkItemRow.module.scss'

/** The time that matters in this section: when it goes out for scheduled items, else the last edit. */
const whenOf = (item: WorkItem, text: ReturnType<typeof useMyWorkText>['text']): string =>
  item.scheduledAt
    ? `${item.scheduleType === 'unpublish' ? text.unpublishAt : text.publishAt} ${formatDateTime(item.scheduledAt)}`
    : `${text.updatedAt} ${formatDateTime(item.updatedAt)}`

/** One item: its title opens the edit view; its type, commune and time; the comment or the live link. */
export const WorkItemRow = ({ item, sectionKey }: { item: WorkItem; sectionKey: SectionKey }) => {
  const { text, i18n } = useMyWorkText()
  const { config } = useConfig()
  return (
    <li className={`my-work__item ${styles.item}`} data-collection={item.collection} data-section={sectionKey}>
      <a className={`my-work__item-link ${styles.title}`} href={item.editUrl}>
        {item.title}
      </a>
      <span className={styles.meta}>
        {[collectionLabel(config, item.collection, i18n, 'singular'), item.communeName, whenOf(item, text)]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {item.comment && (
        <span className={`my-work__comment ${styles.comment}`}>
          {text.comment}: {item.comment}
        </span>
      )}
      {item.liveUrl && (
        <a className={`my-work__live ${styles.live}`} href={item.liveUrl} target="_blank" rel="noopener noreferrer">
          {text.viewLive} ↗
        </a>
      )}
    </li>
  )
}
