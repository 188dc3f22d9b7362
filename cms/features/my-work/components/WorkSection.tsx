'use client'
import { useConfig } from '@payloadcms/ui'
import type { Section } from '../section-run'
import { collectionLabel } from './config-labels'
import { useMyWorkText } from './my-work-text'
import { WorkItemRow } from './WorkItemRow'
import styles from './WorkSection.module.scss'

/** One section: its count per content type (each opens the admin's list), then its latest items. */
export const WorkSection = ({
  section,
  title,
  recentDays,
}: {
  section: Section
  title: string
  recentDays: number
}) => {
  const { text, i18n } = useMyWorkText()
  const { config } = useConfig()
  const counted = section.byCollection.filter((c) => c.count > 0)
  const hidden = section.count - section.items.length
  return (
    <section id={`my-work-${section.key}`} className={`my-work__section ${styles.section}`} data-section={section.key}>
      <h2 className={styles.heading}>
        {title} <span className={`my-work__section-count ${styles.count}`}>{section.count}</span>
        {section.key === 'published' && <small className={styles.note}>{text.recent(recentDays)}</small>}
      </h2>
      {counted.length > 0 && (
        <ul className={styles.types}>
          {counted.map((c) => (
            <li key={c.collection}>
              <a className="my-work__type-link" href={c.listUrl} data-collection={c.collection}>
                {collectionLabel(config, c.collection, i18n, 'plural')}: {c.count}
              </a>
            </li>
          ))}
        </ul>
      )}
      {section.items.length === 0 ? (
        <p className={styles.empty}>{text.nothing}</p>
      ) : (
        <ul className={styles.items}>
          {section.items.map((item) => (
            <WorkItemRow key={`${item.collection}:${String(item.id)}`} item={item} sectionKey={section.key} />
          ))}
        </ul>
      )}
      {hidden > 0 && <p className={styles.more}>{text.more(hidden)}</p>}
    </section>
  )
}
