import type { CollectionConfig } from 'payload'
import { DOCUMENT_FIELDS, DOCUMENT_TYPES } from '../../contract/vocabulary'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { slugField } from '../fields/slug'
import { workflowFields } from '../fields/workflow'
import { communeHooks, editorialAccess, editorialAdmin, editorialVersions, slugPerCommune } from './shared'

/** Văn bản: official documents with their number and symbol (số/ký hiệu) and attached files. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  graphQL: { singularName: 'Document', pluralName: 'Documents' },
  access: editorialAccess(),
  admin: editorialAdmin(['number', 'title', 'docType', 'issueDate', 'workflowStatus']),
  labels: { singular: { vi: 'Văn bản', en: 'Document' }, plural: { vi: 'Văn bản', en: 'Documents' } },
  indexes: slugPerCommune,
  fields: [
    { name: 'number', type: 'text', required: true, label: { vi: 'Số/Ký hiệu', en: 'Number and symbol' }, index: true },
    { name: 'title', type: 'text', required: true, label: { vi: 'Trích yếu', en: 'Title' } },
    slugField('title', { numbered: true }),
    {
      name: 'docType',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại văn bản', en: 'Type' },
      options: DOCUMENT_TYPES.map((o) => ({ ...o })),
    },
    {
      name: 'field',
      type: 'select',
      index: true,
      label: { vi: 'Lĩnh vực', en: 'Field' },
      options: DOCUMENT_FIELDS.map((o) => ({ ...o })),
    },
    { name: 'issuer', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
    {
      name: 'signer',
      type: 'group',
      label: { vi: 'Người ký', en: 'Signer' },
      fields: [
        { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
      ],
    },
    { name: 'issueDate', type: 'date', required: true, index: true, label: { vi: 'Ngày ban hành', en: 'Issue date' } },
    { name: 'effectiveDate', type: 'date', label: { vi: 'Ngày hiệu lực', en: 'Effective date' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { vi: 'Tệp đính kèm', en: 'Attached files' },
    },
    ...workflowFields(),
    createdByField(),
    demoField(),
  ],
  hooks: communeHooks({ workflow: true }),
  versions: editorialVersions,
}
