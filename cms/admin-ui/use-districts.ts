import { useEffect, useState } from 'react'
import { useApiBase } from './use-api-base'

/**
 * The districts for a picker, read once the user may use it (`enabled`), in the given order
 * (a REST `sort`, or the API's default). `failed` when they could not be read.
 */
export const useDistricts = <District extends { id: number | string; name: string }>(
  enabled: boolean,
  sort?: string,
) => {
  const apiBase = useApiBase()
  const [districts, setDistricts] = useState<District[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled) return
    let cancelled = false
    fetch(`${apiBase}/districts?limit=0&depth=0${sort ? `&sort=${sort}` : ''}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { docs: District[] }) => !cancelled && setDistricts(body.docs))
      .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
    }
  }, [apiBase, enabled, sort])
  return { districts, failed }
}
