import { useEffect, useState } from 'react'
import { useApiBase } from './use-api-base'

/**
 * The districts (or regions) for a picker, read once the user may use it (`enabled`), in the
 * given order (a REST `sort`, or the API's default). `failed` when they could not be read.
 * With `countUnassigned`, also how many communes belong to no district (none since 2025-07-01),
 * so a picker offers them only where there are some; null until known.
 */
export const useDistricts = <District extends { id: number | string; name: string }>(
  enabled: boolean,
  sort?: string,
  { countUnassigned = false }: { countUnassigned?: boolean } = {},
) => {
  const apiBase = useApiBase()
  const [districts, setDistricts] = useState<District[] | null>(null)
  const [unassigned, setUnassigned] = useState<number | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    fetch(`${apiBase}/districts?limit=0&depth=0${sort ? `&sort=${sort}` : ''}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { docs: District[] }) => !cancelled && setDistricts(body.docs))
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
  }, [apiBase, enabled, sort, countUnassigned])
  return { districts, unassigned, failed }
}
