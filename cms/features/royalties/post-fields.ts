import type { Field, FieldAccess } from 'payload'
import { idOf } from '../../access/roles'
import { GENRES_SLUG } from './genres'
import { mayScore } from './access'

type WithTenant = { tenant?: number | string | { id: number | string } | null }

/** The chief of the item's commune (or the province) scores it; others' values are dropped. */
const scorer: FieldAccess = ({ req, data, doc }) =>
  mayScore(req.user, idOf((data as WithTenant | undefined)?.tenant ?? (doc as WithTenant | undefined)?.tenant))

/** What the chief sets when approving a news item: the genre of the province's rules and its points. */
export const royaltyFields = (): Field[] => [
  {
    name: 'royaltyGenre',
    type: 'relationship',
    relationTo: GENRES_SLUG as never,
    label: { vi: 'Thể loại nhuận bút', en: 'Royalty genre' },
    access: { create: scorer, update: scorer },
    admin: {
      position: 'sidebar',
      description: { vi: 'Trưởng ban biên tập chấm khi duyệt.', en: 'Set by the chief when approving.' },
    },
  },
  {
    name: 'royaltyPoints',
    type: 'number',
    min: 0,
    max: 1000,
    label: { vi: 'Điểm nhuận bút', en: 'Royalty points' },
    access: { create: scorer, update: scorer },
    admin: {
      position: 'sidebar',
      description: { vi: 'Để trống: theo điểm mặc định của thể loại.', en: 'Empty: the genre’s default points.' },
    },
  },
]
