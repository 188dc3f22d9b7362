import { describe, expect, it } from 'vitest'
import type { SiteImage } from '../../contract/snapshot'
import { coverSources } from '../../sites/src/components/header/cover'
import { EMBLEM_MARKUP, EMBLEM_SVG } from '../../sites/src/components/ui/emblem-svg'
import { contrastRatio, resolveToken } from '../../themes/contrast'
import { composite } from '../../themes/cover-veil'
import { THEMES, coverVeil } from '../../themes/index'

describe('the header cover photo', () => {
  it('composites a colour over a photo as a browser paints it (sRGB, rounded)', () => {
    expect(composite('#ff0000', 0.5, '#000000')).toBe('#800000')
    expect(composite('#fff', 0.8, '#000000')).toBe('#cccccc')
    expect(composite('#123456', 1, '#ffffff')).toBe('#123456')
  })

  it.each(THEMES.map((t) => [t.number, t.slug, t] as const))(
    'theme %i (%s): the header text keeps 4.5:1 over the veiled photo, white or black',
    (_n, _slug, theme) => {
      const bg = resolveToken(theme, '--x-color-header-bg')
      const text = resolveToken(theme, '--x-color-header-text')
      const veil = coverVeil(theme)
      expect(veil).toBeGreaterThanOrEqual(0.8)
      expect(veil).toBeLessThanOrEqual(1)
      for (const photo of ['#ffffff', '#000000', '#808080'])
        expect(contrastRatio(text, composite(bg, veil, photo))).toBeGreaterThanOrEqual(4.5)
      // And it is the lightest such veil (in hundredths): the photo shows as much as it may.
      if (veil > 0.8)
        expect(
          ['#ffffff', '#000000'].some((photo) => contrastRatio(text, composite(bg, veil - 0.01, photo)) < 4.6),
        ).toBe(true)
    },
  )

  const image = (width: number, sizes: number[]): SiteImage => ({
    src: '/media/bia.jpg',
    width,
    height: Math.round(width / 4),
    alt: 'Trụ sở',
    srcset: sizes.map((w) => ({ src: `/media/bia-${w}.webp`, width: w })),
  })

  it('offers the WebP sizes, and the original only when it is not a huge upload', () => {
    const huge = coverSources(image(6000, [400, 800, 1280]))
    expect(huge.srcset).toBe('/media/bia-400.webp 400w, /media/bia-800.webp 800w, /media/bia-1280.webp 1280w')
    expect(huge).toMatchObject({ src: '/media/bia-1280.webp', width: 1280, height: 320 })
    const modest = coverSources(image(1600, [400, 800, 1280]))
    expect(modest.srcset?.endsWith('/media/bia.jpg 1600w')).toBe(true)
    expect(modest).toMatchObject({ src: '/media/bia.jpg', width: 1600, height: 400 })
    expect(coverSources(image(300, []))).toMatchObject({ src: '/media/bia.jpg', srcset: undefined, width: 300 })
  })

  it('the default emblem is our own inline SVG in the national emblem style (red disc, gold star)', () => {
    expect(EMBLEM_SVG.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(EMBLEM_MARKUP).toMatch(/<circle [^>]*fill="#da251d"/)
    expect(EMBLEM_MARKUP).not.toMatch(/href|<image|url\(/)
    expect(EMBLEM_MARKUP.length).toBeLessThan(3000)
  })
})
