import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/** Water-lily purple with lotus pink. */
export const timHoaSung: SchemeDefinition = {
  slug: 'tim-hoa-sung',
  name: 'Tím hoa súng',
  palette: definePalette({
    'brand-50': '#f7f2fb',
    'brand-100': '#ece1f6',
    'brand-200': '#d4bfea',
    'brand-600': '#7a3fb0',
    'brand-700': '#633193',
    'brand-800': '#4c2572',
    'brand-900': '#33184d',
    'accent-100': '#fde6f0',
    'accent-300': '#f5a3c7',
    'accent-500': '#d6478a',
    'accent-800': '#6e1a43',
    'neutral-0': '#ffffff',
    'neutral-50': '#fcfaff',
    'neutral-200': '#e2d8ec',
    'neutral-600': '#5a5264',
    'neutral-900': '#1e1826',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier(),
}
