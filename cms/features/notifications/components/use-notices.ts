import { useCallback, useEffect, useState } from 'react'
import { sendJson } from '../../../admin-ui/send-json'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { useMounted } from '../../../admin-ui/use-mounted'

export type Notice = {
  id: number | string
  kind: 'submitted' | 'returned' | 'published'
  itemCollection: string
  itemId: string
  itemTitle?: string | null
  commune?: { id: number | string; name?: string } | number | string | null
  actorName?: string | null
  comment?: string | null
  liveUrl?: string | null
  read?: boolean | null
  createdAt: string
}

/** How often the bell asks for new notices while the admin is open. */
const POLL_MS = 60_000
const LIST = 'sort=-createdAt&limit=10&depth=1&populate[communes][name]=true'

/**
 * The signed-in person's latest notices and unread count (their own only: the collection's
 * access allows nothing else), refreshed every minute and when the tab comes back.
 */
export const useNotices = () => {
  const api = useApiBase()
  const mounted = useMounted()
  const [notices, setNotices] = useState<Notice[]>([])
  const [unread, setUnread] = useState(0)
  const [failed, setFailed] = useState(false)

  const refresh = useCallback(async () => {
    try {
      const [list, count] = await Promise.all([
        fetch(`${api}/notifications?${LIST}`, { credentials: 'include' }),
        fetch(`${api}/notifications/count?where[read][equals]=false`, { credentials: 'include' }),
      ])
      if (!list.ok || !count.ok) throw new Error(`HTTP ${list.status}/${count.status}`)
      const docs = ((await list.json()) as { docs: Notice[] }).docs
      const total = ((await count.json()) as { totalDocs: number }).totalDocs
      if (!mounted.current) return
      setNotices(docs)
      setUnread(total)
      setFailed(false)
    } catch {
      if (mounted.current) setFailed(true)
    }
  }, [api, mounted])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), POLL_MS)
    const onFocus = () => void refresh()
    window.addEventListener('focus', onFocus)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [refresh])

  const markRead = useCallback(
    async (id: Notice['id']) => {
      await sendJson(`${api}/notifications/${encodeURIComponent(String(id))}`, { read: true }, 'PATCH').catch(
        () => null,
      )
      await refresh()
    },
    [api, refresh],
  )

  const markAllRead = useCallback(async () => {
    await sendJson(`${api}/notifications?where[read][equals]=false`, { read: true }, 'PATCH').catch(() => null)
    await refresh()
  }, [api, refresh])

  return { notices, unread, failed, refresh, markRead, markAllRead }
}
