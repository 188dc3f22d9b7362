/**
 * The 25 themes: every layout family crossed with every colour scheme, numbered family-major
 * (1–5 are co-dien with the five schemes, 6–10 cong-thong-tin, …). A theme is only a pair of
 * references; its tokens are assembled from the two definitions on demand.
 */
import { FAMILIES } from './families'
import { SCHEMES } from './schemes'
import type { FamilyDefinition, SchemeDefinition, Theme } from './tokens'

export { FAMILIES, SCHEMES }

export const THEMES: readonly Theme[] = Object.freeze(
  FAMILIES.flatMap((family, f) =>
    SCHEMES.map(
      (scheme, s): Theme =>
        Object.freeze({
          number: f * SCHEMES.length + s + 1,
          slug: `${family.slug}-${scheme.slug}`,
          name: `${family.name} – ${scheme.name}`,
          family: family.slug,
          familyName: family.name,
          scheme: scheme.slug,
        }),
    ),
  ),
)

export function themeByNumber(n: number): Theme {
  const theme = Number.isInteger(n) ? THEMES[n - 1] : undefined
  if (!theme) throw new RangeError(`Unknown theme number ${n}: expected an integer from 1 to ${THEMES.length}`)
  return theme
}

export function themeBySlug(slug: string): Theme {
  const theme = THEMES.find((t) => t.slug === slug)
  if (!theme)
    throw new RangeError(`Unknown theme slug "${slug}": expected one of ${THEMES.map((t) => t.slug).join(', ')}`)
  return theme
}

function schemeOf(theme: Theme): SchemeDefinition {
  const scheme = SCHEMES.find((s) => s.slug === theme.scheme)
  if (!scheme) throw new RangeError(`Theme "${theme.slug}" names unknown colour scheme "${theme.scheme}"`)
  return scheme
}

function familyOf(theme: Theme): FamilyDefinition {
  const family = FAMILIES.find((f) => f.slug === theme.family)
  if (!family) throw new RangeError(`Theme "${theme.slug}" names unknown layout family "${theme.family}"`)
  return family
}

/** All custom properties of one family/scheme pair, in tier order (palette, semantic, family). */
export function buildTokens(family: FamilyDefinition, scheme: SchemeDefinition): Readonly<Record<string, string>> {
  return { ...scheme.palette, ...scheme.semantic, ...family.tokens }
}

/** All custom properties of a theme (or theme slug), in tier order. */
export function themeTokens(theme: Theme | string): Readonly<Record<string, string>> {
  const t = typeof theme === 'string' ? themeBySlug(theme) : theme
  return buildTokens(familyOf(t), schemeOf(t))
}
