/**
 * The fixed token sets every theme defines, and the types the scheme and family files are
 * written against. Three tiers, one prefix each:
 *
 *   palette  `--x-palette-*`  raw hex colours; a colour scheme owns them
 *   semantic `--x-color-*`    roles components read; a colour scheme maps them onto its palette
 *   family   `--x-font-*`, `--x-size-*`, `--x-radius`, `--x-space-*`, `--x-layout-*`
 *                             type scale and layout sizes; a layout family owns them
 *
 * Components read only the semantic and family tiers, so a scheme can change its palette freely.
 */

export type ThemeFamily = 'co-dien' | 'cong-thong-tin' | 'tap-chi' | 'gon-nhe' | 'hanh-chinh'

/** As the brief (and sites) know it: the palette tier is the scheme's only raw data. */
export type ColourScheme = {
  slug: string
  /** Vietnamese, NFC. */
  name: string
  /** Full custom-property names (`--x-palette-brand-700`) to hex colours. */
  palette: Record<string, string>
}

export type Theme = {
  /** 1..25, stored per commune in the CMS (`communes.theme`): never renumber. */
  number: number
  /** `<family>-<scheme>`, e.g. `co-dien-do-co`; the value of `data-theme`. */
  slug: string
  /** Vietnamese, NFC, e.g. `Cổ điển – Đỏ cờ`. */
  name: string
  family: ThemeFamily
  /** Vietnamese name of the family, e.g. `Cổ điển`. */
  familyName: string
  /** Slug of the colour scheme, e.g. `do-co`. */
  scheme: string
}

export const SEMANTIC_TOKENS = [
  '--x-color-bg',
  '--x-color-text',
  '--x-color-muted',
  '--x-color-surface',
  '--x-color-text-on-surface',
  '--x-color-border',
  '--x-color-primary',
  '--x-color-on-primary',
  '--x-color-link',
  '--x-color-link-on-surface',
  '--x-color-header-bg',
  '--x-color-header-text',
  '--x-color-nav-bg',
  '--x-color-nav-text',
  '--x-color-nav-active-bg',
  '--x-color-nav-active-text',
  '--x-color-footer-bg',
  '--x-color-footer-text',
  '--x-color-accent',
  '--x-color-on-accent',
  '--x-color-alert-bg',
  '--x-color-alert-text',
  '--x-color-emergency-bg',
  '--x-color-emergency-text',
  '--x-color-focus',
  '--x-color-badge-bg',
  '--x-color-badge-text',
] as const

export type SemanticToken = (typeof SEMANTIC_TOKENS)[number]

export const FAMILY_TOKENS = [
  '--x-font-body',
  '--x-font-heading',
  '--x-font-size-base',
  '--x-font-size-h1',
  '--x-font-size-h2',
  '--x-font-size-h3',
  '--x-line-height',
  '--x-radius',
  '--x-space-1',
  '--x-space-2',
  '--x-space-3',
  '--x-space-4',
  '--x-layout-max-width',
  '--x-layout-sidebar',
] as const

export type FamilyToken = (typeof FAMILY_TOKENS)[number]

/**
 * The palette every scheme fills, by role rather than hue, so one default semantic mapping
 * fits every scheme and a scheme overrides only what its look needs (e.g. a light header).
 * brand: the scheme's main hue; accent: its second hue; neutral: paper and ink, tinted towards
 * the brand; warning/danger: alerts and emergencies.
 */
export const PALETTE_KEYS = [
  'brand-50',
  'brand-100',
  'brand-200',
  'brand-600',
  'brand-700',
  'brand-800',
  'brand-900',
  'accent-100',
  'accent-300',
  'accent-500',
  'accent-800',
  'neutral-0',
  'neutral-50',
  'neutral-200',
  'neutral-600',
  'neutral-900',
  'warning-100',
  'warning-900',
  'danger-700',
] as const

export type PaletteKey = (typeof PALETTE_KEYS)[number]

export const PALETTE_PREFIX = '--x-palette-'

/** A scheme as its file writes it: the public shape plus the semantic tier. */
export type SchemeDefinition = ColourScheme & {
  semantic: Readonly<Record<SemanticToken, string>>
}

export type FamilyDefinition = {
  slug: ThemeFamily
  /** Vietnamese, NFC. */
  name: string
  tokens: Readonly<Record<FamilyToken, string>>
}

/**
 * Alert and emergency colours are the same in every scheme: a citizen who moves between
 * commune sites should recognise a storm or flood warning at a glance, whatever the brand.
 */
