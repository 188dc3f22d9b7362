import type { ThemeSwatch } from '../swatches'

type Colours = ThemeSwatch['colours']
type Box = [x: number, y: number, w: number, h: number]

/** A rectangle of the drawing; colours are SVG attributes (no inline style). */
const R = ({ at, fill, r = 0, stroke }: { at: Box; fill: string; r?: number; stroke?: string }) => (
  <rect
    x={at[0]}
    y={at[1]}
    width={at[2]}
    height={at[3]}
    rx={r}
    fill={fill}
    stroke={stroke}
    strokeWidth={stroke ? 0.8 : 0}
  />
)

/** Lines of text, as grey bars. */
const Lines = ({
  x,
  y,
  w,
  n,
  fill,
  gap = 5,
}: {
  x: number
  y: number
  w: number
  n: number
  fill: string
  gap?: number
}) => (
  <>
    {Array.from({ length: n }, (_, i) => y + i * gap).map((top, i) => (
      <R key={top} at={[x, top, i === n - 1 ? w * 0.6 : w, 2]} fill={fill} />
    ))}
  </>
)

/** Banner header with the emblem and the unit's name, then the menu bar (co-dien, hanh-chinh centred). */
const Banner = ({ c, centred }: { c: Colours; centred?: boolean }) => (
  <>
    <R at={[0, 0, 160, 22]} fill={c.header} />
    <circle cx={centred ? 80 : 12} cy={centred ? 8 : 11} r={centred ? 5 : 6} fill={c.accent} />
    <R at={centred ? [50, 15, 60, 3] : [22, 8, 60, 3]} fill={c.headerText} />
    {!centred && <R at={[22, 14, 40, 2]} fill={c.headerText} />}
    <R at={[0, 22, 160, 8]} fill={c.nav} />
    <R at={[6, 22, 18, 8]} fill={c.navActive} />
    <Lines x={30} y={25} w={100} n={1} fill={c.navText} />
  </>
)

/** A compact bar: emblem, name and menu on one line (tap-chi, gon-nhe). */
const Bar = ({ c }: { c: Colours }) => (
  <>
    <R at={[0, 0, 160, 12]} fill={c.header} />
    <circle cx={8} cy={6} r={3.5} fill={c.accent} />
    <R at={[14, 5, 34, 2.5]} fill={c.headerText} />
    {[70, 88, 106, 124, 142].map((x, i) => (
      <R key={x} at={[x, 5, 14, 2.5]} fill={i === 0 ? c.accent : c.headerText} />
    ))}
  </>
)

const card = (c: Colours, rounded: boolean, at: Box) => (
  <R key={at.join()} at={at} fill={c.surface} r={rounded ? 3 : 0} stroke={c.border} />
)

const Body = ({ swatch }: { swatch: ThemeSwatch }) => {
  const { colours: c, rounded } = swatch
  switch (swatch.family) {
    case 'cong-thong-tin':
      return (
        <>
          <Banner c={c} />
          <R at={[0, 30, 38, 64]} fill={c.nav} />
          <R at={[0, 34, 38, 6]} fill={c.navActive} />
          <Lines x={4} y={46} w={28} n={6} fill={c.navText} gap={7} />
          {card(c, rounded, [44, 36, 110, 26])}
          <R at={[48, 40, 36, 18]} fill={c.primary} r={rounded ? 2 : 0} />
          <Lines x={88} y={42} w={60} n={3} fill={c.text} />
          {card(c, rounded, [44, 66, 110, 24])}
          <Lines x={48} y={71} w={100} n={3} fill={c.text} />
        </>
      )
    case 'tap-chi':
      return (
        <>
          <Bar c={c} />
          <R at={[6, 17, 148, 36]} fill={c.primary} r={rounded ? 4 : 0} />
          <Lines x={12} y={40} w={80} n={2} fill={c.surface} />
          {[6, 57, 108].map((x) => (
            <g key={x}>
              {card(c, rounded, [x, 58, 46, 34])}
              <R at={[x + 3, 61, 40, 14]} fill={c.accent} r={rounded ? 2 : 0} />
              <Lines x={x + 3} y={79} w={40} n={2} fill={c.text} />
            </g>
          ))}
        </>
      )
    case 'gon-nhe':
      return (
        <>
          <Bar c={c} />
          {[6, 58, 110].map((x) => (
            <g key={x}>
              <R at={[x, 18, 44, 3]} fill={c.primary} />
              <Lines x={x} y={26} w={44} n={11} fill={c.text} gap={6} />
            </g>
          ))}
        </>
      )
    case 'hanh-chinh':
      return (
        <>
          <Banner c={c} centred />
          <R at={[30, 36, 100, 10]} fill={c.surface} r={rounded ? 5 : 0} stroke={c.primary} />
          {[14, 50, 86, 122].map((x, i) => (
            <R key={x} at={[x, 54, 26, 22]} fill={i % 2 ? c.accent : c.primary} r={rounded ? 3 : 0} />
          ))}
          <Lines x={30} y={82} w={100} n={2} fill={c.text} />
        </>
      )
    default:
      return (
        <>
          <Banner c={c} />
          {card(c, rounded, [6, 36, 98, 54])}
          <R at={[10, 40, 40, 24]} fill={c.primary} r={rounded ? 2 : 0} />
          <Lines x={54} y={42} w={46} n={4} fill={c.text} />
          <Lines x={10} y={70} w={90} n={3} fill={c.text} />
          {card(c, rounded, [110, 36, 44, 54])}
          <R at={[110, 36, 44, 6]} fill={c.accent} />
          <Lines x={114} y={48} w={36} n={6} fill={c.text} gap={6} />
        </>
      )
  }
}

/**
 * A small drawing of a theme's home page, made from the theme's own colour tokens and its
 * layout family (header, menu, home), so the 25 thumbnails need no image and no network.
 */
export const ThemeThumbnail = ({ swatch, className }: { swatch: ThemeSwatch; className?: string }) => (
  <svg className={className} viewBox="0 0 160 100" aria-hidden="true" focusable="false">
    <R at={[0, 0, 160, 100]} fill={swatch.colours.bg} />
    <Body swatch={swatch} />
    <R at={[0, 94, 160, 6]} fill={swatch.colours.footer} />
  </svg>
)
