/** Props shared by every variant of an overridable slot, so variants are interchangeable. */
import type { Site } from '../lib/site'

export type HeaderProps = { site: Site }
export type NavProps = { site: Site /** Root-relative path of the current page, for aria-current. */; path: string }
export type HomeProps = { site: Site }
