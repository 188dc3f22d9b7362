'use client'
import { Pill, useConfig } from '@payloadcms/ui'
import { formatDateTime, SITE_STATE_PILL } from '../../publishing/components/site-format'
import type { CommuneCard } from '../communes'
import styles from './CommuneCards.module.scss'
import { optionLabel } from './config-labels'
import { useMyWorkText } from './my-work-text'

/** The site's state as the commune's own page names it, in its colour. */
export const SiteStatePill = ({ state }: { state: string }) => {
  const { i18n } = useMyWorkText()
  const { config } = useConfig()
  return (
    <Pill pillStyle={SITE_STATE_PILL[state] ?? 'light-gray'} size="small">
      {optionLabel(config, 'communes', ['site', 'state'], state, i18n)}
    </Pill>
  )
}

/** The person's communes: name, their role, the site's address and state. */
export const CommuneCards = ({ communes }: { communes: CommuneCard[] }) => {
  const { text, i18n } = useMyWorkText()
  const { config } = useConfig()
  return (
    <section className={`my-work__communes ${styles.communes}`}>
      <h2 className={styles.heading}>{text.myCommunes}</h2>
      {communes.length === 0 && <p>{text.noCommunes}</p>}
      <ul className={styles.list}>
        {communes.map((c) => (
          <li key={c.id} className={`my-work__commune ${styles.card}`} data-slug={c.slug ?? ''}>
            <strong className={styles.name}>{c.name}</strong>
            {c.role && (
              <span className={styles.role}>{optionLabel(config, 'users', ['tenants', 'role'], c.role, i18n)}</span>
            )}
            <span className={styles.state}>
              <SiteStatePill state={c.siteState} />
              {c.liveSince && (
                <small>
                  {text.liveSince} {formatDateTime(c.liveSince)}
                </small>
              )}
            </span>
            {c.siteUrl && (
              <a className="my-work__site-link" href={c.siteUrl} target="_blank" rel="noopener noreferrer">
                {text.openSite} ↗ <small className={styles.address}>{c.siteUrl}</small>
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
