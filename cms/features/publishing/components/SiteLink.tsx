import { slugSiteAddress } from '../../../admin-ui/site-address'
import { usePageLocation } from '../../../admin-ui/use-page-location'
import styles from './SiteLink.module.scss'
import type { SiteCommune } from './use-site-commune'
import { useSiteText } from './site-text'

/**
 * The link to the public site, as sites/build.ts names it: the commune's first domain, else
 * <slug>.<SITES_DOMAIN> on the admin's own port.
 */
export const SiteLink = ({ commune, sitesDomain }: { commune: SiteCommune; sitesDomain: string }) => {
  const { text } = useSiteText()
  const location = usePageLocation()
  const domain = commune.domains?.find((d) => d.domain)?.domain
  const address = domain
    ? `https://${domain}/`
    : commune.slug
      ? slugSiteAddress(commune.slug, sitesDomain, location)
      : null
  if (!address) return null
  return (
    <p className={styles.link}>
      <a className="site-panel__link" href={address} target="_blank" rel="noopener noreferrer">
        {text.openSite} ↗
      </a>
      <br />
      <small className={styles.address}>{address}</small>
    </p>
  )
}
