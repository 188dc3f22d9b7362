/**
 * Scaffold for a colour scheme: copy to `themes/schemes/<slug>.ts`, rename the export, pick the
 * colours, override only the semantic roles your look needs, then register it (see README).
 * It is type-checked and contrast-tested with every family (tests/unit/themes.spec.ts), so it
 * stays a working starting point.
 */
import { definePalette, semanticTier, SIGNAL_PALETTE, type SchemeDefinition } from '../tokens'

export const scaffoldScheme: SchemeDefinition = {
  slug: 'xam-da', // kebab-case ASCII: the theme slugs become `<family>-xam-da`
  name: 'Xám đá', // Vietnamese with diacritics, NFC
  palette: definePalette({
    // brand: the main hue, light tints (50–200) to dark shades (600–900)
    'brand-50': '#f4f5f7',
    'brand-100': '#e3e6ea',
    'brand-200': '#c4cad2',
    'brand-600': '#4f5b6b',
    'brand-700': '#3d4856',
    'brand-800': '#2e3742',
    'brand-900': '#1e242c',
    // accent: a second hue for the active tab, highlights and badges
    'accent-100': '#fdf0dc',
    'accent-300': '#f6c177',
    'accent-500': '#e09a3a',
    'accent-800': '#5e3b0c',
    // neutral: paper and ink, tinted a little towards the brand
    'neutral-0': '#ffffff',
    'neutral-50': '#f9fafb',
    'neutral-200': '#dadfe5',
    'neutral-600': '#535b66',
    'neutral-900': '#181c21',
    // alert and emergency colours are shared by every scheme: keep them
    ...SIGNAL_PALETTE,
  }),
  // e.g. semanticTier({ '--x-color-header-bg': 'accent-300', '--x-color-header-text': 'brand-900' })
  semantic: semanticTier(),
}
