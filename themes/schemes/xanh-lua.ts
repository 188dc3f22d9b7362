import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/** Young rice green with ripe-grain gold. */
export const xanhLua: SchemeDefinition = {
  slug: 'xanh-lua',
  name: 'Xanh lúa',
  palette: definePalette({
    'brand-50': '#f1f8ec',
    'brand-100': '#ddefd0',
    'brand-200': '#b6da9b',
    'brand-600': '#3b862c',
    'brand-700': '#2d6b21',
    'brand-800': '#22541a',
    'brand-900': '#163811',
    'accent-100': '#fbf3d0',
    'accent-300': '#e8c547',
    'accent-500': '#c9a227',
    'accent-800': '#5a4608',
    'neutral-0': '#ffffff',
    'neutral-50': '#f9fcf6',
    'neutral-200': '#d7e1cf',
    'neutral-600': '#4f5a4b',
    'neutral-900': '#19201a',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier(),
}
