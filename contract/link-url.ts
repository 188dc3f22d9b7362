/**
 * The one rule for every address an editor types that ends up in an `href` on a public site
 * (menus, footer links, social accounts, procedure portal links, links inside rich text):
 * http(s) to another host, mailto:, tel:, a path of this site ("/…") or an anchor ("#…").
 *
 * An allowlist rather than a list of bad schemes, because browsers are lenient in ways a
 * denylist forgets: they drop tabs and newlines anywhere in a URL ("java\tscript:"), strip
 * leading spaces and control characters (" javascript:"), ignore case ("JaVaScRiPt:"), and
 * read "\" as "/" ("/\evil.example" is protocol-relative, like "//evil.example"). So any
 * whitespace, control or invisible formatting character and any backslash is refused
 * outright, and an absolute address must start literally with an allowed scheme.
 */

/** Longer than any real link; keeps a pasted blob out of every page's menu. */
export const LINK_URL_MAX_LENGTH = 2048

/** What the editor is told (after the field's name); the same words everywhere. */
export const LINK_URL_RULE = 'chỉ chấp nhận địa chỉ http(s), mailto:, tel: hoặc đường dẫn bắt đầu bằng / (hoặc #).'
export const HTTPS_URL_RULE = 'cần một địa chỉ https:// hợp lệ.'

// Whitespace of every kind, C0/C1 controls, format characters (zero-width, bidi overrides)
// and the backslash: none belongs in an address typed for a public link.
const FORBIDDEN_CHARS = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u
const WEB = /^https?:\/\/[^/?#]/i
const MAILTO = /^mailto:[^/]/i
const TEL = /^tel:\+?[0-9][0-9().-]*$/i

export type LinkUrlPolicy = {
  /** Only https:// addresses to another host (official portals, social accounts). */
  httpsOnly?: boolean
}

/** True when `value` may be the `href` of a link on a public page. */
export const isSafeLinkUrl = (value: unknown, { httpsOnly = false }: LinkUrlPolicy = {}): value is string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > LINK_URL_MAX_LENGTH) return false
  if (FORBIDDEN_CHARS.test(value)) return false
  if (httpsOnly) return /^https:\/\//i.test(value) && isWebUrl(value, 'https:')
  if (value.startsWith('#')) return true
  // "/x" is this site; "//x" would be another host with the page's scheme.
  if (value.startsWith('/')) return value[1] !== '/'
  if (WEB.test(value)) return isWebUrl(value)
  return MAILTO.test(value) || TEL.test(value)
}

/** The WHATWG parser (the browser's) agrees that this is a web address with a host. */
const isWebUrl = (value: string, only?: 'https:'): boolean => {
  try {
    const url = new URL(value)
    return (
      (only ? url.protocol === only : url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
    )
  } catch {
    return false
  }
}
