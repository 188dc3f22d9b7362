import type { RelationshipField } from 'payload'

/**
 * Who created the document. Set once by the server; contributors' access depends on it, so
 * nobody can write it through any API.
 */
export const createdByField = (): RelationshipField => ({
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: { vi: 'Người tạo', en: 'Created by' },
  index: true,
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, req, value, originalDoc }) =>
        operation === 'create' ? (req.user?.collection === 'users' ? req.user.id : value) : originalDoc?.createdBy,
    ],
  },
})
