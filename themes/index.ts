/**
 * The public face of themes/: 25 themes (5 layout families × 5 colour schemes) as token data.
 * Sites read `theme.family` to pick their layout and inline `themeCss(theme.slug)`; components
 * read only the semantic (`--x-color-*`) and family tokens.
 */
export type { ColourScheme, Theme, ThemeFamily } from './tokens'
export { CONTRAST_PAIRS, SEMANTIC_TOKENS } from './tokens'
export { THEMES, themeByNumber } from './registry'
export { themeCss, themesCss } from './css'
export { coverVeil } from './cover-veil'
