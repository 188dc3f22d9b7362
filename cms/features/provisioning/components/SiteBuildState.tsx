import styles from './SiteBuildState.module.scss'
import { useProvisionText } from './provision-text'
import { useSiteBuildState } from './use-site-build-state'

/** The new site's build, followed live: queued, building, live (green) or failed (red, with why). */
export const SiteBuildState = ({ communeId }: { communeId: number | string }) => {
  const { text } = useProvisionText()
  const { site, slow } = useSiteBuildState(communeId)
  const live = site.state === 'live'
  const failed = site.state === 'failed'
  const stateText = live
    ? text.siteLive
    : failed
      ? text.siteFailed
      : site.state === 'building'
        ? text.siteBuilding
        : text.siteQueued
  const tone = live ? styles.success : failed ? styles.failure : styles.waiting
  return (
    <div className={`provision-result__site-state ${tone}`} data-state={site.state} role="status">
      <strong>
        {text.siteState}: {stateText}
      </strong>
      {failed && site.error ? <pre className={styles.errorText}>{site.error}</pre> : null}
      {slow && !live && !failed ? <p className={styles.slow}>{text.siteSlow}</p> : null}
    </div>
  )
}
