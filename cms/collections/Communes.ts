import type { Access, CollectionConfig, Field, Where } from 'payload'
import { asRoleUser, communeIdsWithRole, idOf, isDistrictViewer, isProvinceAdmin } from '../access/roles'
import { provinceAdminOnly } from '../access/provinceAdminOnly'
import { siteInternalsReaders, siteStateReaders } from '../access/communeFieldAccess'
import { auditContentChange, auditContentDelete } from '../hooks/auditContentChange'
import { slugField } from '../fields/slug'
import { rebuildAfterCommuneChange } from '../features/publishing/hooks'
import { addMatomoAliasesAfterChange } from '../features/provisioning/matomo-aliases'
import { suspendOrResumeCommune } from '../hooks/suspendCommune'
import { rebuildEndpoint } from '../features/publishing/rebuild-endpoint'
import { refuseDeleteWithoutExport, removeEndpoint } from '../features/lifecycle/remove-endpoint'
import { provisionEndpoint } from '../features/provisioning/provision-endpoint'
import { THEMES } from '../../themes/index'
import { linkUrlValidator } from '../fields/link-url'
import { isDomainName } from '../../contract/site-urls'

export const COMMUNE_STATUSES = ['provisioning', 'live', 'suspended', 'merged'] as const
export const THEME_COUNT = THEMES.length

/** Everyone sees live communes (the province directory); staff see the communes they work in. */
const readCommunes: Access = ({ req }): boolean | Where => {
  const user = asRoleUser(req.user)
  if (!user) return { status: { equals: 'live' } }
  if (isProvinceAdmin(user)) return true
  if (isDistrictViewer(user)) return { district: { equals: idOf(user.district) } }
  const ids = communeIdsWithRole(user, ['chief', 'editor', 'contributor'])
  return ids.length ? ({ id: { in: ids } } satisfies Where) : false
}

/** A chief edits the commune's presentation (logo, theme, contacts), never its identity. */
const updateCommunes: Access = ({ req }) => {
  if (isProvinceAdmin(req.user)) return true
  const ids = communeIdsWithRole(req.user, ['chief'])
  return ids.length ? { id: { in: ids } } : false
}

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
const siteStateField: Field = {
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
        clientProps: { sitesDomain: process.env.SITES_DOMAIN || 'localhost' },
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
    // includes, and the generator fingerprint it was built with (cms/publishing/fingerprint.ts).
    { name: 'requestedAt', type: 'date', admin: { hidden: true }, access: { read: siteInternalsReaders } },
    { name: 'builtFrom', type: 'date', admin: { hidden: true }, access: { read: siteInternalsReaders } },
    { name: 'builtWith', type: 'text', admin: { hidden: true }, access: { read: siteInternalsReaders } },
  ],
}

export const Communes: CollectionConfig = {
  slug: 'communes',
  graphQL: { singularName: 'Commune', pluralName: 'Communes' },
  access: { read: readCommunes, create: provinceAdminOnly, update: updateCommunes, delete: provinceAdminOnly },
  admin: {
    useAsTitle: 'name',
    // Nested group fields are list columns by their dotted path. The theme column gave way to
    // the site's state (it stays one click away under "Hiển thị cột").
    defaultColumns: ['name', 'code', 'district', 'status', 'site.state', 'site.liveSince', 'site.lastBuildMs'],
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    components: { beforeListTable: ['/features/publishing/components/RebuildPanel#RebuildPanel'] },
  },
  labels: { singular: { vi: 'Đơn vị cấp xã', en: 'Commune' }, plural: { vi: 'Đơn vị cấp xã', en: 'Communes' } },
  defaultSort: 'code',
  endpoints: [rebuildEndpoint, removeEndpoint, provisionEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Tên đơn vị', en: 'Name' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: { vi: 'Loại đơn vị', en: 'Type' },
      access: { update: provinceAdminOnly },
      options: [
        { value: 'xa', label: { vi: 'Xã', en: 'Commune (xã)' } },
        { value: 'phuong', label: { vi: 'Phường', en: 'Ward (phường)' } },
        { value: 'thi-tran', label: { vi: 'Thị trấn', en: 'Township (thị trấn)' } },
      ],
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Mã đơn vị hành chính', en: 'Official code' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      required: true,
      index: true,
      label: { vi: 'Huyện/thị xã/thành phố', en: 'District' },
      access: { update: provinceAdminOnly },
    },
    slugField('name', { unique: true, access: { update: provinceAdminOnly } }),
    {
      name: 'domains',
      type: 'array',
      label: { vi: 'Tên miền', en: 'Domains' },
      labels: { singular: { vi: 'tên miền', en: 'domain' }, plural: { vi: 'tên miền', en: 'domains' } },
      access: { update: provinceAdminOnly },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            isDomainName(value) ? true : 'Tên miền không hợp lệ (ví dụ: myhoa.longxuyen.angiang.gov.vn).',
        },
      ],
    },
    {
      name: 'theme',
      type: 'number',
      min: 1,
      max: THEME_COUNT,
      defaultValue: 1,
      label: { vi: 'Giao diện (1-25)', en: 'Theme (1-25)' },
      admin: { description: THEMES.map((t) => `${t.number}. ${t.name}`).join(' · ') },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng', en: 'Logo' } },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'spokesperson',
      type: 'group',
      label: { vi: 'Người phát ngôn', en: 'Spokesperson' },
      fields: [
        { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    {
      name: 'socialAccounts',
      type: 'array',
      label: { vi: 'Tài khoản mạng xã hội chính thức', en: 'Official social accounts' },
      labels: { singular: { vi: 'tài khoản', en: 'account' }, plural: { vi: 'tài khoản', en: 'accounts' } },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: [
            { value: 'facebook', label: 'Facebook' },
            { value: 'zalo', label: 'Zalo' },
            { value: 'youtube', label: 'YouTube' },
            { value: 'tiktok', label: 'TikTok' },
          ],
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: linkUrlValidator('Địa chỉ tài khoản mạng xã hội', { httpsOnly: true }),
        },
      ],
    },
    {
      name: 'matomoSiteId',
      type: 'number',
      min: 1,
      label: { vi: 'Mã trang Matomo (idsite)', en: 'Matomo site ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'emcSiteId',
      type: 'text',
      label: { vi: 'Mã EMC', en: 'EMC site ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'trustBadgeId',
      type: 'text',
      label: { vi: 'Mã tín nhiệm mạng', en: 'Trust badge ID' },
      access: { update: provinceAdminOnly },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'provisioning',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      access: { update: provinceAdminOnly },
      options: [
        { value: 'provisioning', label: { vi: 'Đang khởi tạo', en: 'Provisioning' } },
        { value: 'live', label: { vi: 'Đang hoạt động', en: 'Live' } },
        { value: 'suspended', label: { vi: 'Tạm dừng', en: 'Suspended' } },
        { value: 'merged', label: { vi: 'Đã sáp nhập', en: 'Merged' } },
      ],
    },
    siteStateField,
  ],
  hooks: {
    afterChange: [auditContentChange, rebuildAfterCommuneChange, suspendOrResumeCommune, addMatomoAliasesAfterChange],
    beforeDelete: [refuseDeleteWithoutExport],
    afterDelete: [auditContentDelete],
  },
}
