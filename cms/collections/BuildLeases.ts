import type { CollectionConfig } from 'payload'
import { nobody } from '../access/nobody'

/**
 * Short leases that keep build workers from doing the same work twice: one per commune being
 * built ("site:<slug>") and one per running job ("job:<id>"). The unique key makes taking a
 * lease an atomic insert on every database; a worker renews its leases while it works, so a
 * killed worker's leases expire and its job is handed to another (cms/publishing/leases.ts).
 */
export const BuildLeases: CollectionConfig = {
  slug: 'build-leases',
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  // Never on screen; named all the same, should a filter or an error ever show one.
  labels: {
    singular: { vi: 'Quyền xây dựng', en: 'Build lease' },
    plural: { vi: 'Quyền xây dựng', en: 'Build leases' },
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: { vi: 'Khóa', en: 'Key' } },
    { name: 'owner', type: 'text', required: true, index: true, label: { vi: 'Tiến trình giữ', en: 'Owner' } },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Hết hạn lúc', en: 'Expires at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
