import type { APIRoute } from 'astro'
import { absolute, url } from '../../lib/routes'
import { perCommune, type CommuneProps } from '../../lib/site'

export const getStaticPaths = perCommune

export const GET: APIRoute<CommuneProps> = ({ props: { site } }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, url.sitemapXml)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
