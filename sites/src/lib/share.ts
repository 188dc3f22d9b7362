/**
 * Share links of a page: plain links to the networks' own share pages, so a site loads no
 * third-party script and tells no network anything until the citizen taps.
 * - Facebook: the sharer page (`u` = the address).
 * - Zalo: the share page Zalo's own share button opens (`url` = the address).
 */
export const shareLinks = (pageUrl: string) => ({
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`,
  zalo: `https://sp.zalo.me/share_inline?url=${encodeURIComponent(pageUrl)}`,
})
