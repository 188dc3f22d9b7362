import { useEffect, useState } from 'react'
import type { PageLocation } from './site-address'

/**
 * The protocol and port the admin is reached on; null on the server and in the first render,
 * so that the server's markup and the browser's first render agree (no hydration mismatch).
 */
export const usePageLocation = (): PageLocation | null => {
  const [location, setLocation] = useState<PageLocation | null>(null)
  useEffect(() => setLocation({ protocol: window.location.protocol, port: window.location.port }), [])
  return location
}
