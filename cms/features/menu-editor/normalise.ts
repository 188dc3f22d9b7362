/**
 * Menu addresses as they must be stored so that a link works on every page of the site, not
 * only on the home page: a site path is root-relative ("tin-tuc" on /tin-tuc/bai/x/ would lead
 * to /tin-tuc/bai/x/tin-tuc), and a directory ends with "/" (the generator's pages are folders).
 * Only what is plainly a path or a host name is changed; anything else is left exactly as typed
 * for the link rule (contract/link-url.ts) to accept or refuse with its own message.
 */

// A bare host name someone typed without its scheme ("www.angiang.gov.vn/tin-tuc").
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i
// …unless it is a file of the site ("rss.xml"), whose extension looks like a top-level domain.
const SITE_FILE = /^[^/?#]+\.(?:xml|html?|json|txt|pdf|docx?|xlsx?|jpe?g|png|webp)(?:[?#]|$)/i
// Plainly a path: letters, digits and the few marks of an address, no scheme, no entity, no space.
const PLAIN_PATH = /^[\p{L}\p{N}._~%/-]+(?:[?#][\p{L}\p{N}._~%/=&+-]*)?$/u

/** The address as it will be stored; what is not plainly a path or a host stays as typed. */
export const normaliseMenuUrl = (raw: string): string => {
  const value = raw.trim()
  if (!value || value.startsWith('#') || value.startsWith('//') || !PLAIN_PATH.test(value)) return value
  if (!value.startsWith('/') && BARE_HOST.test(value) && !SITE_FILE.test(value)) return `https://${value}`
  // "./x", "../x", "x" and "/x" all mean the site's /x: menus are the same on every page.
  const path = `/${value.replace(/^(?:\.{1,2}\/)+/, '').replace(/^\/+/, '')}`
  const cut = path.search(/[?#]/)
  const [pathname, rest] = cut === -1 ? [path, ''] : [path.slice(0, cut), path.slice(cut)]
  const last = pathname.split('/').at(-1) ?? ''
  // A page of the site is a folder; a file (rss.xml, a PDF under /media/) keeps its name.
  return pathname.endsWith('/') || last.includes('.') ? `${pathname}${rest}` : `${pathname}/${rest}`
}

export type MenuLink = { url?: string | null; children?: MenuLink[] | null }

/** Normalises every address of a list of links and of their sub-links, in place. */
export const normaliseLinks = (links: MenuLink[] | null | undefined): void => {
  for (const link of links ?? []) {
    if (typeof link.url === 'string') link.url = normaliseMenuUrl(link.url)
    if (Array.isArray(link.children)) normaliseLinks(link.children)
  }
}
