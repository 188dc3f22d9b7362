/**
 * The overridable components, listed once with their defaults, and what each layout family
 * overrides (Starlight's component overrides, keyed by family instead of by user config).
 * A family names its overrides; it never copies a component.
 */
import type { ThemeFamily } from '../theme'
import HeaderBanner from './header/HeaderBanner.astro'
import HeaderCompact from './header/HeaderCompact.astro'
import HomeCentered from './home/HomeCentered.astro'
import HomeClassic from './home/HomeClassic.astro'
import HomeDense from './home/HomeDense.astro'
import HomeMagazine from './home/HomeMagazine.astro'
import NavSidebar from './nav/NavSidebar.astro'
import NavTop from './nav/NavTop.astro'
import type { HeaderProps, HomeProps, NavProps } from './types'

/** A component filling a slot: every variant of a slot takes the same props. */
type Slot<P> = (props: P) => unknown
export type Components = {
  /** Site header: banner with emblem and full unit name, or a compact bar. */
  Header: Slot<HeaderProps>
  /** Main menu: a bar under the header, or a left column. */
  Nav: Slot<NavProps>
  /** Home page body. */
  Home: Slot<HomeProps>
}

export const DEFAULT_COMPONENTS: Components = { Header: HeaderBanner, Nav: NavTop, Home: HomeClassic }
export type FamilyLayout = {
  /** Where the Nav component goes: above the content, or as its left column. */
  nav: 'top' | 'side'
  overrides: Partial<Components>
}

export const FAMILY_LAYOUTS: Record<ThemeFamily, FamilyLayout> = {
  'co-dien': { nav: 'top', overrides: {} },
  'cong-thong-tin': { nav: 'side', overrides: { Nav: NavSidebar } },
  'tap-chi': { nav: 'top', overrides: { Header: HeaderCompact, Home: HomeMagazine } },
  'gon-nhe': { nav: 'top', overrides: { Header: HeaderCompact, Home: HomeDense } },
  'hanh-chinh': { nav: 'top', overrides: { Home: HomeCentered } },
}

export function componentsFor(family: ThemeFamily): Components & { nav: FamilyLayout['nav'] } {
  const layout = FAMILY_LAYOUTS[family] ?? FAMILY_LAYOUTS['co-dien']
  return { ...DEFAULT_COMPONENTS, ...layout.overrides, nav: layout.nav }
}
