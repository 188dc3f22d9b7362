'use client'
import type { Section } from '../section-run'
import type { SectionKey } from '../sections'
import styles from './SummaryTiles.module.scss'

/** One tile per section: its count, a click away from the section's items just below. */
export const SummaryTiles = ({ sections, titles }: { sections: Section[]; titles: Record<SectionKey, string> }) => (
  <ul className={`my-work__tiles ${styles.tiles}`}>
    {sections.map((section) => (
      <li key={section.key}>
        <a
          className={`my-work__tile ${styles.tile}`}
          href={`#my-work-${section.key}`}
          data-section={section.key}
          data-count={section.count}
          data-attention={String(section.count > 0 && (section.key === 'returned' || section.key === 'awaiting'))}
        >
          <span className={styles.count}>{section.count}</span>
          <span className={styles.label}>{titles[section.key]}</span>
        </a>
      </li>
    ))}
  </ul>
)
