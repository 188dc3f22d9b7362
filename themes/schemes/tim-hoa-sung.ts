import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

/** Water-lily purple, deep and sober as a state site's, with star gold (the lotus pink read as festive). */
export const timHoaSung: SchemeDefinition = {
  slug: 'tim-hoa-sung',
  name: 'Tím hoa súng',
  palette: definePalette({
    'brand-50': '#f6f3f8',
    'brand-100': '#ebe4f0',
    'brand-200': '#d3c5dd',
    'brand-600': '#5b3a7a',
    'brand-700': '#4a2d66',
    'brand-800': '#3a2251',
    'brand-900': '#26163a',
    'accent-100': '#fff6cc',
    'accent-300': '#f2c94c',
    'accent-500': '#d4a017',
    'accent-800': '#5c4300',
    'neutral-0': '#ffffff',
    'neutral-50': '#fbfafc',
    'neutral-200': '#dedae3',
    'neutral-600': '#55505c',
    'neutral-900': '#1c1921',
    ...SIGNAL_PALETTE,
  }),
  semantic: semanticTier({
    '--x-color-header-text': 'accent-300',
    '--x-color-footer-text': 'accent-100',
  }),
}
