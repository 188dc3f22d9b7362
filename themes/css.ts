/**
 * Serialises themes to CSS: each theme is one `[data-theme="<slug>"]` rule holding its
 * palette, semantic and family tiers, inside the `theme` cascade layer.
 */
import { THEMES, themeBySlug, themeTokens } from './registry'
import type { Theme } from './tokens'

/**
 * Declared with every output so the layer order holds even when a site inlines its theme in
 * <head> before the main stylesheet (the first mention of a layer fixes its place).
 */
export const LAYER_ORDER = '@layer base, components, theme, utils;'

function rule(theme: Theme): string {
  const declarations = Object.entries(themeTokens(theme)).map(([name, value]) => `    ${name}: ${value};`)
  // All 25 themes are light; this keeps native form controls and scrollbars light as well.
  return `  [data-theme="${theme.slug}"] {\n    color-scheme: light;\n${declarations.join('\n')}\n  }`
}

function layer(themes: readonly Theme[]): string {
  return `${LAYER_ORDER}\n@layer theme {\n${themes.map(rule).join('\n')}\n}\n`
}

export function themesCss(): string {
  return layer(THEMES)
}

export function themeCss(slug: string): string {
  return layer([themeBySlug(slug)])
}
