import type { FamilyDefinition } from '../tokens'
import { SANS, SERIF } from './fonts'

/** Classic: a full-width banner over a centred page; serif headings, sans body, square corners. */
export const coDien: FamilyDefinition = {
  slug: 'co-dien',
  name: 'Cổ điển',
  tokens: {
    '--x-font-body': SANS,
    '--x-font-heading': SERIF,
    '--x-font-size-base': '1rem',
    '--x-font-size-h1': 'clamp(1.75rem, 1.45rem + 1.2vw, 2.375rem)',
    '--x-font-size-h2': '1.625rem',
    '--x-font-size-h3': '1.25rem',
    '--x-line-height': '1.6',
    '--x-radius': '0.125rem',
    '--x-space-1': '0.25rem',
    '--x-space-2': '0.5rem',
    '--x-space-3': '1rem',
    '--x-space-4': '2rem',
    '--x-layout-max-width': '72rem',
    '--x-layout-sidebar': '0rem',
  },
}
