import type { CollectionConfig, Field } from 'payload'

/**
 * The publication date of a disclosure is the server's (see computeOnTime): nobody types it,
 * through the admin, REST or GraphQL. Field access false drops a value sent by a client.
 */
const closed = (field: Field): Field =>
  'name' in field && field.name === 'publicationDate'
    ? ({
        ...field,
        access: { ...('access' in field ? field.access : {}), create: () => false, update: () => false },
        admin: {
          ...field.admin,
          readOnly: true,
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          description: {
            vi: 'Hệ thống tự ghi khi nội dung được xuất bản lần đầu; không sửa được.',
            en: 'Set by the server when first published.',
          },
        },
      } as Field)
    : field

export const withServerPublicationDate = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(closed),
})