export const SIGNAL_PALETTE = {
  'warning-100': '#fff3c4',
  'warning-900': '#4d3800',
  'danger-700': '#b3261e',
} as const satisfies Partial<Record<PaletteKey, string>>

/** Prefixes the role keys: `brand-700` → `--x-palette-brand-700`. */
export function definePalette(colours: Record<PaletteKey, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of PALETTE_KEYS) out[PALETTE_PREFIX + key] = colours[key]
  return out
}

const DEFAULT_SEMANTIC: Record<SemanticToken, PaletteKey> = {
  '--x-color-bg': 'neutral-50',
  '--x-color-text': 'neutral-900',
  '--x-color-muted': 'neutral-600',
  '--x-color-surface': 'neutral-0',
  '--x-color-text-on-surface': 'neutral-900',
  '--x-color-border': 'neutral-200',
  '--x-color-primary': 'brand-700',
  '--x-color-on-primary': 'neutral-0',
  '--x-color-link': 'brand-700',
  '--x-color-link-on-surface': 'brand-700',
  '--x-color-header-bg': 'brand-700',
  '--x-color-header-text': 'neutral-0',
  '--x-color-nav-bg': 'brand-800',
  '--x-color-nav-text': 'neutral-0',
  '--x-color-nav-active-bg': 'accent-300',
  '--x-color-nav-active-text': 'brand-900',
  '--x-color-footer-bg': 'brand-900',
  '--x-color-footer-text': 'brand-50',
  '--x-color-accent': 'accent-300',
  '--x-color-on-accent': 'brand-900',
  '--x-color-alert-bg': 'warning-100',
  '--x-color-alert-text': 'warning-900',
  '--x-color-emergency-bg': 'danger-700',
  '--x-color-emergency-text': 'neutral-0',
  '--x-color-focus': 'brand-600',
  '--x-color-badge-bg': 'brand-100',
  '--x-color-badge-text': 'brand-800',
}

/**
 * The semantic tier: every `--x-color-*` as a `var()` of a palette entry. Overrides name
 * palette roles, so a scheme cannot point at a colour its palette lacks.
 */
export function semanticTier(
  overrides: Partial<Record<SemanticToken, PaletteKey>> = {},
): Record<SemanticToken, string> {
  const mapping = { ...DEFAULT_SEMANTIC, ...overrides }
  const out = {} as Record<SemanticToken, string>
  for (const token of SEMANTIC_TOKENS) out[token] = `var(${PALETTE_PREFIX}${mapping[token]})`
  return out
}

/**
 * Semantic text/background pairs that components put together and that must reach WCAG AA
 * for normal text (4.5:1). Muted text is checked on cards too (dates, bylines), and primary on
 * bg and surface because headings and outline buttons use it as text colour.
 */
export const CONTRAST_PAIRS: readonly [text: SemanticToken, background: SemanticToken][] = [
  ['--x-color-text', '--x-color-bg'],
  ['--x-color-muted', '--x-color-bg'],
  ['--x-color-link', '--x-color-bg'],
  ['--x-color-primary', '--x-color-bg'],
  ['--x-color-text-on-surface', '--x-color-surface'],
  ['--x-color-muted', '--x-color-surface'],
  ['--x-color-link-on-surface', '--x-color-surface'],
  ['--x-color-primary', '--x-color-surface'],
  ['--x-color-on-primary', '--x-color-primary'],
  ['--x-color-header-text', '--x-color-header-bg'],
  ['--x-color-nav-text', '--x-color-nav-bg'],
  ['--x-color-nav-active-text', '--x-color-nav-active-bg'],
  ['--x-color-footer-text', '--x-color-footer-bg'],
  ['--x-color-on-accent', '--x-color-accent'],
  ['--x-color-alert-text', '--x-color-alert-bg'],
  ['--x-color-emergency-text', '--x-color-emergency-bg'],
  ['--x-color-badge-text', '--x-color-badge-bg'],
]

/**
 * The focus ring is a non-text indicator (WCAG 2.1 SC 1.4.11): 3:1 against the page and the
 * cards it is drawn on. No single colour also reaches 3:1 on mid-dark bars (the flag-red
 * header), so on header, nav and footer sites fill the outline offset with `--x-color-bg`
 * (`box-shadow`); see README.
 */
export const FOCUS_PAIRS: readonly [ring: SemanticToken, background: SemanticToken][] = [
  ['--x-color-focus', '--x-color-bg'],
  ['--x-color-focus', '--x-color-surface'],
]

export const AA_TEXT = 4.5
export const AA_NON_TEXT = 3
