import type { SiteImage } from '../../../../contract/snapshot'

/** A stored original wider than this stays out of the srcset (an upload may be 6000 px, 5 MB). */
const MAX_ORIGINAL_WIDTH = 1600

export type CoverSources = { src: string; srcset: string | undefined; width: number; height: number }

/**
 * The candidates of the header photo: the WebP sizes, and the original only when it is not much
 * larger than they are. `src` is the largest candidate (browsers without srcset).
 */
export const coverSources = (cover: SiteImage): CoverSources => {
  const candidates = [
    ...cover.srcset.filter((s) => s.width < cover.width),
    ...(cover.width <= MAX_ORIGINAL_WIDTH || cover.srcset.length === 0 ? [{ src: cover.src, width: cover.width }] : []),
  ]
  const largest = candidates.at(-1) ?? { src: cover.src, width: cover.width }
  return {
    src: largest.src,
    srcset: candidates.length > 1 ? candidates.map((c) => `${c.src} ${c.width}w`).join(', ') : undefined,
    width: largest.width,
    height: Math.round((cover.height * largest.width) / cover.width),
  }
}
