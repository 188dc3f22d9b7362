import type { APIRoute } from 'astro'
import { DIRECTORY_SITE } from '../../../../../contract/snapshot'
import { bulletinRegions } from '../../../lib/bulletin'
import { directory } from '../../../lib/site'

/** The directory's regions and their communes, for the region boards (read by the sites server). */
export function getStaticPaths() {
  const dir = directory()
  return dir ? [{ params: { commune: DIRECTORY_SITE } }] : []
}

export const GET: APIRoute = () => {
  const dir = directory()
  return new Response(JSON.stringify(dir ? bulletinRegions(dir) : { provinceName: '', regions: [] }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
