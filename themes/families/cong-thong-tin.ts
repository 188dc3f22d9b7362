import type { FamilyDefinition } from '../tokens'
import { SANS } from './fonts'

/** Portal: a wide page with the menu as a left sidebar; plain sans, even rhythm. */
export const congThongTin: FamilyDefinition = {
  slug: 'cong-thong-tin',
  name: 'Cổng thông tin',
  tokens: {
    '--x-font-body': SANS,
    '--x-font-heading': SANS,
    '--x-font-size-base': '1rem',
    '--x-font-size-h1': 'clamp(1.625rem, 1.4rem + 0.9vw, 2.125rem)',
    '--x-font-size-h2': '1.5rem',
    '--x-font-size-h3': '1.1875rem',
    '--x-line-height': '1.55',
    '--x-radius': '0.25rem',
    '--x-space-1': '0.25rem',
    '--x-space-2': '0.5rem',
    '--x-space-3': '1rem',
    '--x-space-4': '1.5rem',
    '--x-layout-max-width': '80rem',
    '--x-layout-sidebar': '16rem',
  },
}
