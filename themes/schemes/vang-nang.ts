import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/**
 * Sunny amber over earth brown. The only scheme with a light header: amber with dark brown
 * text, so the header mapping is overridden; buttons and links stay brown for contrast.
 */
export const vangNang: SchemeDefinition = {
  slug: 'vang-nang',
  name: 'Vàng nắng',
  palette: definePalette({
    'brand-50': '#fdf6ea',
    'brand-100': '#f8e8c9',
    'brand-200': '#efcf98',
    'brand-600': '#9a5b13',
    'brand-700': '#7a460c',
    'brand-800': '#5c3409',
    'brand-900': '#3d2306',
    'accent-100': '#fff4cc',
    'accent-300': '#ffc53d',
    'accent-500': '#f0a500',
    'accent-800': '#5c3d00',
    'neutral-0': '#ffffff',
    'neutral-50': '#fffbf2',
    'neutral-200': '#eadfcb',
    'neutral-600': '#5e5346',
    'neutral-900': '#241c12',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier({
    '--x-color-header-bg': 'accent-300',
    '--x-color-header-text': 'brand-900',
    '--x-color-nav-bg': 'brand-700',
    '--x-color-nav-active-bg': 'accent-100',
  }),
}
