import type { APIRoute } from 'astro'
import { rfc822 } from '../../lib/dates'
import { absolute, url } from '../../lib/routes'
import { perCommune, type CommuneProps } from '../../lib/site'
import { escapeXml, stripHtml, truncate } from '../../lib/text'

export const getStaticPaths = perCommune

/** RSS 2.0 of the 20 newest news items. */
export const GET: APIRoute<CommuneProps> = ({ props: { site } }) => {
  const items = site.posts.slice(0, 20).map((p) => {
    const link = absolute(site, url.post(p.slug))
    const categories = p.categories.map((c) => site.categoryBySlug.get(c)?.name).filter(Boolean)
    return [
      '<item>',
      `<title>${escapeXml(p.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${rfc822(p.publishedAt)}</pubDate>`,
      `<description>${escapeXml(p.excerpt || truncate(stripHtml(p.html), 300))}</description>`,
      ...categories.map((c) => `<category>${escapeXml(c!)}</category>`),
      '</item>',
    ].join('')
  })
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(`Tin tức – ${site.siteTitle}`)}</title>`,
    `<link>${escapeXml(absolute(site, url.news()))}</link>`,
    `<atom:link href="${escapeXml(absolute(site, url.rss))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(`Tin tức, sự kiện của ${site.agencyName}`)}</description>`,
    '<language>vi</language>',
    site.posts[0] ? `<lastBuildDate>${rfc822(site.posts[0].publishedAt)}</lastBuildDate>` : '',
    ...items,
    '</channel></rss>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
