import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/** Flag red and star gold: the look of state bodies. Gold header text and active tab on red. */
export const doCo: SchemeDefinition = {
  slug: 'do-co',
  name: 'Đỏ cờ',
  palette: definePalette({
    'brand-50': '#fdf3f2',
    'brand-100': '#fbe3e1',
    'brand-200': '#f3bcb8',
    'brand-600': '#c8211a',
    'brand-700': '#a81b15',
    'brand-800': '#861510',
    'brand-900': '#5e0e0b',
    'accent-100': '#fff6cc',
    'accent-300': '#ffd43b',
    'accent-500': '#e0a800',
    'accent-800': '#6b4e00',
    'neutral-0': '#ffffff',
    'neutral-50': '#fffcf6',
    'neutral-200': '#e8ddd2',
    'neutral-600': '#5f5550',
    'neutral-900': '#1f1a17',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier({
    '--x-color-header-text': 'accent-300',
    '--x-color-footer-text': 'accent-100',
  }),
}
