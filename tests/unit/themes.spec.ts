import { describe, it, expect } from 'vitest'
import { CONTRAST_PAIRS, SEMANTIC_TOKENS, THEMES, themeByNumber, themeCss, themesCss, type Theme } from '../../themes'
import { contrastRatio, isHexColour, resolveToken, resolveTokenIn } from '../../themes/contrast'
import { buildTokens, FAMILIES, SCHEMES, themeTokens } from '../../themes/registry'
import { scaffoldScheme } from '../../themes/scaffold/scheme'
import { AA_NON_TEXT, AA_TEXT, FAMILY_TOKENS, FOCUS_PAIRS, PALETTE_PREFIX } from '../../themes/tokens'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const LENGTH = /^(\d+(?:\.\d+)?)rem$/
const CLAMP = /^clamp\((\d+(?:\.\d+)?)rem, \d+(?:\.\d+)?rem \+ \d+(?:\.\d+)?vw, (\d+(?:\.\d+)?)rem\)$/
const FONT_STACK = /^(?:(?:'[A-Za-z ]+'|-?[A-Za-z][A-Za-z-]*), )*(?:serif|sans-serif)$/
// Web fonts would mean a download; only faces installed with the operating system are allowed.
const WEB_FONT = /url\(|@import|@font-face/i

/** A rem length, or a fluid clamp(min, … + …vw, max) with min ≤ max; returns the minimum in rem. */
function minRem(value: string): number | null {
  const fixed = LENGTH.exec(value)
  if (fixed) return Number(fixed[1])
  const fluid = CLAMP.exec(value)
  if (fluid && Number(fluid[1]) <= Number(fluid[2])) return Number(fluid[1])
  return null
}

function familyTokenProblem(name: string, value: string): string | null {
  if (WEB_FONT.test(value)) return 'web font'
  switch (name) {
    case '--x-font-body':
    case '--x-font-heading':
      return FONT_STACK.test(value) ? null : 'not a system font stack ending in a generic family'
    case '--x-line-height':
      return /^\d(?:\.\d+)?$/.test(value) && Number(value) >= 1.4 ? null : 'not a unitless line height ≥ 1.4'
    case '--x-font-size-base':
      return (minRem(value) ?? 0) >= 1 ? null : 'not a length ≥ 1rem'
    case '--x-layout-sidebar':
      // 0rem, not 0: a bare 0 is a number and breaks calc(100% - var(--x-layout-sidebar)).
      return LENGTH.test(value) ? null : 'not a rem length (use 0rem for none)'
    default:
      return minRem(value) !== null ? null : 'not a rem length or clamp()'
  }
}

/** Circular distance between the hues of two colours, in degrees. */
function hueDistance(a: string, b: string): number {
  const hue = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]
    const max = Math.max(r, g, bl)
    const d = max - Math.min(r, g, bl)
    if (d === 0) return 0
    const h = max === r ? ((g - bl) / d) % 6 : max === g ? (bl - r) / d + 2 : (r - g) / d + 4
    return (h * 60 + 360) % 360
  }
  const d = Math.abs(hue(a) - hue(b))
  return Math.min(d, 360 - d)
}

/** Every failing contrast check of one token map, as readable lines. */
function contrastFailures(label: string, tokens: Readonly<Record<string, string>>): string[] {
  const checks = [
    ...CONTRAST_PAIRS.map((pair) => [pair, AA_TEXT] as const),
    ...FOCUS_PAIRS.map((pair) => [pair, AA_NON_TEXT] as const),
  ]
  return checks.flatMap(([[text, background], minimum]) => {
    const fg = resolveTokenIn(tokens, text)
    const bg = resolveTokenIn(tokens, background)
    const ratio = contrastRatio(fg, bg)
    return ratio >= minimum
      ? []
      : [`${label}: ${text} ${fg} on ${background} ${bg} = ${ratio.toFixed(2)}:1 (needs ${minimum}:1)`]
  })
}

