import type { FamilyDefinition } from '../tokens'
import { SANS, SERIF } from './fonts'

/**
 * Magazine: one big featured story; large sans headlines over serif reading text (the
 * opposite pairing to co-dien), generous spacing and rounded cards.
 */
export const tapChi: FamilyDefinition = {
  slug: 'tap-chi',
  name: 'Tạp chí',
  tokens: {
    '--x-font-body': SERIF,
    '--x-font-heading': SANS,
    '--x-font-size-base': '1.0625rem',
    '--x-font-size-h1': 'clamp(2rem, 1.5rem + 2.2vw, 3.25rem)',
    '--x-font-size-h2': 'clamp(1.5rem, 1.3rem + 0.9vw, 2rem)',
    '--x-font-size-h3': '1.375rem',
    '--x-line-height': '1.7',
    '--x-radius': '0.75rem',
    '--x-space-1': '0.375rem',
    '--x-space-2': '0.75rem',
    '--x-space-3': '1.5rem',
    '--x-space-4': '3rem',
    '--x-layout-max-width': '76rem',
    '--x-layout-sidebar': '0rem',
  },
}
