import type { Field } from 'payload'
import { siteInternalsReaders, siteStateReaders } from '../../access/communeFieldAccess'
import { sitesDomain } from '../../../contract/site-urls'

/** Short headings of the `site.*` list columns (Payload would prefix them with the group's label). */
const siteColumnLabel = (label: 'website' | 'liveSince' | 'buildTime') => ({
  path: '/features/publishing/components/SiteCells#SiteColumnLabel',
  clientProps: { label },
})

export const SITE_STATES = ['none', 'queued', 'building', 'live', 'failed'] as const
export type SiteState = (typeof SITE_STATES)[number]

/**
 * The state of the commune's public site, written only by build workers (overrideAccess):
 * what the admin shows per commune, and what workers read to skip work already done.
 */
export const siteStateField: Field = {
  name: 'site',
  type: 'group',
  label: { vi: 'Trang web', en: 'Website' },
  // Never public (build errors, generator fingerprint); errors and bookkeeping narrower still.
  access: { create: () => false, update: () => false, read: siteStateReaders },
  admin: {
    position: 'sidebar',
    readOnly: true,
    // The panel shows the state, the last build, its error, a link to the site and, for the
    // province admin, a rebuild button. SITES_DOMAIN is read here, on the server.
    components: {
      Field: {
        path: '/features/publishing/components/SitePanel#SitePanel',
        clientProps: { sitesDomain: sitesDomain() },
      },
    },
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'none',
      index: true,
      label: { vi: 'Trạng thái trang', en: 'Site state' },
      admin: {
        components: {
          Cell: '/features/publishing/components/SiteCells#SiteStateCell',
          Label: siteColumnLabel('website'),
        },
      },
      options: [
        { value: 'none', label: { vi: 'Chưa xây dựng', en: 'Not built yet' } },
        { value: 'queued', label: { vi: 'Đang chờ xây dựng', en: 'Queued' } },
        { value: 'building', label: { vi: 'Đang xây dựng', en: 'Building' } },
        { value: 'live', label: { vi: 'Đang hoạt động', en: 'Live' } },
        { value: 'failed', label: { vi: 'Lỗi lần xây dựng gần nhất', en: 'Last build failed' } },
      ],
    },
    {
      name: 'liveSince',
      type: 'date',
      label: { vi: 'Bản hiện tại từ', en: 'Live since' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        components: {
          Cell: '/features/publishing/components/SiteCells#SiteLiveSinceCell',
          Label: siteColumnLabel('liveSince'),
        },
      },
    },
    {
      name: 'lastBuildMs',
      type: 'number',
      label: { vi: 'Thời gian xây dựng gần nhất (ms)', en: 'Last build (ms)' },
      admin: {
        components: {
          Cell: '/features/publishing/components/SiteCells#SiteBuildTimeCell',
          Label: siteColumnLabel('buildTime'),
        },
      },
    },
    { name: 'pages', type: 'number', label: { vi: 'Số trang', en: 'Pages' } },
    { name: 'builds', type: 'number', defaultValue: 0, label: { vi: 'Số lần xây dựng', en: 'Builds' } },
    { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' }, access: { read: siteInternalsReaders } },
    {
      name: 'errorPage',
      type: 'text',
      label: { vi: 'Trang gây lỗi', en: 'Failing page' },
      access: { read: siteInternalsReaders },
    },
    // Bookkeeping for workers: the last change asking for a build, the change the live build
    // includes, and the generator fingerprint it was built with (fingerprint.ts).
    { name: 'requestedAt', type: 'date', admin: { hidden: true }, access: { read: siteInternalsReaders } },
    { name: 'builtFrom', type: 'date', admin: { hidden: true }, access: { read: siteInternalsReaders } },
    { name: 'builtWith', type: 'text', admin: { hidden: true }, access: { read: siteInternalsReaders } },
  ],
}
