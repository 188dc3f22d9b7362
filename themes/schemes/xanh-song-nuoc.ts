import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/** River blue of the Mekong delta with a water teal; the active tab is light teal. */
export const xanhSongNuoc: SchemeDefinition = {
  slug: 'xanh-song-nuoc',
  name: 'Xanh sông nước',
  palette: definePalette({
    'brand-50': '#edf5fb',
    'brand-100': '#d6e9f6',
    'brand-200': '#a7cee9',
    'brand-600': '#1d6dac',
    'brand-700': '#135a92',
    'brand-800': '#0e4472',
    'brand-900': '#092e4f',
    'accent-100': '#d6f3f0',
    'accent-300': '#6fd2c9',
    'accent-500': '#1fa89c',
    'accent-800': '#0b4a45',
    'neutral-0': '#ffffff',
    'neutral-50': '#f6f9fc',
    'neutral-200': '#d2dde6',
    'neutral-600': '#4b5866',
    'neutral-900': '#14202b',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier(),
}
