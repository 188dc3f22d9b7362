import { useEffect, useState } from 'react'
import { useApiBase } from './use-api-base'

/**
 * The districts (or regions) for a picker, read once the user may use it (`enabled`), in the
 * given order (a REST `sort`, or the API's default). `failed` when they could not be read.
 * With `countUnassigned`, also how many communes belong to no district (none since 2025-07-01),
 * so a picker offers them only where there are some; null until known. With `inUse`, only the
 * districts that still have a live or suspended commune (after the 2025 reorganisation the old
 * districts have none: nothing to rebuild there).
 */
export const useDistricts = <District extends { id: number | string; name: string }>(
  enabled: boolean,
  sort?: string,
  { countUnassigned = false, inUse = false }: { countUnassigned?: boolean; inUse?: boolean } = {},
) => {
  const apiBase = useApiBase()
  const [districts, setDistricts] = useState<District[] | null>(null)
  const [unassigned, setUnassigned] = useState<number | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    const json = <T>(url: string) =>
      fetch(url, { credentials: 'include' }).then((r) =>
        r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status))),
      )
    const used = inUse
      ? json<{ docs: { district?: number | string | null }[] }>(
          `${apiBase}/communes?where[status][in]=live,suspended&where[district][exists]=true&limit=0&depth=0&select[district]=true`,
        ).then((body) => new Set(body.docs.map((c) => String(c.district))))
      : Promise.resolve(null)
    Promise.all([
      json<{ docs: District[] }>(`${apiBase}/districts?limit=0&depth=0${sort ? `&sort=${sort}` : ''}`),
      used,
    ])
      .then(
        ([body, ids]) => !cancelled && setDistricts(ids ? body.docs.filter((d) => ids.has(String(d.id))) : body.docs),
      )
      .catch(() => !cancelled && setFailed(true))
    if (countUnassigned)
      fetch(`${apiBase}/communes?where[district][exists]=false&limit=1&depth=0&select[id]=true`, {
        credentials: 'include',
      })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((body: { totalDocs?: number }) => !cancelled && setUnassigned(body.totalDocs ?? 0))
        // Unknown: the picker then lists the districts alone, as before 2025.
        .catch(() => !cancelled && setUnassigned(0))
    return () => {
      cancelled = true
    }
  }, [apiBase, enabled, sort, countUnassigned, inUse])
  return { districts, unassigned, failed }
}
