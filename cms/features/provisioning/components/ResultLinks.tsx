import { useConfig } from '@payloadcms/ui'
import { slugSiteAddress } from '../../../admin-ui/site-address'
import { usePageLocation } from '../../../admin-ui/use-page-location'
import type { ProvisionResult } from '../provision'
import { useProvisionText } from './provision-text'
import styles from './ResultLinks.module.scss'

/** Where to go next: the commune's admin page, its site (<slug>.<SITES_DOMAIN>) and its own domain. */
export const ResultLinks = ({ result, sitesDomain }: { result: ProvisionResult; sitesDomain: string }) => {
  const { text } = useProvisionText()
  const { config } = useConfig()
  const { commune } = result
  const address = slugSiteAddress(commune.slug, sitesDomain, usePageLocation())
  // The first own domain, when one was given (the endpoint's siteUrl is then https://<domain>/).
  const domains = result.siteUrl.startsWith('https://') ? [result.siteUrl] : []
  return (
    <p className={styles.links}>
      <a
        className="provision-result__admin"
        href={`${config.routes.admin}/collections/communes/${encodeURIComponent(String(commune.id))}`}
      >
        {text.openAdmin}
      </a>
      {address ? (
        <a className="provision-result__site" href={address} target="_blank" rel="noopener noreferrer">
          {text.openSite}: {address} ↗
        </a>
      ) : null}
      {domains.map((url) => (
        <span key={url}>
          {text.officialDomain}:{' '}
          <a className="provision-result__domain" href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </a>
        </span>
      ))}
    </p>
  )
}
