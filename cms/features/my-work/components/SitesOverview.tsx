'use client'
import type { SitesSummary } from '../communes'
import { SiteStatePill } from './CommuneCards'
import { useMyWorkText } from './my-work-text'
import styles from './SitesOverview.module.scss'

const STATE_ORDER = ['live', 'failed', 'building', 'queued', 'none']

/** The province's (or district's) websites: how many in each state, and which failed their last build. */
export const SitesOverview = ({ sites }: { sites: SitesSummary | null }) => {
  const { text } = useMyWorkText()
  if (!sites) return null
  const states = Object.keys(sites.byState).sort((a, b) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b))
  return (
    <section className={`my-work__sites ${styles.sites}`}>
      <h2 className={styles.heading}>
        {text.sites} <small className={styles.total}>{text.communesCount(sites.communes)}</small>
      </h2>
      <ul className={styles.states}>
        {states.map((state) => (
          <li key={state} data-state={state}>
            <SiteStatePill state={state} /> {sites.byState[state]}
          </li>
        ))}
      </ul>
      {sites.failed.length > 0 && (
        <>
          <h3 className={styles.subheading}>{text.failedSites}</h3>
          <ul className={styles.failed}>
            {sites.failed.map((c) => (
              <li key={c.id}>
                <a href={c.editUrl}>{c.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
