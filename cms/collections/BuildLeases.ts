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
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'owner', type: 'text', required: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
