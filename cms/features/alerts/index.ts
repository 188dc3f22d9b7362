/**
 * Cảnh báo của tỉnh (issue 14): the province's alerts to all communes, some districts or
 * regions, or a list of communes.
 *
 * The plugin adds the collection `alerts` (REST /api/alerts, GraphQL `Alert`/`Alerts`): the
 * province admin writes, everyone reads the alerts live now. Saving needs no rebuild: the
 * sites server reads the live alerts every two seconds and adds them to every page of the
 * targeted sites and their bulletin boards as it serves them (cms/serving/alerts.ts), so an
 * alert reaches all sites within seconds and leaves them at its end time. Every write is audited.
 */
import type { Plugin } from 'payload'
import { withNormalizedText } from '../../hooks/normalizeUnicode'
import { Alerts } from './collection'

export { ALERTS_SLUG } from './collection'

export const alertsPlugin = (): Plugin => (config) => ({
  ...config,
  collections: [...(config.collections ?? []), withNormalizedText(Alerts)],
})
