/**
 * The default mark of a commune without a logo, in the style of the national emblem as state
 * portals show it: a red disc with the gold star, a wreath of two rice ears, a cogwheel and a
 * red ribbon. Drawn here (no third-party asset, no raster), simplified: it evokes the emblem,
 * it is not a copy of it. A commune that holds the official emblem file uploads it as its logo.
 */
const GOLD = '#f4c430'
const RED = '#da251d'
const DARK = '#a3160f'

const r1 = (n: number) => Math.round(n * 10) / 10

/** The five-pointed star centred on (cx, cy), one point up. */
const star = (cx: number, cy: number, outer: number): string => {
  const inner = outer * 0.382
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? inner : outer
    const angle = (Math.PI / 5) * i - Math.PI / 2
    return `${r1(cx + radius * Math.cos(angle))} ${r1(cy + radius * Math.sin(angle))}`
  })
  return `<path fill="${GOLD}" d="M${points.join('L')}Z"/>`
}

/** One rice ear: grains along the wreath's circle, from near the top down to the ribbon. */
const ear = (side: 1 | -1): string =>
  [40, 55, 70, 85, 100, 115, 130, 145, 158]
    .map((deg) => {
      const a = (deg * Math.PI) / 180
      const x = r1(50 + side * 37.5 * Math.sin(a))
      const y = r1(49 - 37.5 * Math.cos(a))
      return `<ellipse cx="${x}" cy="${y}" rx="3.8" ry="7" transform="rotate(${side * (deg - 90)} ${x} ${y})"/>`
    })
    .join('')

/** The cogwheel under the star: eight teeth around a gold ring. */
const cog = (cx: number, cy: number): string => {
  const teeth = Array.from(
    { length: 8 },
    (_, i) => `<rect x="${cx - 2}" y="${cy - 10.5}" width="4" height="5" transform="rotate(${i * 45} ${cx} ${cy})"/>`,
  ).join('')
  return `<g fill="${GOLD}">${teeth}<circle cx="${cx}" cy="${cy}" r="7.5"/></g><circle cx="${cx}" cy="${cy}" r="3" fill="${DARK}"/>`
}

/** The inner markup (viewBox 0 0 100 100), built once per build. */
export const EMBLEM_MARKUP = [
  `<g fill="${GOLD}" stroke="${DARK}" stroke-width=".6">${ear(1)}${ear(-1)}</g>`,
  `<circle cx="50" cy="47" r="28" fill="${RED}" stroke="${GOLD}" stroke-width="2.5"/>`,
  star(50, 44, 17),
  cog(50, 74),
  `<path d="M13 80Q50 97 87 80L89 89Q50 107 11 89Z" fill="${RED}" stroke="${GOLD}" stroke-width="1.5"/>`,
].join('')

/** The whole SVG document, for the tab icon. */
export const EMBLEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${EMBLEM_MARKUP}</svg>`