describe('contrastRatio', () => {
  it('matches known WCAG values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(contrastRatio('#777', '#fff'), 10)
    expect(contrastRatio('#fff', '#777')).toBeCloseTo(contrastRatio('#777', '#fff'), 10)
    expect(contrastRatio('#abcdef', '#abcdef')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('rejects what is not #rgb or #rrggbb', () => {
    for (const bad of ['red', '#ff', '#ffff', '#12345g', 'rgb(0,0,0)', '#ffffff80']) {
      expect(() => contrastRatio(bad, '#fff'), bad).toThrow(/#rgb or #rrggbb/)
    }
  })
})

describe('resolveToken', () => {
  it('follows var() chains to the palette hex', () => {
    const theme = themeByNumber(1)
    expect(themeTokens(theme)['--x-color-primary']).toMatch(/^var\(--x-palette-/)
    expect(resolveToken(theme, '--x-color-primary')).toBe(themeTokens(theme)['--x-palette-brand-700'])
    expect(resolveToken(theme.slug, '--x-color-primary')).toBe(resolveToken(theme, '--x-color-primary'))
  })

  it('uses fallbacks, and reports unknown names and cycles', () => {
    const tokens = {
      '--a': 'var(--b)',
      '--b': 'var(--c)',
      '--c': '#123',
      '--d': 'var(--nope, #fff)',
      '--e': 'var(--f)',
      '--f': 'var(--e)',
    }
    expect(resolveTokenIn(tokens, '--a')).toBe('#123')
    expect(resolveTokenIn(tokens, '--d')).toBe('#fff')
    expect(() => resolveTokenIn(tokens, '--zzz')).toThrow(/--zzz is not defined/)
    expect(() => resolveTokenIn(tokens, '--e')).toThrow(/Cycle/)
  })
})

describe('theme registry', () => {
  it('has 25 themes numbered 1..25 in family-major order', () => {
    expect(THEMES).toHaveLength(25)
    expect(THEMES.map((t) => t.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    THEMES.forEach((t, i) => {
      expect(t.family).toBe(FAMILIES[Math.floor(i / 5)]!.slug)
      expect(t.scheme).toBe(SCHEMES[i % 5]!.slug)
      expect(t.slug).toBe(`${t.family}-${t.scheme}`)
      expect(themeByNumber(t.number)).toBe(t)
    })
  })

  it('has unique kebab-case ASCII slugs and unique Vietnamese NFC names', () => {
    const slugs = THEMES.map((t) => t.slug)
    const names = THEMES.map((t) => t.name)
    expect(new Set(slugs).size).toBe(25)
    expect(new Set(names).size).toBe(25)
    for (const t of THEMES) {
      expect(t.slug, t.slug).toMatch(KEBAB)
      for (const text of [t.name, t.familyName]) {
        expect(text.normalize('NFC'), text).toBe(text)
        expect(text.trim(), text).toBe(text)
      }
      expect(t.name).toBe(`${t.familyName} – ${SCHEMES.find((s) => s.slug === t.scheme)!.name}`)
    }
    // Vietnamese, not ASCII stand-ins: every family and scheme name but none is written with diacritics.
    for (const text of [...FAMILIES.map((f) => f.name), ...SCHEMES.map((s) => s.name)]) {
      expect(text, text).toMatch(/\P{ASCII}/u)
    }
  })

  it('pairs each of the 5 families with each of the 5 schemes exactly once', () => {
    expect(new Set(FAMILIES.map((f) => f.slug))).toEqual(
      new Set(['co-dien', 'cong-thong-tin', 'tap-chi', 'gon-nhe', 'hanh-chinh']),
    )
    expect(SCHEMES).toHaveLength(5)
    const pairs = THEMES.map((t) => `${t.family}|${t.scheme}`)
    expect(new Set(pairs).size).toBe(25)
    for (const f of FAMILIES) expect(THEMES.filter((t) => t.family === f.slug)).toHaveLength(5)
    for (const s of SCHEMES) expect(THEMES.filter((t) => t.scheme === s.slug)).toHaveLength(5)
  })

  it('throws a clear error for numbers outside 1..25', () => {
    for (const n of [0, 26, -1, 1.5, Number.NaN]) {
      expect(() => themeByNumber(n), String(n)).toThrow(/Unknown theme number .*1 to 25/)
    }
  })

  it('keeps the registry immutable for the sites that import it', () => {
    expect(Object.isFrozen(THEMES)).toBe(true)
    expect(Object.isFrozen(THEMES[0])).toBe(true)
  })
})

describe('tokens', () => {
  it('uses one prefix per tier', () => {
    for (const s of SCHEMES) {
      for (const name of Object.keys(s.palette)) expect(name, s.slug).toMatch(/^--x-palette-[a-z0-9-]+$/)
      for (const [name, value] of Object.entries(s.palette))
        expect(isHexColour(value), `${s.slug} ${name}: ${value}`).toBe(true)
      // The semantic tier only points into the palette, so schemes change colours in one place.
      for (const [name, value] of Object.entries(s.semantic)) {
        expect(name).toMatch(/^--x-color-/)
        expect(value, `${s.slug} ${name}`).toMatch(new RegExp(`^var\\(${PALETTE_PREFIX}[a-z0-9-]+\\)$`))
      }
    }
    for (const f of FAMILIES) {
      for (const name of Object.keys(f.tokens))
        expect(name, f.slug).toMatch(/^--x-(font|size|line-height|radius|space|layout)(-|$)/)
    }
  })

  describe.each(THEMES.map((t) => [t.slug, t] as const))('%s', (_slug, theme: Theme) => {
    it('defines every semantic token as a hex colour', () => {
      const tokens = themeTokens(theme)
      for (const name of SEMANTIC_TOKENS) {
        expect(tokens[name], name).toBeDefined()
        expect(isHexColour(resolveToken(theme, name)), `${name} → ${resolveToken(theme, name)}`).toBe(true)
      }
    })

    it('defines every family token with a valid value', () => {
      const problems = FAMILY_TOKENS.flatMap((name) => {
        const value = resolveToken(theme, name)
        const problem = familyTokenProblem(name, value)
        return problem ? [`${name}: ${value} (${problem})`] : []
      })
      expect(problems).toEqual([])
    })

    it('meets WCAG AA for every contrast pair and 3:1 for the focus ring', () => {
      expect(contrastFailures(theme.slug, themeTokens(theme))).toEqual([])
    })
  })
})

describe('families and schemes look different', () => {
  it('gives every scheme its own primary colour, of a clearly different hue', () => {
    const primaries = SCHEMES.map(
      (s) => [s.slug, resolveTokenIn({ ...s.palette, ...s.semantic }, '--x-color-primary')] as const,
    )
    expect(new Set(primaries.map(([, hex]) => hex.toLowerCase())).size).toBe(SCHEMES.length)
    for (const [i, [slugA, a]] of primaries.entries()) {
      for (const [slugB, b] of primaries.slice(i + 1)) {
        expect(hueDistance(a, b), `${slugA} ${a} vs ${slugB} ${b}`).toBeGreaterThanOrEqual(20)
      }
    }
  })

  it('gives every family its own type and spacing, with the traits it is named for', () => {
    const token = (slug: string, name: string): string => FAMILIES.find((f) => f.slug === slug)!.tokens[name as never]
    const signatures = FAMILIES.map((f) => JSON.stringify(f.tokens))
    expect(new Set(signatures).size).toBe(FAMILIES.length)
    expect(token('co-dien', '--x-font-heading')).toMatch(/serif$/)
    expect(token('co-dien', '--x-font-heading')).not.toMatch(/sans-serif$/)
    const base = (slug: string): number => minRem(token(slug, '--x-font-size-base'))!
    for (const f of FAMILIES) if (f.slug !== 'hanh-chinh') expect(base('hanh-chinh')).toBeGreaterThan(base(f.slug))
    const space = (slug: string): number => minRem(token(slug, '--x-space-3'))!
    for (const f of FAMILIES) if (f.slug !== 'gon-nhe') expect(space('gon-nhe')).toBeLessThan(space(f.slug))
    // Only the portal has a sidebar.
    for (const f of FAMILIES)
      expect(token(f.slug, '--x-layout-sidebar') !== '0rem', f.slug).toBe(f.slug === 'cong-thong-tin')
  })
})

describe('CSS output', () => {
  const braces = (css: string): boolean => {
    let depth = 0
    for (const ch of css) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
      if (depth < 0) return false
    }
    return depth === 0
  }

  it('themesCss() has one rule per theme inside @layer theme, with every token', () => {
    const css = themesCss()
    expect(braces(css)).toBe(true)
    expect(css).toMatch(/^@layer base, components, theme, utils;\n@layer theme \{\n/)
    expect(css.match(/\[data-theme="/g)).toHaveLength(25)
    for (const t of THEMES) expect(css).toContain(`[data-theme="${t.slug}"] {`)
    // Every declaration is `--name: value;` (or color-scheme), nothing empty or unterminated.
    const declarations = css.split('\n').filter((line) => line.startsWith('    '))
    for (const line of declarations) expect(line).toMatch(/^ {4}(--x-[a-z0-9-]+|color-scheme): [^;{}]+;$/)
    expect(declarations).toHaveLength(25 * (1 + Object.keys(themeTokens(THEMES[0]!)).length))
    expect(css).not.toMatch(/undefined|NaN|\[object/)
  })

  it('themeCss(slug) holds that theme alone, with all three tiers', () => {
    const t = themeByNumber(17)
    const css = themeCss(t.slug)
    expect(braces(css)).toBe(true)
    expect(css.match(/\[data-theme="/g)).toHaveLength(1)
    expect(css).toContain(`[data-theme="${t.slug}"] {`)
    for (const name of [...SEMANTIC_TOKENS, ...FAMILY_TOKENS]) expect(css).toContain(`    ${name}: `)
    expect(css).toMatch(/ {4}--x-palette-brand-700: #[0-9a-f]{6};/)
    expect(themesCss()).toContain(css.replace(/^@layer[^\n]*\n@layer theme \{\n/, '').replace(/\n\}\n$/, ''))
    expect(() => themeCss('khong-co')).toThrow(/Unknown theme slug "khong-co"/)
  })
})

describe('scaffold', () => {
  it('is a valid scheme with every family, so copying it is a safe start', () => {
    expect(scaffoldScheme.slug).toMatch(KEBAB)
    expect(scaffoldScheme.name.normalize('NFC')).toBe(scaffoldScheme.name)
    const failures = FAMILIES.flatMap((f) => contrastFailures(`scaffold+${f.slug}`, buildTokens(f, scaffoldScheme)))
    expect(failures).toEqual([])
    for (const name of SEMANTIC_TOKENS)
      expect(isHexColour(resolveTokenIn(buildTokens(FAMILIES[0]!, scaffoldScheme), name))).toBe(true)
  })
})
