import type { FamilyDefinition } from '../tokens'
import { SANS } from './fonts'

/**
 * Civic: one centred column with large type for older readers and small screens; a 20 px base,
 * a narrow measure and wide spacing.
 */
export const hanhChinh: FamilyDefinition = {
  slug: 'hanh-chinh',
  name: 'Hành chính',
  tokens: {
    '--x-font-body': SANS,
    '--x-font-heading': SANS,
    '--x-font-size-base': '1.25rem',
    '--x-font-size-h1': 'clamp(2.125rem, 1.8rem + 1.4vw, 2.875rem)',
    '--x-font-size-h2': '1.875rem',
    '--x-font-size-h3': '1.5rem',
    '--x-line-height': '1.65',
    '--x-radius': '0.375rem',
    '--x-space-1': '0.5rem',
    '--x-space-2': '1rem',
    '--x-space-3': '1.5rem',
    '--x-space-4': '3rem',
    '--x-layout-max-width': '48rem',
    '--x-layout-sidebar': '0rem',
  },
}
