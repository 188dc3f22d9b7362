import type { Site } from '../../lib/site'

const PREFIX = 'Trang thông tin điện tử '

/** Splits "Trang thông tin điện tử Phường Mỹ Bình" into a small kicker and the unit name. */
export function brandLines(site: Site): { kicker: string | null; name: string } {
  return site.siteTitle.startsWith(PREFIX)
    ? { kicker: PREFIX.trim(), name: site.siteTitle.slice(PREFIX.length) }
    : { kicker: null, name: site.siteTitle }
}
