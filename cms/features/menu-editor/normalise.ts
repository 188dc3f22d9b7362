import { isSafeLinkUrl, LINK_URL_RULE } from '../../../contract/link-url'

/**
 * Menu addresses as they must be stored so that a link works on every page of the site, not
 * only on the home page: a site path is root-relative ("tin-tuc" on /tin-tuc/bai/x/ would lead
 * to /tin-tuc/bai/x/tin-tuc), and a directory ends with "/" (the generator's pages are folders).
 */

// A bare host name someone typed without its scheme ("www.angiang.gov.vn/tin-tuc").
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
// …unless it is a file of the site ("rss.xml"), whose extension looks like a top-level domain.
const SITE_FILE = /^[^/?#]+\.(?:xml|html?|json|txt|pdf|docx?|xlsx?|jpe?g|png|webp)(?:[?#]|$)/i

/** The address as it will be stored; what cannot be made right is left for the rule to refuse. */
export const normaliseMenuUrl = (raw: string): string => {
  const value = raw.trim()
  if (!value || value.startsWith('#') || SCHEME.test(value) || value.startsWith('//')) return value
  if (BARE_HOST.test(value) && !SITE_FILE.test(value)) return `https://${value}`
  // "./x", "../x", "x" and "/x" all mean the site's /x: menus are the same on every page.
  const path = `/${value.replace(/^(?:\.{1,2}\/)+/, '').replace(/^\/+/, '')}`
  const cut = path.search(/[?#]/)
  const [pathname, rest] = cut === -1 ? [path, ''] : [path.slice(0, cut), path.slice(cut)]
  const last = pathname.split('/').at(-1) ?? ''
  // A page of the site is a folder; a file (rss.xml, a PDF under /media/) keeps its name.
  return pathname.endsWith('/') || last.includes('.') ? `${pathname}${rest}` : `${pathname}/${rest}`
}

export type MenuLink = { label?: string | null; url?: string | null; children?: MenuLink[] | null }
export type MenuProblem = { path: string; message: string }

/** Vietnamese name of a menu row, as the board sees it: "Menu chính, mục 3 «Tin tức»". */
const rowName = (list: string, index: number, label?: string | null) =>
  `${list}, mục ${index + 1}${label ? ` «${label}»` : ''}`

/**
 * Normalises every address of a list of links (and their sub-links) in place, and names each
 * one that still breaks the link rule, with its path in the form.
 */
export const normaliseLinks = (
  links: MenuLink[] | null | undefined,
  { path, list }: { path: string; list: string },
): MenuProblem[] => {
  const problems: MenuProblem[] = []
  ;(links ?? []).forEach((link, i) => {
    if (typeof link.url === 'string') link.url = normaliseMenuUrl(link.url)
    const name = rowName(list, i, link.label)
    if (link.url && !isSafeLinkUrl(link.url))
      problems.push({
        path: `${path}.${i}.url`,
        message: `${name}: địa chỉ «${link.url.slice(0, 80)}» không dùng được; ${LINK_URL_RULE}`,
      })
    if (Array.isArray(link.children))
      problems.push(...normaliseLinks(link.children, { path: `${path}.${i}.children`, list: `${name}, menu con` }))
  })
  return problems
}
