import styles from './SiteBuildError.module.scss'
import type { SiteData } from './site-format'
import { useSiteText } from './site-text'

/** Why the last build failed (or the one before, while a rebuild is pending), and on which page. */
export const SiteBuildError = ({ site, state }: { site: SiteData; state: string }) => {
  const { text } = useSiteText()
  if (!site.error) return null
  return (
    <div className={`site-panel__error ${styles.box}`} role="alert">
      <strong className={styles.heading}>{state === 'failed' ? text.error : text.previousFailed}</strong>
      <pre className={`site-panel__error-text ${styles.text}`}>{site.error}</pre>
      {site.errorPage ? (
        <div className="site-panel__error-page">
          {text.errorPage}: <code>{site.errorPage}</code>
        </div>
      ) : null}
    </div>
  )
}
