/**
 * The one door to themes/ (the 25 themes as token data), so the sites depend on its public API
 * only. Components never read theme data beyond `slug` and `family`.
 */
import { THEMES, coverVeil, themeByNumber, themeCss, type Theme, type ThemeFamily } from '../../themes/index'

export type { Theme, ThemeFamily }

/** The commune's theme; a number the registry does not know (retired theme) falls back to the first. */
export function themeFor(n: number): Theme {
  try {
    return themeByNumber(n)
  } catch {
    console.warn(`[sites] unknown theme number ${n}: using theme ${THEMES[0]!.number}`)
    return THEMES[0]!
  }
}

const LAYER_ORDER = '@layer base, components, theme, utils;'

/** The theme's CSS for an inline <style>, always starting with the layer order. */
export function themeStyle(slug: string): string {
  // Inlined in every page: drop the indentation of the pretty-printed source.
  const css = themeCss(slug).trim().replace(/\n\s*/g, '')
  return css.startsWith(LAYER_ORDER) ? css : `${LAYER_ORDER}\n${css}`
}

/** How opaque the header colour lies over the commune's cover photo (themes/cover-veil.ts). */
export { coverVeil, THEMES }
