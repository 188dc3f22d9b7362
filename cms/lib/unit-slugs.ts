/**
 * Slugs for administrative units. A commune's slug is its name without the
 * type prefix ("Phường Mỹ Bình" -> "my-binh"), which is short and readable;
 * names that collide once diacritics are stripped get a readable suffix or
 * prefix instead of an arbitrary counter, so no unit "wins" the bare slug.
 */
import { foldForSearch, normalizeText, normalizeUnitName, slugify } from './vietnamese'

export interface SlugUnit {
  code: string
  name: string
  type: string
  districtName: string
}

// Type prefixes used when the caller does not know a name's type (e.g. a
// district name alone). A prefix only matches when followed by a space, so
// none of them can shadow another.
const ADMIN_PREFIXES = ['Thành phố', 'Thị xã', 'Huyện', 'Quận', 'Tỉnh', 'Thị trấn', 'Phường', 'Xã']

/**
 * Name without its administrative type prefix. Uses `type` when given,
 * otherwise the known prefixes; returns the whole name if no prefix matches
 * or if stripping would leave nothing.
 */
export function stripTypePrefix(name: string, type?: string): string {
  const prefixes = type !== undefined && type.trim() !== '' ? [type] : ADMIN_PREFIXES
  for (const prefix of prefixes) {
    const n = normalizeUnitName(name, prefix)
    const p = normalizeText(prefix)
    if (n.startsWith(`${p} `)) {
      const rest = n.slice(p.length + 1).trim()
      if (rest !== '') return rest
    }
  }
  return normalizeText(name)
}

/** District slug: "Thành phố Long Xuyên" -> "long-xuyen", "Huyện An Phú" -> "an-phu". */
export function districtSlug(name: string, type?: string): string {
  return slugify(stripTypePrefix(name, type))
}

/** Base (undisambiguated) slug of a commune: "Phường Mỹ Bình" -> "my-binh". */
export function baseUnitSlug(name: string, type: string): string {
  return slugify(stripTypePrefix(name, type))
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * Assigns a unique slug to every unit, keyed by official code.
 *
 * Colliding units are disambiguated in tiers, each applied only where the
 * previous tier left a collision: type prefix when the types differ
 * ("thi-tran-an-phu" / "phuong-an-phu"), then district suffix when the
 * districts differ ("binh-thanh-chau-thanh"), then the official code, which
 * is always unique ("phu-thanh-30427").
 */
export function assignUnitSlugs(units: readonly SlugUnit[]): Map<string, string> {
  const codes = new Set<string>()
  for (const unit of units) {
    if (codes.has(unit.code)) throw new Error(`Duplicate unit code ${unit.code} (${unit.name})`)
    codes.add(unit.code)
  }

  const slugs = new Map<string, string>()
  for (const unit of units) slugs.set(unit.code, baseUnitSlug(unit.name, unit.type))
  const slugOf = (u: SlugUnit): string => slugs.get(u.code) ?? ''

  // `differs` is the attribute that must vary inside a colliding group for
  // the tier to help; `apply` decorates the current slug.
  const tiers: Array<{ differs: (u: SlugUnit) => string; apply: (u: SlugUnit, slug: string) => string }> = [
    { differs: (u) => foldForSearch(u.type), apply: (u, s) => `${slugify(u.type)}-${s}` },
    // A unit of no district (none since 2025-07-01) keeps its slug at this tier.
    {
      differs: (u) => foldForSearch(u.districtName),
      apply: (u, s) => (u.districtName.trim() ? `${s}-${districtSlug(u.districtName)}` : s),
    },
    { differs: (u) => u.code, apply: (u, s) => `${s}-${slugify(u.code)}` },
  ]

  for (const tier of tiers) {
    for (const group of groupBy(units, slugOf).values()) {
      if (group.length < 2) continue
      if (new Set(group.map(tier.differs)).size < 2) continue
      for (const unit of group) slugs.set(unit.code, tier.apply(unit, slugOf(unit)))
    }
  }

  // A disambiguated slug could in theory equal another unit's slug
  // (e.g. a commune literally named "Bình Thạnh Châu Thành"); fail loudly
  // rather than emit duplicate URLs.
  for (const [slug, group] of groupBy(units, slugOf)) {
    if (group.length > 1) {
      throw new Error(`Could not assign unique slug "${slug}" to units ${group.map((u) => u.code).join(', ')}`)
    }
  }
  return slugs
}

/**
 * First free slug among base, base-2, base-3, ... Does not modify `taken`;
 * the caller records the result once it is actually used.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`
    if (!taken.has(candidate)) return candidate
  }
}
