import http from 'node:http'

export type Hit = { method: string; path: string; query: Record<string, string>; body: string }

/**
 * A local stand-in for a Matomo server: records every tracking request it receives (from the
 * browser's tracker and from the server's download tracking) and serves a minimal matomo.js
 * that sends the page view configured in `_paq`, as the real one would.
 */
export const startMatomoStandIn = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const hits: Hit[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      if (url.pathname === '/__hits') {
        res.setHeader('Content-Type', 'application/json')
        return res.end(JSON.stringify(hits))
      }
      if (url.pathname === '/matomo.js') {
        res.setHeader('Content-Type', 'application/javascript')
        return res.end(FAKE_TRACKER)
      }
      if (url.pathname === '/matomo.php') {
        hits.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body })
        res.statusCode = 204
        return res.end()
      }
      res.statusCode = 404
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as import('node:net').AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** Reads `_paq` like matomo.js does and sends one page view to the configured tracker URL. */
const FAKE_TRACKER = `(function () {
  var q = window._paq || [], cfg = {}, cookies = true, views = 0;
  for (var i = 0; i < q.length; i++) {
    var c = q[i];
    if (c[0] === 'setTrackerUrl') cfg.url = c[1];
    else if (c[0] === 'setSiteId') cfg.idsite = c[1];
    else if (c[0] === 'disableCookies') cookies = false;
    else if (c[0] === 'trackPageView') views++;
  }
  if (!cfg.url || !views) return;
  var p = 'idsite=' + encodeURIComponent(cfg.idsite) + '&rec=1&url=' + encodeURIComponent(location.href) + '&cookies=' + (cookies ? 1 : 0);
  fetch(cfg.url + '?' + p, { mode: 'no-cors' });
})();`

export const readHits = async (matomoUrl: string): Promise<Hit[]> => (await fetch(`${matomoUrl}__hits`)).json() as Promise<Hit[]>
