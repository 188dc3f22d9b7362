import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/**
 * Sunny gold over a deep ochre: the header is ochre with the unit's name in gold, like the red
 * scheme's (an amber header with brown text looked like a shop's, not a state body's).
 */
export const vangNang: SchemeDefinition = {
  slug: 'vang-nang',
  name: 'Vàng nắng',
  palette: definePalette({
    'brand-50': '#fdf6ea',
    'brand-100': '#f8e8c9',
    'brand-200': '#efcf98',
    'brand-600': '#8a5a00',
    'brand-700': '#704800',
    'brand-800': '#573700',
    'brand-900': '#3b2500',
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
    '--x-color-header-text': 'accent-300',
    '--x-color-footer-text': 'accent-100',
  }),
}
