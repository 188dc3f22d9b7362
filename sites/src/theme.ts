/**
 * The one door to the themes package, so switching from the temporary stub to `themes/` is a
 * one-line change. Components never read theme data beyond `slug` and `family`.
 */
import { THEMES, themeByNumber as byNumber, themeCss } from './theme-stub'

export type Theme = (typeof THEMES)[number]
export type ThemeFamily = Theme['family']

/** The commune's theme; an unknown number (a theme retired in the CMS) falls back to the first. */
export const themeFor = (n: number): Theme => byNumber(n) ?? THEMES[0]!

export { THEMES, themeCss }
