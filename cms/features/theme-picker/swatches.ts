import { THEMES } from '../../../themes/index'
import { themeTokens } from '../../../themes/registry'

/** What a thumbnail draws of a theme: its colours and its layout family (see components/ThemeThumbnail). */
export type ThemeSwatch = {
  number: number
  name: string
  family: string
  colours: {
    bg: string
    surface: string
    text: string
    border: string
    header: string
    headerText: string
    nav: string
    navText: string
    navActive: string
    primary: string
    accent: string
    footer: string
  }
  /** Rounded corners (the family's radius, in rem, above ~0.4 reads as rounded). */
  rounded: boolean
}

/** A token's final value: semantic tokens name palette tokens (`var(--x-palette-…)`). */
const resolve = (tokens: Readonly<Record<string, string>>, name: string): string => {
  let value = tokens[name] ?? ''
  for (let i = 0; i < 5; i++) {
    const ref = /^var\((--[a-z0-9-]+)\)$/.exec(value.trim())
    if (!ref) break
    value = tokens[ref[1]!] ?? ''
  }
  // Only plain colours reach the thumbnail's SVG attributes.
  return /^#[0-9a-f]{3,8}$/i.test(value) ? value : '#cccccc'
}

/** The 25 themes as the picker draws them, from each theme's own tokens (computed on the server). */
export const themeSwatches = (): ThemeSwatch[] =>
  THEMES.map((theme) => {
    const tokens = themeTokens(theme)
    const colour = (name: string) => resolve(tokens, `--x-color-${name}`)
    return {
      number: theme.number,
      name: theme.name,
      family: theme.family,
      colours: {
        bg: colour('bg'),
        surface: colour('surface'),
        text: colour('text'),
        border: colour('border'),
        header: colour('header-bg'),
        headerText: colour('header-text'),
        nav: colour('nav-bg'),
        navText: colour('nav-text'),
        navActive: colour('nav-active-bg'),
        primary: colour('primary'),
        accent: colour('accent'),
        footer: colour('footer-bg'),
      },
      rounded: Number.parseFloat(tokens['--x-radius'] ?? '0') >= 0.4,
    }
  })
