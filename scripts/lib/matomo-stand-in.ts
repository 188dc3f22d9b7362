import http from 'node:http'

export type Hit = { method: string; path: string; query: Record<string, string>; body: string }

/** A call of Matomo's HTTP API (index.php) as the stand-in received it. */
export type ApiCall = {
  httpMethod: string
  path: string
  contentType: string
  /** The URL's query string: the token must never be there. */
  query: Record<string, string>
  /** The form body's fields, in order ("urls[0]", "urls[1]"... kept apart). */
  fields: [string, string][]
  /** `method` of the body, e.g. SitesManager.addSite. */
  apiMethod: string
}

export type StandInSite = { idsite: number; name: string; urls: string[]; timezone: string; group: string }

/** The API token of the test server (MATOMO_TOKEN): the stand-in refuses any other. */
export const TEST_MATOMO_TOKEN = 'test-matomo-token-5f0c2a9d7e'

/** The site IDs the stand-in hands out start here, far from the demo province's 1-156. */
export const FIRST_STAND_IN_SITE_ID = 1001

type Fields = [string, string][]

const clean = (u: string) => u.trim().replace(/\/+$/, '')
const listOf = (fields: Fields, name: string) =>
  fields.filter(([k]) => k === name || k.startsWith(`${name}[`)).map(([, v]) => clean(v))

/** Matomo's HTTP API (the calls provisioning makes) over the sites the stand-in keeps. */
const standInApi = (sites: Map<number, StandInSite>, token: string | undefined) => {
  let nextId = FIRST_STAND_IN_SITE_ID
  return (fields: Fields): unknown => {
    const get = (k: string) => fields.find(([key]) => key === k)?.[1]
    // Matomo's answer, word for word, to a call naming a site it does not have.
    const unknownSite = () => ({
      result: 'error',
      message: `An unexpected website was found in the request: website id was set to '${get('idSite')}' .`,
    })
    if (token !== undefined && get('token_auth') !== token)
      return { result: 'error', message: "You can't access this resource as it requires 'superuser' access." }
    switch (get('method')) {
      case 'SitesManager.addSite': {
        const urls = listOf(fields, 'urls')
        if (!get('siteName') || !urls.length)
          return { result: 'error', message: 'Please specify a value for the website name and at least one URL.' }
        const site = {
          idsite: nextId++,
          name: get('siteName')!,
          urls,
          timezone: get('timezone') ?? 'UTC',
          group: get('group') ?? '',
        }
        sites.set(site.idsite, site)
        return { value: site.idsite }
      }
      case 'SitesManager.addSiteAliasUrls': {
        const site = sites.get(Number(get('idSite')))
        if (!site) return unknownSite()
        const fresh = listOf(fields, 'urls').filter((u) => !site.urls.includes(u))
        site.urls.push(...fresh)
        return { value: fresh.length }
      }
      case 'SitesManager.updateSite': {
        // As Matomo: the name, the URL list (replaced when given) and the group of an existing site.
        const site = sites.get(Number(get('idSite')))
        if (!site) return unknownSite()
        site.name = get('siteName') ?? site.name
        const urls = listOf(fields, 'urls')
        if (urls.length) site.urls = urls
        site.group = get('group') ?? site.group
        return { result: 'success', message: 'ok' }
      }
      case 'API.getBulkRequest':
        return listOf(fields, 'urls').map((url) => bulkAnswer(new URLSearchParams(url)))
      case 'SitesManager.getSitesIdFromSiteUrl': {
        const url = clean(get('url') ?? '')
        return [...sites.values()].filter((s) => s.urls.includes(url)).map((s) => ({ idsite: String(s.idsite) }))
      }
      default:
        return {
          result: 'error',
          message: `The method '${get('method')}' does not exist or is not available in the module 'API'.`,
        }
    }
  }
}

/**
 * The stand-in's visits of a site, made up but fixed, so tests can compute what Matomo "said":
 * the last 30 days as one range, and each month ("YYYY-MM").
 */
export const standInVisits = {
  last30: (idSite: number): number => idSite * 3 + 7,
  month: (idSite: number, month: string): number => idSite + Number(month.slice(5, 7)) * 10,
}

/** The last `n` months ("YYYY-MM", oldest first) as Matomo's date=lastN with period=month gives them. */
const lastMonthKeys = (n: number): string[] => {
  const now = new Date()
  return Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (n - 1 - i), 1)).toISOString().slice(0, 7),
  )
}

