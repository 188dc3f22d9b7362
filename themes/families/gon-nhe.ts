import type { FamilyDefinition } from '../tokens'
import { SANS } from './fonts'

/** Compact: small header, dense lists; small heading scale and tight spacing, base stays 1rem. */
export const gonNhe: FamilyDefinition = {
  slug: 'gon-nhe',
  name: 'Gọn nhẹ',
  tokens: {
    '--x-font-body': SANS,
    '--x-font-heading': SANS,
    '--x-font-size-base': '1rem',
    '--x-font-size-h1': '1.5rem',
    '--x-font-size-h2': '1.25rem',
    '--x-font-size-h3': '1.0625rem',
    '--x-line-height': '1.45',
    '--x-radius': '0.25rem',
    '--x-space-1': '0.125rem',
    '--x-space-2': '0.25rem',
    '--x-space-3': '0.5rem',
    '--x-space-4': '1rem',
    '--x-layout-max-width': '68rem',
    '--x-layout-sidebar': '0rem',
  },
}
