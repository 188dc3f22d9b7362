'use client'
import { formatDateTime } from '../../publishing/components/site-format'
import type { MyWork } from '../my-work-data'
import { CommuneCards } from './CommuneCards'
import styles from './MyWorkDashboard.module.scss'
import { useMyWorkText } from './my-work-text'
import { SitesOverview } from './SitesOverview'
import { SummaryTiles } from './SummaryTiles'
import { WorkSection } from './WorkSection'

/** "Việc của tôi": the counts at the top, the person's communes, then each section's latest items. */
export const MyWorkDashboard = ({ work, userName }: { work: MyWork; userName: string }) => {
  const { text } = useMyWorkText()
  const titles = work.scope === 'board' ? text.board : text.province
  return (
    <div className={`my-work__dashboard ${styles.dashboard}`} data-scope={work.scope}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.title}</h1>
        <p className={styles.lead}>
          {userName && text.greeting(userName)}{' '}
          <span className={styles.updated}>
            {text.updated} {formatDateTime(work.generatedAt)}
          </span>
        </p>
      </header>
      <SummaryTiles sections={work.sections} titles={titles} />
      {work.scope === 'board' ? <CommuneCards communes={work.communes} /> : <SitesOverview sites={work.sites} />}
      {work.sections.map((section) => (
        <WorkSection key={section.key} section={section} title={titles[section.key]} recentDays={work.recentDays} />
      ))}
    </div>
  )
}
