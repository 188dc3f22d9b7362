'use client'
import { Pill } from '@payloadcms/ui'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'
import styles from './SiteCells.module.scss'
import { formatDateTime, formatDuration, optionLabel, SITE_STATE_PILL, type SiteData } from './site-format'
import { useSiteText } from './site-text'

/** The error text in a tooltip, short enough to read there. */
const shortError = (error: string): string => (error.length > 300 ? `${error.slice(0, 300)}…` : error)

/**
 * Communes list, `site.state` column: the state as a coloured pill, and a red marker whose
 * tooltip holds the error while the last build's failure stands (a rebuild queued after a
 * failure keeps the marker until it succeeds).
 */
export const SiteStateCell = ({ cellData, field, rowData }: DefaultCellComponentProps<SelectFieldClient>) => {
  const { text, i18n } = useSiteText()
  const state = typeof cellData === 'string' && cellData ? cellData : 'none'
  const site = (rowData.site ?? {}) as SiteData
  const error = site.error || (state === 'failed' ? text.error : '')
  return (
    <span className={`site-state-cell ${styles.stateCell}`} data-state={state}>
      <Pill pillStyle={SITE_STATE_PILL[state] ?? 'light'} size="small">
        {optionLabel(field.options, state, i18n)}
      </Pill>
      {error ? (
        <span
          className={`site-state-cell__error ${styles.errorMarker}`}
          role="img"
          aria-label={`${state === 'failed' ? text.error : text.previousFailed}: ${shortError(error)}`}
          title={`${state === 'failed' ? text.error : text.previousFailed}: ${shortError(error)}${site.errorPage ? `\n${text.errorPage}: ${site.errorPage}` : ''}`}
        >
          ⚠ {text.errorMarker}
        </span>
      ) : null}
    </span>
  )
}

/** Communes list, `site.liveSince` column: "dd/MM/yyyy HH:mm", in the province's time zone. */
export const SiteLiveSinceCell = ({ cellData }: DefaultCellComponentProps) => (
  <span className="site-live-since-cell">{formatDateTime(cellData)}</span>
)

/** Communes list, `site.lastBuildMs` column: the duration in words ("3,2 giây"). */
export const SiteBuildTimeCell = ({ cellData }: DefaultCellComponentProps) => {
  const { text, lang } = useSiteText()
  return <span className="site-build-time-cell">{formatDuration(cellData, lang, text)}</span>
}

/**
 * A short heading for the hoisted `site.*` columns, which Payload would otherwise title
 * "Trang web > Thời gian xây dựng gần nhất (ms)": the list has many columns to fit.
 */
export const SiteColumnLabel = ({ label }: { label?: 'website' | 'liveSince' | 'buildTime' }) => {
  const { text } = useSiteText()
  return <span className="site-column-label">{text[label ?? 'website']}</span>
}
