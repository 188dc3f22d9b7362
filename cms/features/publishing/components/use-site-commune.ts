import { useCallback, useEffect, useRef, useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { useMounted } from '../../../admin-ui/use-mounted'
import type { SiteData } from './site-format'

/** What the site panel shows of the commune. */
export type SiteCommune = {
  slug?: string | null
  domains?: { domain?: string | null }[] | null
  site?: SiteData | null
}

/** While a build is pending, the panel asks for the state this often, for at most this long. */
const POLL_MS = 2000
const POLL_FOR_MS = 10 * 60 * 1000
const PENDING = new Set(['queued', 'building'])

/**
 * The commune as the site panel shows it: the saved document, read again while a build is
 * pending (the build workers write the state), so the user watches it go from queued to live
 * without reloading. `followRebuild` follows a rebuild just queued, until the build count grows.
 */
export const useSiteCommune = (id: number | string | undefined, data: unknown) => {
  const apiBase = useApiBase()
  const mounted = useMounted()
  const [commune, setCommune] = useState<SiteCommune>((data ?? {}) as SiteCommune)
  /** Following a build: until when, and the build count that means it is done. */
  const [follow, setFollow] = useState<{ until: number; builds: number } | null>(null)

  // The document saved again (its data replaced): show what it now says.
  useEffect(() => {
    if (data) setCommune(data as SiteCommune)
  }, [data])

  const reload = useCallback(async (): Promise<SiteCommune | null> => {
    if (id === undefined) return null
    const response = await fetch(`${apiBase}/communes/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
    }).catch(() => null)
    if (!response?.ok) return null
    const doc = (await response.json()) as SiteCommune
    if (mounted.current)
      setCommune((previous) => ({ ...previous, slug: doc.slug, domains: doc.domains, site: doc.site }))
    return doc
  }, [apiBase, id, mounted])

  // A build pending when the page opened: follow it until it ends.
  const startedPending = useRef(PENDING.has(commune.site?.state || 'none'))
  useEffect(() => {
    if (startedPending.current) setFollow({ until: Date.now() + POLL_FOR_MS, builds: 0 })
  }, [])
  useEffect(() => {
    if (!follow) return
    const timer = setInterval(() => {
      if (Date.now() > follow.until) return setFollow(null)
      void reload().then((doc) => {
        const done = doc && !PENDING.has(doc.site?.state ?? 'none') && (doc.site?.builds ?? 0) >= follow.builds
        if (done && mounted.current) setFollow(null)
      })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [follow, reload, mounted])

  // The queued state shows at once; the build is done when the count has grown.
  const followRebuild = async (buildsBefore: number) => {
    await reload()
    setFollow({ until: Date.now() + POLL_FOR_MS, builds: buildsBefore + 1 })
  }

  return { commune, followRebuild }
}
