/**
 * How opaque the header colour must lie over a cover photo (sites' header/HeaderCover.astro) for
 * the header text to keep WCAG AA over any photo: the contrast of `--x-color-header-text` is
 * worked out against the header colour laid at that opacity over white and over black, the two
 * extremes a photo can hold. The lightest veil that keeps 4.6:1 (AA's 4.5 with a margin for
 * rounding), never under 0.8 so the name reads calmly over a busy picture.
 */
import { contrastRatio, resolveToken } from './contrast'
import { AA_TEXT, type Theme } from './tokens'

const MARGIN = 0.1
const LIGHTEST = 0.8

/** `top` laid at `alpha` over `bottom` (#rrggbb or #rgb), as a browser composites them. */
export function composite(top: string, alpha: number, bottom: string): string {
  const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex)
  const [t, b] = [full(top), full(bottom)]
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(alpha * channel(t, i) + (1 - alpha) * channel(b, i))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** The theme's veil over a cover photo, from 0.8 to 1 in hundredths. */
export function coverVeil(theme: Theme | string): number {
  const bg = resolveToken(theme, '--x-color-header-bg')
  const text = resolveToken(theme, '--x-color-header-text')
  for (let step = Math.round(LIGHTEST * 100); step < 100; step++) {
    const alpha = step / 100
    if (['#ffffff', '#000000'].every((photo) => contrastRatio(text, composite(bg, alpha, photo)) >= AA_TEXT + MARGIN))
      return alpha
  }
  return 1
}
