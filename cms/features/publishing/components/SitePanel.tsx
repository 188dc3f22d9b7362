'use client'
import { Pill, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { ClientField, GroupFieldClientProps } from 'payload'
import { SiteBuildError } from './SiteBuildError'
import { SiteLink } from './SiteLink'
import styles from './SitePanel.module.scss'
import { SitePanelRow } from './SitePanelRow'
import { SiteRebuild } from './SiteRebuild'
import { formatDateTime, formatDuration, optionLabel, SITE_STATE_PILL } from './site-format'
import { useSiteText } from './site-text'
import { useSiteCommune } from './use-site-commune'

/**
 * The commune's website in the edit view's sidebar (the `site` group's Field): its state, how
 * the last build went and, when it failed, why; a link to the live site; and for the province
 * admin a button that rebuilds it (the lifecycle feature adds its own controls below). The build workers write the state: the panel reads it again while a build
 * is pending, so the user watches it go from queued to live without reloading.
 */
export const SitePanel = ({ field, sitesDomain = 'localhost' }: GroupFieldClientProps & { sitesDomain?: string }) => {
  const { text, lang, i18n } = useSiteText()
  const { user } = useAuth<{ globalRole?: string | null }>()
  const { id, data } = useDocumentInfo()
  const { commune, followRebuild } = useSiteCommune(id, data)
  const site = commune.site ?? {}
  const state = site.state || 'none'
  const stateField = field.fields.find((f: ClientField) => 'name' in f && f.name === 'state')
  const stateOptions = stateField && stateField.type === 'select' ? stateField.options : undefined
  const isProvinceAdmin = user?.globalRole === 'province-admin'

  return (
    <div className={`site-panel field-type ${styles.panel}`} data-state={state}>
      <div className={`field-label ${styles.label}`}>{text.website}</div>
      <div className={`site-panel__state ${styles.state}`}>
        <Pill pillStyle={SITE_STATE_PILL[state] ?? 'light'}>{optionLabel(stateOptions, state, i18n)}</Pill>
      </div>
      {id === undefined ? (
        <p className={styles.notSaved}>{text.notSaved}</p>
      ) : (
        <>
          <SitePanelRow label={text.liveSince} name="live-since">
            {formatDateTime(site.liveSince) || '—'}
          </SitePanelRow>
          <SitePanelRow label={text.lastBuild} name="last-build">
            {formatDuration(site.lastBuildMs, lang, text) || '—'}
          </SitePanelRow>
          <SitePanelRow label={text.pages} name="pages">
            {site.pages ?? '—'}
          </SitePanelRow>
          <SitePanelRow label={text.builds} name="builds">
            {site.builds ?? 0}
          </SitePanelRow>
          <SiteBuildError site={site} state={state} />
          <SiteLink commune={commune} sitesDomain={sitesDomain} />
          {isProvinceAdmin ? <SiteRebuild id={id} onQueued={() => followRebuild(site.builds ?? 0)} /> : null}
        </>
      )}
    </div>
  )
}
