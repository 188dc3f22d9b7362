/**
 * WCAG 2.1 contrast, computed rather than eyeballed, and resolution of `var()` chains so the
 * contrast of semantic tokens can be checked against the palette values they point to.
 */
import { themeTokens } from './registry'
import type { Theme } from './tokens'

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export function isHexColour(value: string): boolean {
  return HEX.test(value)
}

function channels(hex: string): [number, number, number] {
  if (!HEX.test(hex)) throw new TypeError(`Not a #rgb or #rrggbb colour: "${hex}"`)
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1)
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number]
}

/** WCAG 2.1 relative luminance (sRGB; 0.04045 is the sRGB threshold the spec's note endorses). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio from 1 to 21, symmetric in its arguments. */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA)
  const b = relativeLuminance(hexB)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

const VAR = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/

/**
 * The final value of a custom property in a token map, following whole-value `var(--x)` and
 * `var(--x, fallback)` references. Throws on unknown names and on cycles.
 */
export function resolveTokenIn(tokens: Readonly<Record<string, string>>, name: string): string {
  const seen: string[] = []
  let current = name
  for (;;) {
    if (seen.includes(current)) throw new Error(`Cycle in token references: ${[...seen, current].join(' → ')}`)
    seen.push(current)
    const value = tokens[current]
    if (value === undefined)
      throw new Error(`Token ${current} is not defined${seen.length > 1 ? ` (reached from ${name})` : ''}`)
    const ref = VAR.exec(value.trim())
    if (!ref) return value.trim()
    const [, next, fallback] = ref
    if (tokens[next!] === undefined && fallback !== undefined) return fallback.trim()
    current = next!
  }
}

/** The final value of a theme's token, e.g. `resolveToken(theme, '--x-color-primary')` → `#a81b15`. */
export function resolveToken(theme: Theme | string, name: string): string {
  return resolveTokenIn(themeTokens(theme), name)
}
