/**
 * The few calls of Matomo's HTTP API that provisioning needs (SitesManager.addSite,
 * addSiteAliasUrls, getSitesIdFromSiteUrl). Every call is a POST to <MATOMO_URL>/index.php with a
 * form body: the token goes in the body only, never in a URL, and never in an error or a log
 * line (messages are scrubbed of it).
 */

export type MatomoConfig = { url: string; token: string }

/** Matomo's time zone name for the whole of Vietnam. */
export const MATOMO_TIMEZONE = 'Asia/Ho_Chi_Minh'
const TIMEOUT_MS = 15_000

/** The API is used only when both the instance and a token are configured. */
export const matomoConfig = (env: NodeJS.ProcessEnv = process.env): MatomoConfig | null => {
  const url = env.MATOMO_URL?.trim()
  const token = env.MATOMO_TOKEN?.trim()
  return url && token ? { url, token } : null
}

/** A failed API call; `message` is English and free of the token, for logs. */
export class MatomoError extends Error {}

const endpointOf = (base: string): string => new URL('index.php', base.endsWith('/') ? base : `${base}/`).toString()

const scrub = (text: string, token: string): string => (token ? text.split(token).join('***') : text)

/** PHP-style array parameters: urls[0]=…&urls[1]=… */
const listParams = (name: string, values: string[]): [string, string][] => values.map((v, i) => [`${name}[${i}]`, v])

export const callMatomo = async (
  config: MatomoConfig,
  method: string,
  params: [string, string][],
): Promise<unknown> => {
  const body = new URLSearchParams([
    ['module', 'API'],
    ['method', method],
    ['format', 'JSON'],
    ...params,
    ['token_auth', config.token],
  ])
  let response: Response
  try {
    response = await fetch(endpointOf(config.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name
    throw new MatomoError(scrub(`${method}: Matomo unreachable at ${endpointOf(config.url)} (${cause})`, config.token))
  }
  const text = await response.text()
  if (!response.ok) throw new MatomoError(scrub(`${method}: HTTP ${response.status} from Matomo`, config.token))
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new MatomoError(`${method}: Matomo answered something other than JSON`)
  }
  if (json && typeof json === 'object' && (json as { result?: string }).result === 'error')
    throw new MatomoError(
      scrub(`${method}: ${String((json as { message?: string }).message ?? 'error')}`, config.token),
    )
  return json
}

/** Creates a website; the first URL becomes its main URL, the others its aliases. Returns its idsite. */
export const addMatomoSite = async (
  config: MatomoConfig,
  site: { name: string; urls: string[]; group: string },
): Promise<number> => {
  const json = await callMatomo(config, 'SitesManager.addSite', [
    ['siteName', site.name],
    ...listParams('urls', site.urls),
    ['timezone', MATOMO_TIMEZONE],
    ['group', site.group],
  ])
  const id = Number((json as { value?: unknown } | null)?.value)
  if (!Number.isInteger(id) || id < 1) throw new MatomoError('SitesManager.addSite: no site ID in the answer')
  return id
}

/**
 * Renames a website and gives it the commune's current URLs and group: a commune kept as the
 * record of a new unit by the 2025 reorganisation keeps its statistics under its new name.
 */
export const updateMatomoSite = async (
  config: MatomoConfig,
  idSite: number,
  site: { name: string; urls: string[]; group: string },
): Promise<void> => {
  await callMatomo(config, 'SitesManager.updateSite', [
    ['idSite', String(idSite)],
    ['siteName', site.name],
    ...listParams('urls', site.urls),
    ['group', site.group],
  ])
}

/** Adds alias URLs to a website; Matomo ignores those it already has, so a retry is harmless. */
export const addMatomoAliasUrls = async (config: MatomoConfig, idSite: number, urls: string[]): Promise<void> => {
  if (!urls.length) return
  await callMatomo(config, 'SitesManager.addSiteAliasUrls', [['idSite', String(idSite)], ...listParams('urls', urls)])
}

/**
 * The website already registered for this URL, if any: a provisioning run killed between
 * creating the Matomo site and storing its ID finds it again instead of creating a second one.
 */
export const findMatomoSiteByUrl = async (config: MatomoConfig, url: string): Promise<number | null> => {
  const json = await callMatomo(config, 'SitesManager.getSitesIdFromSiteUrl', [['url', url]])
  const first = Array.isArray(json) ? (json[0] as { idsite?: unknown } | undefined) : undefined
  const id = Number(first?.idsite)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** The URLs Matomo should know for a commune: its own domains first (the main URL), then its host under SITES_DOMAIN. */
export const communeSiteUrls = (defaultUrl: string, domains: string[]): string[] => [
  ...new Set([...domains.map((d) => `https://${d}`), defaultUrl.replace(/\/+$/, '')]),
]

/** Vietnamese text of a Matomo failure, for the provisioning result and the admin. */
export const matomoFailureVi = (what: string, err: unknown): string =>
  `Matomo: ${what} không thành công (${err instanceof MatomoError ? err.message : 'lỗi không xác định'}). Trang vẫn hoạt động, chỉ chưa có thống kê truy cập; chạy lại lệnh khởi tạo để thử lại.`
