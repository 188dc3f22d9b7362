import { Button } from '@payloadcms/ui'
import type { ProvisionResult } from '../provision'
import { InvitationsTable } from './InvitationsTable'
import styles from './ProvisionResultView.module.scss'
import { useProvisionText } from './provision-text'
import { ResultLinks } from './ResultLinks'
import { SiteBuildState } from './SiteBuildState'

/**
 * After provisioning: the commune and where to open it, its site's build as it goes, the
 * warnings, the invitations (links shown this once) and the steps done; then "another commune".
 */
export const ProvisionResultView = ({
  result,
  sitesDomain,
  onAnother,
}: {
  result: ProvisionResult
  sitesDomain: string
  onAnother: () => void
}) => {
  const { text } = useProvisionText()
  const { commune, invitations } = result
  return (
    <section className={`provision-result ${styles.result}`} aria-labelledby="provision-result-title">
      <h1 id="provision-result-title" className={`provision-result__title ${styles.title}`}>
        {result.created ? text.created : text.existing}: {commune.name}
      </h1>
      <ResultLinks result={result} sitesDomain={sitesDomain} />
      <SiteBuildState communeId={commune.id} />
      {result.warnings?.length ? (
        <div className={`provision-result__warnings ${styles.warnings}`}>
          <strong>{text.warnings}</strong>
          <ul className={styles.warningList}>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2 className={styles.heading}>{text.invitations}</h2>
      {invitations.some((i) => i.link) ? (
        <p className={`provision-result__once ${styles.once}`} role="note">
          ⚠ {text.linkOnce}
        </p>
      ) : null}
      {invitations.length ? (
        <InvitationsTable invitations={invitations} />
      ) : (
        <p className={styles.none}>{text.noInvitations}</p>
      )}
      <h2 className={styles.heading}>{text.steps}</h2>
      <ol className={`provision-result__steps ${styles.steps}`}>
        {result.steps.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the server's list of steps, shown once and never reordered; two steps may read alike
          <li key={i}>{step}</li>
        ))}
      </ol>
      <Button id="provision-another" buttonStyle="secondary" margin={false} onClick={onAnother}>
        {text.another}
      </Button>
    </section>
  )
}
