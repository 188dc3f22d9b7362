import type { Field, FieldAccess } from 'payload'
import { isProvinceAdmin } from '../../access/roles'
import { SHARED_NEWS_SLUG } from './slugs'

/** Written by the republish and the corrections, or by the province; a board only reads it. */
const syndicationOnly: FieldAccess = ({ req }) => Boolean(req.context?.syndicationCopy) || isProvinceAdmin(req.user)

/**
 * What makes a news item a reprint of the province's shared news: the item it copies (whose
 * corrections it follows), the original's address (the page's canonical link) and the image
 * the feed published. The source's name goes to the item's own "Nguồn" field (origin "reprint").
 */
export const reprintField = (): Field => ({
  name: 'reprint',
  type: 'group',
  label: { vi: 'Đăng lại từ Tin từ tỉnh', en: 'Reprint of shared news' },
  access: { create: syndicationOnly, update: syndicationOnly },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.reprint?.sharedNews),
    description: {
      vi: 'Bản đăng lại được cập nhật khi tỉnh sửa tin gốc.',
      en: 'Updated when the province corrects the original.',
    },
  },
  fields: [
    {
      name: 'sharedNews',
      type: 'relationship',
      relationTo: SHARED_NEWS_SLUG as never,
      index: true,
      label: { vi: 'Tin gốc', en: 'Original item' },
    },
    { name: 'canonicalUrl', type: 'text', maxLength: 2000, label: { vi: 'Địa chỉ bài gốc', en: 'Original address' } },
    { name: 'imageUrl', type: 'text', maxLength: 2000, label: { vi: 'Ảnh của bài gốc', en: 'Original image' } },
    {
      name: 'mandatory',
      type: 'checkbox',
      label: { vi: 'Tỉnh yêu cầu đăng', en: 'Mandatory' },
    },
  ],
})
