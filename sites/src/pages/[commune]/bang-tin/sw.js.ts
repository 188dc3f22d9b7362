import type { APIRoute } from 'astro'
import { DIRECTORY_SITE } from '../../../../../contract/snapshot'
import { directory, perCommune } from '../../../lib/site'

/** Every commune's board, and the directory's. */
export function getStaticPaths() {
  return [
    ...perCommune().map(({ params }) => ({ params })),
    ...(directory() ? [{ params: { commune: DIRECTORY_SITE } }] : []),
  ]
}

/**
 * The board's service worker (scope /bang-tin/): keeps the board's page and its scripts, so a
 * screen that restarts while the network is down still opens the board; the page keeps its
 * last content itself (localStorage). The page is asked for from the network first, so a new
 * build reaches the screen at its next load; scripts and the items' images are kept as they
 * are first shown.
 */
const WORKER = `'use strict'
const CACHE = 'bang-tin-v1'
const PAGE = '/bang-tin/'
const keep = async (request, response) => {
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone())
  return response
}
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const page = await fetch(PAGE, { cache: 'no-cache' })
      if (!page.ok) return
      const html = await page.clone().text()
      const cache = await caches.open(CACHE)
      await cache.put(PAGE, page)
      const assets = new Set([...html.matchAll(/(?:src|href)="(\\/_astro\\/[^"]+)"/g)].map((m) => m[1]))
      await Promise.all([...assets].map((a) => cache.add(a).catch(() => undefined)))
    })().then(() => self.skipWaiting()),
  )
})
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key)
      await self.clients.claim()
    })(),
  )
})
self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && url.pathname === PAGE) {
    event.respondWith(
      fetch(request)
        .then((response) => keep(PAGE, response))
        .catch(async () => (await caches.match(PAGE)) || Response.error()),
    )
  } else if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/media/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((r) => keep(request, r))))
  }
})
`

export const GET: APIRoute = () =>
  new Response(WORKER, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