/** One request of an API.getBulkRequest: VisitsSummary.get over a range or months, as Matomo answers it. */
const bulkAnswer = (q: URLSearchParams): unknown => {
  const idSite = Number(q.get('idSite'))
  if (q.get('method') !== 'VisitsSummary.get' || !Number.isInteger(idSite) || idSite < 1)
    return { result: 'error', message: `stand-in: unsupported bulk request ${q.toString()}` }
  if (q.get('period') === 'range') return { nb_visits: standInVisits.last30(idSite), nb_actions: 0 }
  const n = /^last(\d+)$/.exec(q.get('date') ?? '')?.[1]
  if (q.get('period') === 'month' && n)
    return Object.fromEntries(lastMonthKeys(Number(n)).map((m) => [m, { nb_visits: standInVisits.month(idSite, m) }]))
  return { result: 'error', message: `stand-in: unsupported period ${q.get('period')} / ${q.get('date')}` }
}

type StandInState = {
  hits: Hit[]
  calls: ApiCall[]
  sites: Map<number, StandInSite>
  /** API calls still to fail with HTTP 503. */
  failures: number
  api: (fields: Fields) => unknown
}

/** Answers one request to the stand-in, its body read. */
const answer = (state: StandInState, req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
  const url = new URL(req.url ?? '/', 'http://stand-in')
  const json = (value: unknown, status = 200) => {
    res.statusCode = status
    res.setHeader('Content-Type', 'application/json')
    res.end(JSON.stringify(value))
  }
  switch (url.pathname) {
    case '/__hits':
      return json(state.hits)
    case '/__api':
      return json({ calls: state.calls, sites: [...state.sites.values()] })
    case '/__fail':
      state.failures = Number(url.searchParams.get('times') ?? 1)
      return json({ failures: state.failures })
    case '/matomo.js':
      res.setHeader('Content-Type', 'application/javascript')
      return res.end(FAKE_TRACKER)
    case '/matomo.php':
      state.hits.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
      })
      res.statusCode = 204
      return res.end()
    case '/index.php': {
      const contentType = req.headers['content-type'] ?? ''
      const fields = contentType.startsWith('application/x-www-form-urlencoded') ? [...new URLSearchParams(body)] : []
      state.calls.push({
        httpMethod: req.method ?? 'GET',
        path: url.pathname,
        contentType,
        query: Object.fromEntries(url.searchParams),
        fields,
        apiMethod: fields.find(([k]) => k === 'method')?.[1] ?? '',
      })
      if (state.failures > 0) {
        state.failures--
        return json({ result: 'error', message: 'stand-in: service unavailable' }, 503)
      }
      return json(state.api(fields))
    }
    default:
      res.statusCode = 404
      res.end()
  }
}

/**
 * A local stand-in for a Matomo server: records every tracking request it receives (from the
 * browser's tracker and from the server's download tracking) and serves a minimal matomo.js
 * that sends the page view configured in `_paq`, as the real one would. It also answers the
 * HTTP API calls provisioning and the reorganisation make (SitesManager.addSite, addSiteAliasUrls,
 * getSitesIdFromSiteUrl, updateSite) and the oversight's API.getBulkRequest of VisitsSummary.get
 * (standInVisits) like Matomo does, keeping the sites it created, and records each call
 * exactly (/__api) for tests to check. With `token`, calls with another token_auth are refused
 * as Matomo refuses them. GET /__fail?times=N makes the next N API calls answer HTTP 503.
 */
export const startMatomoStandIn = async ({
  token,
}: {
  token?: string
} = {}): Promise<{ url: string; close: () => Promise<void> }> => {
  const sites = new Map<number, StandInSite>()
  const state: StandInState = { hits: [], calls: [], sites, failures: 0, api: standInApi(sites, token) }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => {
      body += c.toString()
    })
    req.on('end', () => answer(state, req, res, body))
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

export const readHits = async (matomoUrl: string): Promise<Hit[]> =>
  (await fetch(`${matomoUrl}__hits`)).json() as Promise<Hit[]>

/** The API calls the stand-in received and the sites it holds. */
export const readApiCalls = async (matomoUrl: string): Promise<{ calls: ApiCall[]; sites: StandInSite[] }> =>
  (await fetch(`${matomoUrl}__api`)).json() as Promise<{ calls: ApiCall[]; sites: StandInSite[] }>

/** Makes the next `times` API calls fail (HTTP 503), as a Matomo that is down. */
export const failNextApiCalls = async (matomoUrl: string, times: number): Promise<void> => {
  await fetch(`${matomoUrl}__fail?times=${times}`)
}
