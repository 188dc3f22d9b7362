import { useEffect, useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'

export type SiteBuild = { state: string; error?: string | null }

/** The site's state is read this often after provisioning, for at most this long. */
const POLL_MS = 2000
const POLL_FOR_MS = 10 * 60 * 1000
/** Still queued after this long: say that a build worker may be missing. */
const SLOW_AFTER_MS = 60_000

/**
 * Follows the build the provisioning queued until the site is live (or its build failed):
 * the state, and whether it has been waiting long enough to suspect no build worker runs.
 */
export const useSiteBuildState = (communeId: number | string) => {
  const apiBase = useApiBase()
  const [site, setSite] = useState<SiteBuild>({ state: 'queued' })
  const [slow, setSlow] = useState(false)

  useEffect(() => {
    const read = async (): Promise<SiteBuild | null> => {
      const response = await fetch(`${apiBase}/communes/${encodeURIComponent(String(communeId))}?depth=0`, {
        credentials: 'include',
      }).catch(() => null)
      if (!response?.ok) return null
      const doc = (await response.json()) as { site?: { state?: string | null; error?: string | null } | null }
      return { state: doc.site?.state || 'none', error: doc.site?.error }
    }
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const started = Date.now()
    const tick = async () => {
      const now = await read()
      if (stopped) return
      if (now) setSite(now)
      if (now && (now.state === 'live' || now.state === 'failed')) return
      if (Date.now() - started > SLOW_AFTER_MS) setSlow(true)
      if (Date.now() - started < POLL_FOR_MS) timer = setTimeout(() => void tick(), POLL_MS)
    }
    void tick()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [apiBase, communeId])

  return { site, slow }
}
