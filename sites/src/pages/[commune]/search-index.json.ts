import type { APIRoute } from 'astro'
import { searchIndex } from '../../lib/search-index'
import { perCommune, type CommuneProps } from '../../lib/site'

export const getStaticPaths = perCommune

export const GET: APIRoute<CommuneProps> = ({ props }) =>
  new Response(JSON.stringify(searchIndex(props.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
