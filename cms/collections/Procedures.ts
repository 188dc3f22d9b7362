import type { CollectionConfig } from 'payload'
import { PROCEDURE_FIELDS } from '../../contract/vocabulary'
import { communeContentAccess } from '../access/communeContentAccess'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { linkUrlValidator } from '../fields/link-url'
import { slugField } from '../fields/slug'
import { communeHooks, slugPerCommune } from './shared'

/** Thủ tục hành chính: each links to its page on the national public-service portal. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  graphQL: { singularName: 'Procedure', pluralName: 'Procedures' },
  access: communeContentAccess({ writers: ['chief', 'editor'], publicRead: true, drafts: false }),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'field'], group: { vi: 'Nội dung', en: 'Content' } },
  labels: {
    singular: { vi: 'Thủ tục hành chính', en: 'Procedure' },
    plural: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  },
  indexes: slugPerCommune,
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên thủ tục', en: 'Name' } },
    slugField('name'),
    { name: 'code', type: 'text', label: { vi: 'Mã thủ tục', en: 'Code' } },
    {
      name: 'field',
      type: 'select',
      index: true,
      label: { vi: 'Lĩnh vực', en: 'Field' },
      options: PROCEDURE_FIELDS.map((o) => ({ ...o })),
    },
    { name: 'processingTime', type: 'text', label: { vi: 'Thời hạn giải quyết', en: 'Processing time' } },
    { name: 'fee', type: 'text', label: { vi: 'Phí, lệ phí', en: 'Fee' } },
    {
      name: 'nationalPortalUrl',
      type: 'text',
      required: true,
      label: { vi: 'Liên kết Cổng Dịch vụ công quốc gia', en: 'National portal link' },
      validate: linkUrlValidator('Liên kết Cổng Dịch vụ công quốc gia', { httpsOnly: true }),
    },
    { name: 'summary', type: 'textarea', label: { vi: 'Tóm tắt', en: 'Summary' } },
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: false }),
}
