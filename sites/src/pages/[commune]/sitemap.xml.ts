import type { APIRoute } from 'astro'
import { absolute, sitemapEntries } from '../../lib/routes'
import { perCommune, type CommuneProps } from '../../lib/site'
import { escapeXml } from '../../lib/text'

export const getStaticPaths = perCommune

export const GET: APIRoute<CommuneProps> = ({ props: { site } }) => {
  const urls = sitemapEntries(site)
    .map(
      (e) =>
        `<url><loc>${escapeXml(absolute(site, e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
