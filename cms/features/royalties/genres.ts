import type { CollectionConfig } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { signedIn } from './access'

export const GENRES_SLUG = 'royalty-genres'

/** Thể loại nhuận bút: tin, bài, ảnh, phóng sự ảnh, video, bài dịch/tổng hợp… with their points. */
export const RoyaltyGenres: CollectionConfig = {
  slug: GENRES_SLUG,
  graphQL: { singularName: 'RoyaltyGenre', pluralName: 'RoyaltyGenres' },
  labels: {
    singular: { vi: 'Thể loại nhuận bút', en: 'Royalty genre' },
    plural: { vi: 'Thể loại nhuận bút', en: 'Royalty genres' },
  },
  admin: { group: { vi: 'Nhuận bút', en: 'Royalties' }, useAsTitle: 'name', defaultColumns: ['name', 'points'] },
  defaultSort: 'name',
  access: { read: signedIn, create: provinceAdminOnly, update: provinceAdminOnly, delete: provinceAdminOnly },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 100, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'points',
      type: 'number',
      required: true,
      min: 0,
      max: 1000,
      label: { vi: 'Điểm mặc định', en: 'Default points' },
    },
  ],
}
