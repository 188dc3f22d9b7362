import type { APIRoute } from 'astro'
import { bulletinBase } from '../../lib/bulletin'
import { perCommune, type CommuneProps } from '../../lib/site'

export const getStaticPaths = perCommune

/**
 * The base of the commune's `/bang-tin.json` (contract/bulletin.ts): the sites server answers
 * that address from this file, dropping what has ended and adding the province's live alerts.
 */
export const GET: APIRoute<CommuneProps> = ({ props }) =>
  new Response(JSON.stringify(bulletinBase(props.site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
